import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_ANCHORS, GUIDE_SLUGS } from '../../src/lib/lint/guide-anchors.ts';
import { lintGoEnv } from '../../src/lib/lint/lint.ts';
import { RULES } from '../../src/lib/lint/rules.ts';
import type { Finding, LintInput, LintReport } from '../../src/lib/lint/types.ts';

// A clean Go 1.23 configuration as `go env` prints it (GONOPROXY/GONOSUMDB show GOPRIVATE when unset).
const BASE: Record<string, string> = {
  GO111MODULE: '',
  GOENV: '/home/gopher/.config/go/env',
  GOFLAGS: '',
  GOINSECURE: '',
  GOPRIVATE: '',
  GOPROXY: 'https://goproxy.cn,direct',
  GOSUMDB: 'sum.golang.org',
  GOTOOLCHAIN: 'auto',
  GOVCS: '',
  GOVERSION: 'go1.23.5',
};

function goEnv(over: Record<string, string | null>): string {
  const vars: Record<string, string> = { ...BASE };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete vars[k];
    else vars[k] = v;
  }
  vars.GONOPROXY ??= vars.GOPRIVATE ?? '';
  vars.GONOSUMDB ??= vars.GOPRIVATE ?? '';
  return Object.entries(vars)
    .map(([k, v]) => `${k}='${v.replaceAll("'", `'\\''`)}'`)
    .join('\n');
}

function lint(over: Record<string, string | null>, extra: Omit<LintInput, 'goEnv'> = {}): LintReport {
  const r = lintGoEnv({ goEnv: goEnv(over), ...extra });
  if (!r.ok) throw new Error(r.message.en);
  return r;
}

const ids = (r: LintReport) => r.findings.map((f) => f.id);
const find = (r: LintReport, id: string): Finding => {
  const f = r.findings.find((x) => x.id === id);
  if (!f) throw new Error(`no ${id} in ${ids(r).join(', ')}`);
  return f;
};

interface Case {
  name: string;
  over: Record<string, string | null>;
  extra?: Omit<LintInput, 'goEnv'>;
  expect: string;
  severity?: Finding['severity'];
  /** Text the English message or fix must contain (what the real go command prints, per FACTS/Go source). */
  says?: string;
  command?: string;
}

const cases: Case[] = [
  // GOPROXY
  { name: 'bare word', over: { GOPROXY: 'bogus' }, expect: 'goproxy-invalid-entry', says: 'invalid proxy URL missing scheme: bogus' },
  {
    name: 'ftp scheme',
    over: { GOPROXY: 'ftp://x.example.com' },
    expect: 'goproxy-invalid-entry',
    says: 'invalid proxy URL scheme (must be https, http, file): ftp://x.example.com',
  },
  {
    name: 'SOCKS proxy in GOPROXY',
    over: { GOPROXY: 'socks5://127.0.0.1:1080' },
    expect: 'goproxy-invalid-entry',
    says: 'HTTPS_PROXY=socks5://',
  },
  { name: 'file URL with host', over: { GOPROXY: 'file://host/path' }, expect: 'goproxy-invalid-entry', says: 'file:///abs/path' },
  { name: 'capitalised keyword', over: { GOPROXY: 'https://goproxy.cn,Direct' }, expect: 'goproxy-invalid-entry', says: 'write direct' },
  {
    name: 'only separators',
    over: { GOPROXY: ' , ' },
    expect: 'goproxy-no-entries',
    says: 'GOPROXY list is not the empty string, but contains no entries',
  },
  {
    name: '| on Go 1.14',
    over: { GOPROXY: 'https://goproxy.cn|direct', GOVERSION: 'go1.14.15' },
    expect: 'goproxy-pipe-before-1.15',
    command: 'go env -w "GOPROXY=https://goproxy.cn,direct"',
  },
  {
    name: 'empty GOPROXY on 1.21+',
    over: { GOPROXY: '' },
    extra: { goEnvFile: 'GOPROXY=\n' },
    expect: 'goproxy-empty',
    says: 'GOPROXY list is not the empty string, but contains no entries',
    command: 'go env -u GOPROXY',
  },
  {
    name: 'direct first',
    over: { GOPROXY: 'direct,https://goproxy.cn' },
    expect: 'goproxy-entries-ignored',
    command: 'go env -w "GOPROXY=https://goproxy.cn,direct"',
  },
  { name: 'entries after off', over: { GOPROXY: 'https://goproxy.cn,off,direct' }, expect: 'goproxy-entries-ignored' },
  {
    name: 'http with credentials',
    over: { GOPROXY: 'http://bob:hunter2@athens.corp.example,direct' },
    expect: 'goproxy-http-credentials',
    says: 'refusing to pass credentials to insecure URL',
  },
  { name: 'plain http', over: { GOPROXY: 'http://athens.corp.example,direct' }, expect: 'goproxy-plain-http', severity: 'warning' },
  { name: 'plain http on loopback', over: { GOPROXY: 'http://127.0.0.1:3000,direct' }, expect: 'goproxy-plain-http', severity: 'info' },
  {
    name: 'commas between proxies',
    over: { GOPROXY: 'https://goproxy.cn,https://mirrors.aliyun.com/goproxy/,direct' },
    expect: 'goproxy-comma-no-failover',
    command: 'go env -w "GOPROXY=https://goproxy.cn|https://mirrors.aliyun.com/goproxy/,direct"',
  },
  {
    name: 'proxy.golang.org first',
    over: { GOPROXY: 'https://proxy.golang.org,direct' },
    expect: 'goproxy-golang-org-may-be-blocked',
    command: 'go env -w "GOPROXY=https://goproxy.cn,direct"',
  },
  {
    name: 'off with GOPRIVATE',
    over: { GOPROXY: 'off', GOPRIVATE: 'git.corp.example.com' },
    expect: 'goproxy-ends-at-off',
    says: 'Modules matched by GONOPROXY (git.corp.example.com) are not affected',
  },
  { name: 'proxy then off', over: { GOPROXY: 'https://goproxy.cn,off' }, expect: 'goproxy-ends-at-off' },
  {
    name: 'no direct',
    over: { GOPROXY: 'https://athens.corp.example' },
    expect: 'goproxy-no-direct',
    command: 'go env -w "GOPROXY=https://athens.corp.example,direct"',
  },
  // Patterns
  {
    name: 'space after comma',
    over: { GOPRIVATE: 'a.example, b.example' },
    expect: 'pattern-whitespace',
    command: 'go env -w "GOPRIVATE=a.example,b.example"',
  },
  {
    name: 'scheme in pattern',
    over: { GOPRIVATE: 'https://git.corp.example.com' },
    expect: 'pattern-scheme',
    command: 'go env -w GOPRIVATE=git.corp.example.com',
  },
  {
    name: 'port in pattern',
    over: { GOPRIVATE: 'git.corp.example.com:8443' },
    expect: 'pattern-port',
    command: 'go env -w GOPRIVATE=git.corp.example.com',
  },
  {
    name: 'trailing slash on 1.17',
    over: { GOPRIVATE: 'git.corp.example.com/', GOVERSION: 'go1.17.13' },
    expect: 'pattern-trailing-slash',
    severity: 'error',
  },
  { name: 'trailing slash on 1.23', over: { GOPRIVATE: 'git.corp.example.com/' }, expect: 'pattern-trailing-slash', severity: 'info' },
  {
    name: 'host/* pattern',
    over: { GOPRIVATE: 'corp.example.com/*' },
    expect: 'pattern-slash-star',
    command: 'go env -w GOPRIVATE=corp.example.com',
  },
  { name: 'unbalanced bracket', over: { GOPRIVATE: 'corp[.example.com' }, expect: 'pattern-malformed' },
  { name: 'GONOSUMDB=*', over: { GONOSUMDB: '*' }, expect: 'pattern-too-broad' },
  { name: 'GOPRIVATE=github.com', over: { GOPRIVATE: 'github.com' }, expect: 'pattern-too-broad' },
  { name: 'GOINSECURE=*.com', over: { GOINSECURE: '*.com' }, expect: 'pattern-too-broad' },
  { name: 'GOINSECURE naming the proxy', over: { GOINSECURE: 'goproxy.cn' }, expect: 'goinsecure-proxy-host' },
  {
    name: 'GONOPROXY without the private host',
    over: { GOPRIVATE: 'git.corp.example.com', GONOPROXY: 'other.example.com' },
    expect: 'gonoproxy-not-covering-goprivate',
    command: 'go env -w "GONOPROXY=other.example.com,git.corp.example.com"',
  },
  { name: 'GONOPROXY=none', over: { GOPRIVATE: 'git.corp.example.com', GONOPROXY: 'none' }, expect: 'gonoproxy-none' },
  {
    name: 'GONOSUMDB without the private host',
    over: { GOPRIVATE: '*.corp.example.com', GONOSUMDB: 'git.corp.example.com' },
    expect: 'gonosumdb-not-covering-goprivate',
  },
  // GOSUMDB
  { name: 'GOSUMDB=off', over: { GOSUMDB: 'off' }, expect: 'gosumdb-off', says: 'checksum database disabled by GOSUMDB=off' },
  { name: 'GOSUMDB empty', over: { GOSUMDB: '' }, expect: 'gosumdb-empty', says: 'missing GOSUMDB' },
  { name: 'GOSUMDB three fields', over: { GOSUMDB: 'a b c' }, expect: 'gosumdb-invalid', says: 'invalid GOSUMDB: too many fields' },
  {
    name: 'GOSUMDB as a URL',
    over: { GOSUMDB: 'https://sum.golang.google.cn' },
    expect: 'gosumdb-invalid',
    says: 'invalid GOSUMDB: malformed verifier id',
  },
  { name: 'GOSUMDB unknown name', over: { GOSUMDB: 'sum.example.com' }, expect: 'gosumdb-invalid', says: 'malformed verifier id' },
  {
    name: 'GOSUMDB corrupted key',
    over: { GOSUMDB: 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn9' },
    expect: 'gosumdb-invalid',
    says: 'invalid GOSUMDB: invalid verifier hash',
  },
  { name: 'sum.golang.google.cn with a proxy', over: { GOSUMDB: 'sum.golang.google.cn' }, expect: 'gosumdb-google-cn-skips-proxy' },
  {
    name: 'direct and sum.golang.org',
    over: { GOPROXY: 'direct' },
    expect: 'gosumdb-direct-connection',
    command: 'go env -w GOSUMDB=sum.golang.google.cn',
  },
  // GOFLAGS, GO111MODULE, GOAUTH, GOVCS, names
  {
    name: '-insecure on 1.23',
    over: { GOFLAGS: '-insecure -mod=mod' },
    expect: 'goflags-insecure',
    severity: 'error',
    says: 'go: -insecure flag is no longer supported; use GOINSECURE instead',
    command: 'go env -w GOFLAGS=-mod=mod',
  },
  { name: '-insecure on 1.16', over: { GOFLAGS: '-insecure', GOVERSION: 'go1.16.15' }, expect: 'goflags-insecure', severity: 'warning' },
  {
    name: 'value as its own word',
    over: { GOFLAGS: '-tags foo' },
    expect: 'goflags-non-flag',
    says: 'go: parsing $GOFLAGS: non-flag "foo"',
  },
  { name: 'unterminated quote (1.23)', over: { GOFLAGS: `'-ldflags=-s -w` }, expect: 'goflags-non-flag', says: "unterminated ' string" },
  {
    name: 'unknown flag',
    over: { GOFLAGS: '-modcacherwx' },
    expect: 'goflags-unknown-flag',
    severity: 'error',
    says: 'unknown flag -modcacherwx',
  },
  {
    name: 'unknown flag, Go version unknown',
    over: { GOFLAGS: '-nosuch', GOVERSION: null },
    expect: 'goflags-unknown-flag',
    severity: 'warning',
  },
  {
    name: 'bad -mod',
    over: { GOFLAGS: '-mod=vendr' },
    expect: 'goflags-bad-mod',
    says: "-mod=vendr not supported (can be '', 'mod', 'readonly', or 'vendor')",
  },
  { name: '-mod=vendor', over: { GOFLAGS: '-mod=vendor' }, expect: 'goflags-mod-vendor', says: 'module lookup disabled by -mod=vendor' },
  {
    name: 'GO111MODULE=off',
    over: { GO111MODULE: 'off' },
    expect: 'go111module-off',
    says: "go: modules disabled by GO111MODULE=off; see 'go help modules'",
    command: 'go env -u GO111MODULE',
  },
  {
    name: 'GO111MODULE=yes',
    over: { GO111MODULE: 'yes' },
    expect: 'go111module-invalid',
    says: 'go: unknown environment setting GO111MODULE=yes',
  },
  {
    name: 'GOAUTH empty entry',
    over: { GOVERSION: 'go1.24.2', GOAUTH: 'netrc;;git /srv/creds' },
    expect: 'goauth-invalid',
    says: 'go: GOAUTH encountered an empty command (GOAUTH=netrc;;git /srv/creds)',
  },
  {
    name: 'GOAUTH off combined',
    over: { GOVERSION: 'go1.24.2', GOAUTH: 'off;netrc' },
    expect: 'goauth-invalid',
    says: 'GOAUTH=off cannot be combined',
  },
  {
    name: 'GOAUTH git relative',
    over: { GOVERSION: 'go1.24.2', GOAUTH: 'git creds' },
    expect: 'goauth-invalid',
    says: 'dir is not absolute',
  },
  {
    name: 'GOVCS without colon',
    over: { GOVCS: 'github.com' },
    expect: 'govcs-invalid',
    says: 'malformed entry in GOVCS (missing colon): "github.com"',
  },
  {
    name: 'GOVCS repeated pattern',
    over: { GOVCS: 'a.example:git,a.example:hg' },
    expect: 'govcs-invalid',
    says: 'unreachable pattern in GOVCS',
  },
  {
    name: 'GONOSUMCHECK in the environment',
    over: {},
    extra: { osEnv: 'GONOSUMCHECK=1\n' },
    expect: 'unknown-variable',
    says: 'You probably mean GONOSUMDB',
  },
  {
    name: 'GOPROXYS typo',
    over: {},
    extra: { osEnv: 'GOPROXYS=https://goproxy.cn\n' },
    expect: 'unknown-variable',
    says: 'You probably mean GOPROXY',
  },
  {
    name: 'GOTOOLCHAIN on Go 1.19',
    over: { GOVERSION: 'go1.19.8', GOTOOLCHAIN: null },
    extra: { osEnv: 'GOTOOLCHAIN=local\n' },
    expect: 'variable-not-in-this-go',
  },
  // Toolchain
  { name: 'GOTOOLCHAIN typo', over: { GOTOOLCHAIN: 'lcoal' }, expect: 'gotoolchain-invalid', says: 'go: invalid GOTOOLCHAIN "lcoal"' },
  {
    name: 'GOTOOLCHAIN bad suffix',
    over: { GOTOOLCHAIN: 'go1.23.4+local' },
    expect: 'gotoolchain-invalid',
    says: 'only version suffixes are +auto and +path',
  },
  {
    name: 'GOTOOLCHAIN=local, go.mod newer',
    over: { GOTOOLCHAIN: 'local' },
    extra: { goMod: 'module m\n\ngo 1.24.0\n' },
    expect: 'gotoolchain-local-too-old',
    says: 'go: go.mod requires go >= 1.24.0 (running go 1.23.5; GOTOOLCHAIN=local)',
    command: 'go env -w GOTOOLCHAIN=auto',
  },
  {
    name: 'toolchain default, go.mod newer',
    over: {},
    extra: { goMod: 'module m\n\ngo 1.25\n\ntoolchain default\n' },
    expect: 'gotoolchain-local-too-old',
    says: 'go: go.mod requires go >= 1.25 (running go 1.23.5; go.mod sets toolchain default)',
  },
  {
    name: 'go line newer than the toolchain line wins',
    over: {},
    extra: { goMod: 'module m\n\ngo 1.25\n\ntoolchain go1.24.1\n' },
    expect: 'gotoolchain-will-download',
    says: 'go: downloading go1.25.0',
  },
  {
    name: 'auto switch',
    over: {},
    extra: { goMod: 'module m\n\ngo 1.21\n\ntoolchain go1.24.1\n' },
    expect: 'gotoolchain-will-download',
    says: 'golang.org/toolchain',
  },
  {
    name: 'auto switch with GOSUMDB=off',
    over: { GOSUMDB: 'off' },
    extra: { goMod: 'module m\n\ngo 1.24.0\n' },
    expect: 'gotoolchain-download-blocked',
    says: 'checksum database disabled by GOSUMDB=off',
  },
  {
    name: 'auto switch with GOPROXY=off',
    over: { GOPROXY: 'off' },
    extra: { goMod: 'module m\n\ngo 1.24.0\n' },
    expect: 'gotoolchain-download-blocked',
    says: 'toolchain not available',
  },
  {
    name: 'Go 1.19 and go 1.21.0',
    over: { GOVERSION: 'go1.19.8', GOTOOLCHAIN: null },
    extra: { goMod: 'module m\n\ngo 1.21.0\n' },
    expect: 'gomod-format-too-new',
    says: "go.mod:3: invalid go version '1.21.0': must match format 1.23",
  },
  {
    name: 'Go 1.19 and a toolchain line',
    over: { GOVERSION: 'go1.19.8', GOTOOLCHAIN: null },
    extra: { goMod: 'module m\n\ngo 1.21\n\ntoolchain go1.21.5\n' },
    expect: 'gomod-format-too-new',
    says: 'go.mod:5: unknown directive: toolchain',
  },
  {
    name: 'Go 1.19 and go 1.20',
    over: { GOVERSION: 'go1.19.8', GOTOOLCHAIN: null },
    extra: { goMod: 'module m\n\ngo 1.20\n' },
    expect: 'gomod-go-newer-than-go',
    severity: 'warning',
    says: 'note: module requires Go 1.20',
  },
  {
    name: 'Go 1.20.8 and go 1.22',
    over: { GOVERSION: 'go1.20.8', GOTOOLCHAIN: null },
    extra: { goMod: 'go 1.22\n' },
    expect: 'gomod-go-newer-than-go',
    severity: 'error',
  },
  // HTTP proxies
  { name: 'HTTP_PROXY only', over: {}, extra: { osEnv: 'HTTP_PROXY=http://proxy.corp.example:3128\n' }, expect: 'https-proxy-missing' },
  { name: 'ALL_PROXY only', over: {}, extra: { osEnv: 'ALL_PROXY=socks5://127.0.0.1:1080\n' }, expect: 'all-proxy-ignored' },
  {
    name: 'upper and lower case differ',
    over: {},
    extra: { osEnv: 'HTTPS_PROXY=http://a.example:3128\nhttps_proxy=http://b.example:3128\n' },
    expect: 'proxy-case-conflict',
  },
  {
    name: 'NO_PROXY without the private host',
    over: { GOPRIVATE: 'git.corp.example.com' },
    extra: { osEnv: 'HTTPS_PROXY=http://proxy.corp.example:3128\nNO_PROXY=localhost,127.0.0.1\n' },
    expect: 'no-proxy-missing-private',
    says: 'NO_PROXY=localhost,127.0.0.1,git.corp.example.com',
  },
  {
    name: 'proxy variables pasted with go env',
    over: { GOPRIVATE: '*.corp.example.com', HTTPS_PROXY: 'http://proxy.corp.example:3128' },
    expect: 'no-proxy-missing-private',
    says: 'NO_PROXY=corp.example.com',
  },
  // Precedence
  {
    name: 'go env differs from the go env file',
    over: {},
    extra: { goEnvFile: 'GOPROXY=https://mirrors.aliyun.com/goproxy/,direct\n' },
    expect: 'os-env-overrides-go-env-w',
    says: 'does not override conflicting OS environment variable',
  },
  {
    name: 'OS listing and go env file disagree',
    over: {},
    extra: { goEnvFile: 'GOFLAGS=-mod=mod\n', osEnv: 'GOFLAGS=-mod=readonly\n' },
    expect: 'os-env-overrides-go-env-w',
  },
  {
    name: 'OS environment sets GOPROXY',
    over: {},
    extra: { osEnv: 'GOPROXY=https://goproxy.cn,direct\n' },
    expect: 'os-env-sets-variable',
  },
  { name: 'names set in the OS environment', over: {}, extra: { osEnvSet: ['GOFLAGS'] }, expect: 'os-env-sets-variable' },
  { name: 'empty OS variable', over: {}, extra: { osEnv: 'GOPROXY=\n' }, expect: 'os-env-empty-ignored', says: 'go env -u GOPROXY' },
];

