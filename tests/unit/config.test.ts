import { describe, expect, it } from 'vitest';
import {
  catalogue,
  defaultConfig,
  goEnv,
  goproxyValue,
  isSecretPath,
  MODEL_VERSION,
  type ModfixConfigInput,
  presets,
  SECRET_PATHS,
  validateConfig,
  withoutSecrets,
} from '../../src/lib/config/index.ts';
import { MESSAGES_EN } from '../../src/lib/config/messages-en.ts';
import { MESSAGES_ZH } from '../../src/lib/config/messages-zh.ts';
import { parseGoproxy } from '../../src/lib/goproxy/list.ts';
import { pathMatch } from '../../src/lib/goproxy/patterns.ts';

const base = (extra: Partial<ModfixConfigInput> = {}): ModfixConfigInput => ({ version: 1, ...extra });
const codes = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path}:${i.code}`);

describe('presets', () => {
  it('has exactly the contracted ids', () => {
    expect(presets.map((p) => p.id)).toEqual([
      'china-mainland',
      'corporate-gitlab',
      'docker-private',
      'github-actions',
      'offline',
      'global-default',
    ]);
  });
  it.each(presets.map((p) => [p.id, p] as const))(
    '%s validates without errors or warnings and is described in both languages',
    (_id, p) => {
      const r = validateConfig(p.config, 'en');
      expect(r.errors).toEqual([]);
      expect(r.warnings).toEqual([]);
      expect(r.ok).toBe(true);
      for (const text of [p.name, p.description]) {
        expect(text.en.length).toBeGreaterThan(3);
        expect(text['zh-CN']).toMatch(/[\u4e00-\u9fff]|GitHub/);
      }
      // Every preset's GOPROXY is one the go command parses without problems.
      expect(parseGoproxy(goproxyValue(r.config?.proxy ?? [])).problem).toBeUndefined();
    },
  );
  it('china-mainland uses goproxy.cn then direct and leaves GOSUMDB at its default', () => {
    const c = validateConfig(presets[0]?.config, 'en').config;
    if (!c) throw new Error('invalid');
    const env = Object.fromEntries(goEnv(c).set);
    expect(env.GOPROXY).toBe('https://goproxy.cn,direct');
    expect(env.GOSUMDB).toBeUndefined();
  });
});

describe('defaultConfig', () => {
  it("is Go's own default", () => {
    expect(defaultConfig.version).toBe(MODEL_VERSION);
    expect(goproxyValue(defaultConfig.proxy)).toBe('https://proxy.golang.org,direct');
    expect(defaultConfig.sumdb.mode).toBe('default');
    expect(validateConfig(defaultConfig, 'en').ok).toBe(true);
  });
  it('round-trips through its JSON form', () => {
    const r = validateConfig(JSON.parse(JSON.stringify(defaultConfig)), 'en');
    expect(r.config).toEqual(defaultConfig);
  });
});

describe('catalogue', () => {
  it('lists the documented mirrors with operator, sumdb support, caveats and a date', () => {
    const urls = catalogue.map((m) => m.url);
    for (const u of [
      'https://proxy.golang.org',
      'https://goproxy.cn',
      'https://mirrors.aliyun.com/goproxy/',
      'https://goproxy.io',
      'https://proxy.golang.com.cn',
      'https://mirrors.tencent.com/go/',
      'https://repo.huaweicloud.com/repository/goproxy/',
    ]) {
      expect(urls).toContain(u);
    }
    expect(new Set(catalogue.map((m) => m.id)).size).toBe(catalogue.length);
    for (const m of catalogue) {
      expect(m.operator.en && m.operator['zh-CN']).toBeTruthy();
      expect(m.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(parseGoproxy(m.url).problem).toBeUndefined();
    }
    // Checksum-DB relaying is claimed only where a source establishes it (FACTS.md §4.3 for goproxy.cn).
    expect(Object.fromEntries(catalogue.map((m) => [m.id, m.proxiesSumdb]))).toEqual({
      'proxy-golang-org': true,
      'goproxy-cn': true,
      aliyun: null,
      'goproxy-io': null,
      'proxy-golang-com-cn': null,
      tencent: null,
      huawei: null,
    });
    for (const m of catalogue.filter((x) => x.proxiesSumdb === null)) {
      expect(m.caveats.map((c) => c.en).join(), m.id).toMatch(/unknown \(undocumented\)/);
    }
    expect(catalogue.find((m) => m.id === 'huawei')?.doNotCopy).toEqual(['GONOSUMDB=*']);
    expect(
      catalogue
        .find((m) => m.id === 'goproxy-io')
        ?.caveats.map((c) => c.en)
        .join(),
    ).toMatch(/sum\.golang\.org/);
    expect(
      catalogue
        .find((m) => m.id === 'huawei')
        ?.caveats.map((c) => c.en)
        .join(),
    ).toMatch(/GONOSUMDB=\*/);
  });
});

describe('validateConfig: schema', () => {
  it('rejects values no shell can hold, with the field path', () => {
    const r = validateConfig(base({ private: { goprivate: ['a\0b.com'] } }), 'en');
    expect(r.ok).toBe(false);
    expect(codes(r.errors)).toEqual(['private.goprivate.0:nul']);
    expect(r.errors[0]?.message).toMatch(/NUL/);
  });
  it('rejects line breaks in any value', () => {
    const r = validateConfig(base({ network: { httpsProxy: 'http://p:1\nexport X=1' } }), 'en');
    expect(codes(r.errors)).toEqual(['network.httpsProxy:control-char']);
  });
  it('reports unknown fields, wrong enums and missing values in both languages', () => {
    const input = { version: 1, proxy: [{ kind: 'mirror', id: 'nope' }], target: { os: 'beos' }, extra: true };
    const en = validateConfig(input, 'en');
    const zh = validateConfig(input, 'zh-CN');
    expect(codes(en.errors).sort()).toEqual([':unrecognized_keys', 'proxy.0.id:invalid_value', 'target.os:invalid_value']);
    expect(en.errors.map((e) => e.message).join()).toMatch(/Unknown field\(s\): extra/);
    expect(zh.errors.map((e) => e.message).join()).toMatch(/未知字段：extra/);
    expect(validateConfig({}, 'en').errors[0]?.path).toBe('version');
  });
  it('refuses a config made by a newer model version', () => {
    expect(codes(validateConfig({ version: MODEL_VERSION + 1 }, 'en').errors)).toEqual(['version:newer-version']);
  });
  it('checks host names, env names and Go versions', () => {
    const r = validateConfig(
      base({
        auth: { hosts: [{ host: 'https://Git.Corp', method: 'netrc', login: 'me', tokenEnv: '1BAD' }] },
        build: { go: '1.11' },
      }),
      'en',
    );
    expect(codes(r.errors).sort()).toEqual(['auth.hosts.0.host:host', 'auth.hosts.0.tokenEnv:env-name', 'build.go:go-version']);
  });
});

describe('validateConfig: cross-field rules', () => {
  const check = (input: ModfixConfigInput) => {
    const r = validateConfig(input, 'en');
    return { errors: codes(r.errors), warnings: codes(r.warnings) };
  };
  it('empty list, bad URLs and credentials in GOPROXY are errors', () => {
    expect(check(base({ proxy: [] })).errors).toEqual(['proxy:proxy-empty']);
    expect(check(base({ proxy: [{ kind: 'url', url: 'bogus' }] })).errors).toEqual(['proxy.0.url:proxy-url']);
    expect(validateConfig(base({ proxy: [{ kind: 'url', url: 'ftp://x.example' }] }), 'en').errors[0]?.message).toMatch(
      /invalid proxy URL scheme \(must be https, http, file\): ftp:\/\/x\.example/,
    );
    expect(check(base({ proxy: [{ kind: 'url', url: 'http://u:p@127.0.0.1:9/x' }] })).errors).toEqual([
      'proxy.0.url:proxy-http-credentials',
    ]);
    expect(check(base({ proxy: [{ kind: 'url', url: 'https://u:p@proxy.example' }] })).errors).toEqual(['proxy.0.url:proxy-credentials']);
    expect(check(base({ proxy: [{ kind: 'url', url: 'https://a.example,direct' }] })).errors).toEqual(['proxy.0.url:proxy-url-separator']);
    expect(check(base({ proxy: [{ kind: 'url', url: 'direct' }] })).errors).toEqual(['proxy.0.url:proxy-url-keyword']);
    expect(check(base({ proxy: [{ kind: 'url', url: 'file://host/x' }] })).errors).toEqual(['proxy.0.url:proxy-url']);
  });
  it('entries after direct/off and duplicates are warnings, not errors', () => {
    const r = check(base({ proxy: [{ kind: 'mirror', id: 'goproxy-cn' }, { kind: 'off' }, { kind: 'mirror', id: 'goproxy-cn' }] }));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(['proxy.2:proxy-ignored', 'proxy.2:proxy-duplicate']);
  });
  it('gates | and newer variables by the target Go version', () => {
    const pipe = base({ proxy: [{ kind: 'mirror', id: 'goproxy-cn', sep: '|' }, { kind: 'direct' }], build: { go: '1.14' } });
    expect(check(pipe).errors).toEqual(['proxy.0.sep:proxy-pipe-old']);
    expect(check({ ...pipe, build: { go: '1.15' } }).errors).toEqual([]);
    expect(check(base({ auth: { goauth: 'netrc' }, build: { go: '1.23' } })).errors).toEqual(['auth.goauth:too-new']);
    expect(check(base({ auth: { goauth: 'netrc' }, build: { go: '1.24' } })).errors).toEqual([]);
    expect(check(base({ private: { govcs: [{ pattern: 'private', vcs: ['git'] }] }, build: { go: '1.15' } })).errors).toEqual([
      'private.govcs:too-new',
    ]);
    expect(check(base({ build: { go: '1.20', gotoolchain: 'local' } })).errors).toEqual(['build.gotoolchain:too-new']);
  });
  it('applies the pattern rules of FACTS §3', () => {
    const r = check(
      base({
        private: { goprivate: ['corp.com/*', ' other.com', 'https://x.com', 'git.corp.com:8443', 'a.com/', '[a-'] },
        build: { go: '1.17' },
      }),
    );
    expect(r.errors).toEqual([
      'private.goprivate.1:pattern-space',
      'private.goprivate.2:pattern-scheme',
      'private.goprivate.3:pattern-port',
      'private.goprivate.4:pattern-slash-old',
      'private.goprivate.5:pattern-malformed',
    ]);
    expect(r.warnings).toEqual(['private.goprivate.0:pattern-star-root']);
    // A trailing slash is fine since Go 1.18.
    expect(check(base({ private: { goprivate: ['a.com/'] }, build: { go: '1.18' } })).errors).toEqual([]);
  });
  it('warns when GONOSUMDB replaces GOPRIVATE without covering it', () => {
    const r = check(base({ private: { goprivate: ['corp.com', 'x.org/team'], gonosumdb: ['corp.com'] } }));
    expect(r.warnings).toEqual(['private.gonosumdb:pattern-replaces']);
    expect(
      validateConfig(base({ private: { goprivate: ['corp.com', 'x.org/team'], gonosumdb: ['corp.com'] } }), 'en').warnings[0]?.message,
    ).toMatch(/x\.org\/team/);
  });
  it('warns about off with private patterns, GOINSECURE, GOSUMDB=off and GO111MODULE', () => {
    expect(
      check(base({ proxy: [{ kind: 'mirror', id: 'goproxy-cn' }, { kind: 'off' }], private: { goprivate: ['corp.com'] } })).warnings,
    ).toEqual(['proxy:private-off']);
    expect(check(base({ private: { goinsecure: ['proxy.golang.org'] } })).warnings).toEqual([
      'private.goinsecure:goinsecure',
      'private.goinsecure:goinsecure-proxy',
    ]);
    expect(check(base({ sumdb: { mode: 'off' } })).warnings).toEqual(['sumdb:sumdb-off']);
    expect(check(base({ build: { go111module: 'on' } })).warnings).toEqual(['build.go111module:go111module-needless']);
    expect(check(base({ build: { go111module: 'on', go: '1.15' } })).warnings).toEqual([]);
  });
  it('warns about patterns that match every module (the advice not to copy from mirror pages)', () => {
    expect(check(base({ private: { gonosumdb: ['*'] } })).warnings).toEqual(['private.gonosumdb.0:pattern-all']);
    expect(check(base({ private: { goprivate: ['*'] } })).warnings).toEqual(['private.goprivate.0:pattern-all']);
    expect(check(base({ private: { goprivate: ['*.corp.example'] } })).warnings).toEqual([]);
    const zh = validateConfig(base({ private: { gonosumdb: ['*'] } }), 'zh-CN').warnings[0]?.message;
    expect(zh).toContain('校验和验证');
  });
  it('warns when no chosen mirror is known to proxy the checksum DB', () => {
    expect(check(base({ proxy: [{ kind: 'mirror', id: 'aliyun' }, { kind: 'direct' }] })).warnings).toEqual(['sumdb:sumdb-direct']);
    expect(check(base({ proxy: [{ kind: 'mirror', id: 'aliyun' }, { kind: 'direct' }], sumdb: { mode: 'google-cn' } })).warnings).toEqual(
      [],
    );
    expect(
      check(base({ proxy: [{ kind: 'mirror', id: 'aliyun' }, { kind: 'mirror', id: 'goproxy-cn' }, { kind: 'direct' }] })).warnings,
    ).toEqual([]);
  });
  it('checks GOSUMDB keys, GOFLAGS, GOAUTH, GOTOOLCHAIN and paths', () => {
    expect(
      check(base({ sumdb: { mode: 'custom', key: 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8' } })).errors,
    ).toEqual([]);
    expect(check(base({ sumdb: { mode: 'custom', key: 'sum.example.com' } })).errors).toEqual(['sumdb.key:sumdb-key']);
    expect(check(base({ build: { goflags: ['-mod=mod', 'mod=vendor', '-insecure', '-mod=bogus'] } })).errors).toEqual([
      'build.goflags.1:goflags-word',
      'build.goflags.2:goflags-insecure',
      'build.goflags.3:goflags-mod',
    ]);
    expect(check(base({ build: { goflags: ['-u', '--json', '-unused', '-v'] } })).errors).toEqual([
      'build.goflags.0:goflags-env',
      'build.goflags.1:goflags-env',
    ]);
    expect(
      check(base({ sumdb: { mode: 'custom', key: 'sum.example.com+01234567+AAAA', url: 'https://sum.example.com/a b' } })).errors,
    ).toEqual(['sumdb.url:sumdb-url']);
    expect(check(base({ auth: { goauth: 'netrc;;' } })).errors).toEqual(['auth.goauth:goauth-empty']);
    expect(check(base({ auth: { goauth: 'off;netrc' } })).errors).toEqual(['auth.goauth:goauth-off']);
    expect(check(base({ auth: { goauth: 'git src' } })).errors).toEqual(['auth.goauth:goauth-git']);
    expect(check(base({ build: { gotoolchain: 'go1.23.4+auto' } })).errors).toEqual([]);
    expect(check(base({ build: { gotoolchain: '1.23' } })).errors).toEqual(['build.gotoolchain:gotoolchain']);
    expect(check(base({ build: { gomodcache: 'go/mod' } })).errors).toEqual(['build.gomodcache:path-absolute']);
  });
  it('checks authentication and network settings', () => {
    const r = check(
      base({
        private: { goprivate: ['git.corp.com'] },
        auth: {
          hosts: [
            { host: 'git.corp.com', method: 'netrc' },
            { host: 'git.corp.com', method: 'ssh' },
            { host: 'other.org', method: 'netrc', login: 'me', token: 'a b' },
          ],
        },
        network: { httpProxy: 'http://p:3128', httpsProxy: 'http://user:pw@p:3128', noProxy: ['a.com, b.com'], caBundle: 'ca.pem' },
      }),
    );
    expect(r.errors).toEqual([
      'auth.hosts.0.login:auth-login',
      'auth.hosts.1.host:auth-duplicate',
      'auth.hosts.2.token:auth-space',
      'network.httpsProxy:net-proxy-credentials',
      'network.noProxy.0:net-noproxy',
      'network.caBundle:path-absolute',
    ]);
    expect(r.warnings).toEqual(['auth.hosts.2.host:auth-not-private']);
    expect(check(base({ network: { httpProxy: 'http://p:3128' } })).warnings).toEqual(['network.httpsProxy:net-http-only']);
    expect(check(base({ network: { caBundle: '/etc/ca.pem' }, target: { os: 'macos' } })).warnings).toEqual(['network.caBundle:ca-os']);
  });
  it('warns about plain http:// proxies, loopback included, with https:// as the fix', () => {
    for (const url of ['http://athens.corp.example:3000', 'HTTP://127.0.0.1:3000', 'http://localhost:3000']) {
      expect(check(base({ proxy: [{ kind: 'url', url }, { kind: 'direct' }] })).warnings).toEqual(['proxy.0.url:proxy-http']);
    }
    expect(check(base({ proxy: [{ kind: 'url', url: 'https://athens.corp.example' }, { kind: 'direct' }] })).warnings).toEqual([]);
    expect(check(base({ proxy: [{ kind: 'url', url: 'file:///srv/goproxy' }, { kind: 'off' }] })).warnings).toEqual([]);
    const en = validateConfig(base({ proxy: [{ kind: 'url', url: 'http://p.example' }] }), 'en').warnings[0]?.message;
    expect(en).toMatch(/https:\/\//);
    expect(validateConfig(base({ proxy: [{ kind: 'url', url: 'http://p.example' }] }), 'zh-CN').warnings[0]?.message).toMatch(/明文/);
  });
  it('warns when a persistent scope would write proxy credentials into shell startup files', () => {
    const network = { httpsProxy: 'http://proxy.corp.example:3128', proxyUser: 'alice', proxyPasswordEnv: 'PROXY_PW' };
    for (const shell of ['bash', 'zsh', 'fish'] as const) {
      expect(check(base({ network, target: { shell, scope: 'persistent' } })).warnings).toEqual(['network.proxyUser:secret-persistent']);
    }
    for (const shell of ['powershell', 'cmd'] as const) {
      expect(check(base({ network, target: { os: 'windows', shell, scope: 'persistent' } })).warnings).toEqual([
        'network.proxyUser:secret-persistent',
      ]);
    }
    expect(check(base({ network, target: { scope: 'session' } })).warnings).toEqual([]);
    expect(check(base({ network, target: { scope: 'project' } })).warnings).toEqual([]);
    // A proxy without credentials is no secret.
    expect(check(base({ network: { httpsProxy: 'http://proxy.corp.example:3128' }, target: { scope: 'persistent' } })).warnings).toEqual(
      [],
    );
    const input = base({ network, target: { scope: 'persistent' } });
    const en = validateConfig(input, 'en').warnings[0]?.message ?? '';
    expect(en).toMatch(/\.bashrc/);
    expect(en).toMatch(/\.netrc|credential helper/);
    expect(en).not.toContain('alice');
    expect(validateConfig(input, 'zh-CN').warnings[0]?.message).toMatch(/凭据/);
  });
  it('checks the shell against the OS', () => {
    expect(check(base({ target: { os: 'linux', shell: 'cmd' } })).errors).toEqual(['target.shell:shell-os']);
    expect(check(base({ target: { os: 'windows', shell: 'bash' } })).warnings).toEqual(['target.shell:shell-os-posix']);
    expect(check(base({ target: { os: 'linux', shell: 'powershell' } })).errors).toEqual([]);
  });
  it('has the same message codes in both tables, each with its own text', () => {
    expect(Object.keys(MESSAGES_ZH).sort()).toEqual(Object.keys(MESSAGES_EN).sort());
    for (const [code, en] of Object.entries(MESSAGES_EN)) {
      const zh = MESSAGES_ZH[code] ?? '';
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      // A parameter may come in a Chinese form ({whatZh} for {what}).
      const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).map((p) => p.replace(/Zh\}$/, '}')).sort();
      expect(params(zh), code).toEqual(params(en));
    }
  });
  it('gives every message in both languages', () => {
    const input = base({ proxy: [], sumdb: { mode: 'off' }, build: { go111module: 'off' } });
    const en = validateConfig(input, 'en');
    const zh = validateConfig(input, 'zh-CN');
    expect(zh.errors.length + zh.warnings.length).toBe(3);
    [...zh.errors, ...zh.warnings].forEach((iss, i) => {
      const other = [...en.errors, ...en.warnings][i];
      expect(iss.message).toMatch(/[\u4e00-\u9fff]/);
      expect(iss.message).not.toBe(other?.message);
    });
  });
});

describe('secrets', () => {
  it('names tokens and proxy credentials, and strips them', () => {
    expect(SECRET_PATHS.length).toBeGreaterThan(0);
    expect(isSecretPath('auth.hosts.3.token')).toBe(true);
    expect(isSecretPath('network.proxyUser')).toBe(true);
    expect(isSecretPath('auth.hosts.3.login')).toBe(false);
    const r = validateConfig(
      base({
        private: { goprivate: ['git.corp.com'] },
        auth: { hosts: [{ host: 'git.corp.com', method: 'netrc', login: 'me', token: 's3cr3t-token' }] },
        network: { httpsProxy: 'http://p:3128', proxyUser: 'alice', proxyPasswordEnv: 'PROXY_PASSWORD' },
      }),
      'en',
    );
    if (!r.config) throw new Error(JSON.stringify(r.errors));
    const clean = JSON.stringify(withoutSecrets(r.config));
    expect(clean).not.toContain('s3cr3t-token');
    expect(clean).not.toContain('alice');
    expect(r.config.auth.hosts[0]?.token).toBe('s3cr3t-token');
  });
});

describe('pathMatch (shared) with characters that need escaping', () => {
  it('matches patterns containing "-" (regression: invalid escape under the u flag)', () => {
    expect(pathMatch('acme-corp', 'acme-corp')).toBe(true);
    expect(pathMatch('[a-c]-x', 'b-x')).toBe(true);
    expect(pathMatch('[-a]', '-')).toBe(true);
  });
});