describe('each rule', () => {
  for (const c of cases) {
    it(`${c.expect}: ${c.name}`, () => {
      const r = lint(c.over, c.extra);
      const f = find(r, c.expect);
      if (c.severity) expect(f.severity).toBe(c.severity);
      if (c.says) expect(`${f.message.en}\n${f.fix.en}`).toContain(c.says);
      if (c.command) expect(f.commands).toContain(c.command);
    });
  }

  it('every rule has at least one case', () => {
    const covered = new Set(cases.map((c) => c.expect));
    expect(Object.keys(RULES).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('every guide anchor listed for guide writers is used by a rule', () => {
    const used = new Set(Object.values(RULES).map((r) => `${r.guide.slug}#${r.guide.anchor}`));
    const listed = Object.entries(GUIDE_ANCHORS).flatMap(([slug, anchors]) => Object.keys(anchors).map((a) => `${slug}#${a}`));
    expect(listed.filter((a) => !used.has(a))).toEqual([]);
  });

  it('every finding is complete in both languages and links to a listed guide anchor', () => {
    for (const c of cases) {
      for (const f of lint(c.over, c.extra).findings) {
        for (const text of [f.message.en, f.fix.en, f.message['zh-CN'], f.fix['zh-CN']]) expect(text.length).toBeGreaterThan(5);
        expect(`${f.message['zh-CN']}${f.fix['zh-CN']}`).toMatch(/[\u4e00-\u9fff]/);
        expect(GUIDE_SLUGS).toContain(f.guide.slug);
        expect(Object.keys(GUIDE_ANCHORS[f.guide.slug])).toContain(f.guide.anchor);
        expect(f.source).toMatch(/go\.dev|cmd\/go|golang\.org\/x|src\/internal|go help/);
        expect(f.id in RULES).toBe(true);
      }
    }
  });
});

describe('no false alarms', () => {
  it('a clean configuration has no findings', () => {
    expect(ids(lint({}))).toEqual([]);
    expect(ids(lint({ GOPRIVATE: 'git.corp.example.com,github.com/acme' }))).toEqual([]);
    expect(
      ids(
        lint({
          GOPROXY: 'https://goproxy.cn|https://mirrors.aliyun.com/goproxy/,direct',
          GOSUMDB: 'sum.golang.org https://goproxy.cn/sumdb/sum.golang.org',
        }),
      ),
    ).toEqual([]);
    expect(ids(lint({ GOFLAGS: '-mod=mod -modcacherw -trimpath -tags=a,b -test.count=1' }))).toEqual([]);
    expect(ids(lint({ GOPRIVATE: '*.corp.example.com', GONOPROXY: 'git.corp.example.com,*.corp.example.com' }))).toEqual([]);
  });
  it('captured clean go env output from real go 1.19 and 1.23 and the Windows samples has no errors or warnings', () => {
    for (const name of ['clean-go1.19.txt', 'clean-go1.23.txt', 'windows-go1.23.txt', 'windows-go1.17.txt']) {
      const r = lintGoEnv({ goEnv: readFileSync(new URL(`../fixtures/lint/${name}`, import.meta.url), 'utf8') });
      if (!r.ok) throw new Error(r.message.en);
      expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });
  it('NO_PROXY entries covering the private host in every accepted form', () => {
    for (const noProxy of ['corp.example.com', '.corp.example.com', '*.corp.example.com', 'git.corp.example.com:443', '*']) {
      const r = lint({ GOPRIVATE: 'git.corp.example.com' }, { osEnv: `HTTPS_PROXY=http://proxy:3128\nNO_PROXY=${noProxy}\n` });
      expect(ids(r)).not.toContain('no-proxy-missing-private');
    }
  });
  it('patterns are not blamed for what the go command accepts', () => {
    expect(ids(lint({ GOPRIVATE: 'github.com/acme/*' }))).toEqual([]);
    expect(ids(lint({ GOPRIVATE: 'git.corp.example.com', GOPROXY: 'direct' }))).not.toContain('gonoproxy-not-covering-goprivate');
    // An empty GONOPROXY/GONOSUMDB means "use GOPRIVATE" (cfg.go's envOr), not "nothing".
    for (const name of ['GONOPROXY', 'GONOSUMDB']) {
      expect(ids(lint({ GOPRIVATE: 'git.corp.example.com', [name]: '' }))).toEqual([]);
    }
    expect(ids(lint({ GOSUMDB: 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8' }))).toEqual([]);
  });
  it('version gates hold', () => {
    expect(ids(lint({ GOPROXY: '', GOVERSION: 'go1.20.14' }))).not.toContain('goproxy-empty');
    expect(ids(lint({ GOVERSION: 'go1.23.5', GOAUTH: 'off;netrc' }))).not.toContain('goauth-invalid');
    expect(ids(lint({ GOTOOLCHAIN: 'local' }, { goMod: 'go 1.23.5\n' }))).toEqual([]);
    expect(ids(lint({ GOTOOLCHAIN: 'local' }, { goMod: 'go 1.23\n' }))).toEqual([]);
  });
});

describe('privacy', () => {
  it('never returns a password or token that was pasted', () => {
    const r = lint(
      { GOPROXY: 'https://bob:hunter2@athens.corp.example,http://eve:s3cret@10.1.1.1,direct' },
      { osEnv: 'HTTPS_PROXY=http://alice:pa55word@proxy:3128\nGONOSUMCHECK=1\n' },
    );
    const json = JSON.stringify(r);
    for (const secret of ['hunter2', 's3cret', 'pa55word']) expect(json).not.toContain(secret);
    expect(json).toContain('bob:xxxxx@');
  });
});
