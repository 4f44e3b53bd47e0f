// The doctor core beyond the fixtures: bad input, long pastes, honest "no match", context that
// changes the meaning of the same line, values carried into the fix, masking, and the rules data.
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, type DiagnoseResult, diagnose, diagnoseBytes, GUIDE_ANCHORS } from '../../src/lib/doctor/index.ts';
import { maskSecrets } from '../../src/lib/doctor/mask.ts';
import { RULES } from '../../src/lib/doctor/rules.ts';
import { loadDoctorFixtures } from '../../src/tools/doctor-fixtures.ts';

const fixtures = new Map(loadDoctorFixtures().map((f) => [f.name, f.text]));
const fixture = (name: string) => {
  const t = fixtures.get(name);
  if (t === undefined) throw new Error(`no fixture ${name}`);
  return t;
};
type Ok = Extract<DiagnoseResult, { ok: true }>;
function ok(r: DiagnoseResult): Ok {
  if (!r.ok) throw new Error(`rejected: ${r.error.code}`);
  return r;
}
const top = (text: string) => ok(diagnose(text, 'en')).diagnoses[0];

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['blank', '  \n\t\r\n  '],
    ['binary (NUL bytes)', 'go: x\0\0\0\x01\x02'],
    ['binary (control characters)', Array.from({ length: 400 }, (_, i) => String.fromCharCode((i * 7) % 31 || 1)).join('')],
  ])('refuses %s text with a message in both languages', (_, text) => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const r = diagnose(text, lang);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.lang).toBe(lang);
      expect(['empty', 'binary']).toContain(r.error.code);
      expect(r.error.message.en.length).toBeGreaterThan(20);
      expect(r.error.message['zh-CN'].length).toBeGreaterThan(10);
    }
  });

  it('refuses invalid UTF-8 and NUL bytes when given bytes', () => {
    expect(diagnoseBytes(Uint8Array.from([0x67, 0x6f, 0xff, 0xfe, 0x3a]), 'en')).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(diagnoseBytes(Uint8Array.from([0x67, 0, 0x6f]), 'en')).toMatchObject({ ok: false, error: { code: 'binary' } });
  });

  it('refuses more than 10 MB, as text and as bytes', () => {
    const big = 'go: downloading example.com/m v1.0.0\n'.repeat(300_000);
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
    expect(diagnose(big, 'en')).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(diagnoseBytes(new TextEncoder().encode(big), 'zh-CN')).toMatchObject({ ok: false, lang: 'zh-CN', error: { code: 'too-large' } });
    // Multi-byte text: 4 MB of characters are 12 MB of UTF-8.
    expect(diagnose('模'.repeat(4 * 1024 * 1024), 'en')).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('reads a UTF-8 BOM as nothing', () => {
    const r = ok(diagnoseBytes(new TextEncoder().encode(`\uFEFF${fixture('goproxy-off-get-go1.23')}`), 'en'));
    expect(r.diagnoses[0]?.cause).toBe('goproxy-off');
    expect(r.diagnoses[0]?.evidence[0]?.line).toBe(1);
  });
});

describe('long pastes', () => {
  it('reads only the last 1 MB of a longer paste and keeps line numbers of the whole paste', () => {
    const noise = 'go: downloading github.com/some/module v1.2.3\n'.repeat(40_000);
    const error = fixture('public-proxy-private-corp-go1.23');
    const r = ok(diagnose(noise + error, 'en'));
    expect(r.truncated?.firstLine).toBeGreaterThan(1);
    expect(r.diagnoses[0]?.cause).toBe('private-module-via-public-proxy');
    expect(r.diagnoses[0]?.evidence[0]).toEqual({ line: 40_001, text: error.split('\n')[0] });
    expect(r.stats.lines).toBe(noise.split('\n').length + error.split('\n').length - 1);
  });

  it('finishes a 1 MB paste of error blocks quickly (no pathological patterns)', () => {
    let text = '';
    const all = [...fixtures.values()];
    for (let i = 0; text.length < 1024 * 1024 - 5000; i++) text += `${all[i % all.length]}\n`;
    const t0 = performance.now();
    ok(diagnose(text, 'en'));
    // The bench measures the real figure; this only catches runaway regular expressions.
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('no known cause', () => {
  it.each([
    ['a successful build', 'go: downloading github.com/google/uuid v1.6.0\n$ go build ./...\n$ echo done\ndone\n'],
    [
      'an npm failure',
      "npm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fwidgets - Not found\nnpm ERR! 404  '@acme/widgets@^1.2.0' is not in this registry.\n",
    ],
    [
      'a Python traceback',
      'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n    import requests\nModuleNotFoundError: No module named \'requests\'\n',
    ],
    [
      'a Go compile error',
      './main.go:12:2: undefined: fmt.Printx\n./main.go:14:9: cannot use x (variable of type int) as string value in return statement\n',
    ],
    ['prose', 'It fails on my machine but works on the CI runner. Any idea what is wrong?\n'],
  ])('says so honestly for %s', (_, text) => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const r = ok(diagnose(text, lang));
      expect(r.matched).toBe(false);
      expect(r.diagnoses).toHaveLength(1);
      expect(r.diagnoses[0]).toMatchObject({ cause: 'other', confidence: 'low' });
      expect(r.diagnoses[0]?.fix.length).toBeGreaterThan(1);
    }
  });
});

describe('context decides what a line means', () => {
  it('"terminal prompts disabled": checksum DB lookup, a proxy relaying git, or local git', () => {
    const cases = {
      'sumdb-proxied-404-private-go1.23': 'sumdb-private-module',
      'public-proxy-private-github-go1.23': 'private-module-via-public-proxy',
      'git-terminal-prompts-disabled-go1.23': 'private-module-auth',
    } as const;
    for (const [name, cause] of Object.entries(cases)) {
      expect(fixture(name)).toContain('terminal prompts disabled');
      expect(top(fixture(name))?.cause, name).toBe(cause);
    }
  });

  it('"i/o timeout": a DNS lookup versus a bare TCP dial', () => {
    expect(fixture('dns-timeout-proxy-golang-org-go1.23')).toMatch(/lookup \S+ on \S+:53: .*i\/o timeout/);
    expect(top(fixture('dns-timeout-proxy-golang-org-go1.23'))?.cause).toBe('dns-failure');
    expect(fixture('quoted-dial-timeout-proxy')).toMatch(/dial tcp [\d.]+:443: i\/o timeout/);
    expect(top(fixture('quoted-dial-timeout-proxy'))?.cause).toBe('network-blocked-default-proxy');
  });

  it('x509: a certificate for another name versus an unknown authority', () => {
    expect(top(fixture('tls-wrong-host-hijack-go1.23'))?.cause).toBe('dns-failure');
    expect(top(fixture('tls-intercepted-proxy-golang-org-go1.23'))?.cause).toBe('tls-cert');
  });

  it('a 404 from a proxy: private path, public path the proxy could not reach, or a missing version', () => {
    expect(top(fixture('public-proxy-private-corp-go1.23'))?.cause).toBe('private-module-via-public-proxy');
    expect(top(fixture('proxy-public-upstream-failure-go1.23'))?.cause).toBe('proxy-not-found-404-410');
    expect(top(fixture('proxy-unknown-version-go1.23'))?.cause).toBe('unknown-revision');
  });
});

describe('fix steps use what the paste names', () => {
  it('suggests GOPRIVATE for the real private host', () => {
    const d = top(fixture('public-proxy-private-corp-go1.23'));
    expect(d?.fix.map((s) => s.code)).toContain('go env -w GOPRIVATE=git.corp.example');
    expect(d?.extracted).toMatchObject({ module: 'git.corp.example/team/lib', version: 'v1.0.0', proxyHost: 'proxy.golang.org' });
    expect(d?.generator).toMatchObject({ preset: 'corporate-gitlab', state: { privatePatterns: ['git.corp.example'] } });
  });

  it('uses host/owner for a private repository on a shared code host', () => {
    const d = top(fixture('public-proxy-private-github-go1.23'));
    expect(d?.extracted.privatePattern).toBe('github.com/acme');
    expect(d?.fix.map((s) => s.code)).toContain('go env -w GOPRIVATE=github.com/acme');
  });

  it('names the HTTP proxy that refused and opens the generator with it', () => {
    const d = top(fixture('https-proxy-refused-go1.23'));
    expect(d?.cause).toBe('corporate-http-proxy');
    expect(d?.generator.state?.httpProxy).toBe('http://127.0.0.1:1');
  });

  it('picks the docker preset for a docker build log (BuildKit or the legacy builder)', () => {
    const d = top(fixture('docker-buildkit-private-github'));
    expect(d?.extracted.context).toBe('docker');
    expect(d?.generator.preset).toBe('docker-private');
    expect(top(fixture('docker-legacy-checksum-mismatch'))?.extracted.context).toBe('docker');
    expect(top(fixture('checksum-mismatch-gosum-go1.19'))?.extracted.context).toBeUndefined();
  });

  it('offers only the steps that fit: VPN for a private name, a mirror for a public one', () => {
    const priv = top(fixture('dns-private-host-direct-go1.23'))
      ?.fix.map((s) => s.en)
      .join('\n');
    expect(priv).toContain('VPN');
    expect(priv).not.toContain('goproxy.cn');
    const pub = top(fixture('dns-timeout-proxy-golang-org-go1.23'))
      ?.fix.map((s) => s.code ?? '')
      .join('\n');
    expect(pub).toContain('GOPROXY=https://goproxy.cn,direct');
    expect(pub).not.toContain('--network=host');
    expect(top(fixture('docker-buildkit-dns-timeout'))?.fix.map((s) => s.code ?? '')).toContain('docker build --network=host .');
  });

  it('keeps the GOPROXY entry with its path when proposing a list', () => {
    const d = top(fixture('proxy-404-tidy-go1.23'));
    expect(d?.extracted.proxyUrl).toBe('http://127.0.0.1:18081/s404');
    expect(d?.fix.map((s) => s.code)).toContain('go env -w GOPROXY=http://127.0.0.1:18081/s404,direct');
  });

  it('shows placeholders in the reader’s language when a value is missing', () => {
    const d = top('go: module lookup disabled by GOPROXY=off\n');
    expect(d?.cause).toBe('goproxy-off');
    expect(d?.explanation.en).toContain('<module>');
    expect(d?.explanation['zh-CN']).toContain('<模块路径>');
  });
});

describe('masking', () => {
  it.each([
    ['https://ci-bot:S3cretPass@goproxy.corp.example/x', 'S3cretPass', 'https://ci-bot:***@goproxy.corp.example/x'],
    ['git clone https://oauth2:glpat-Xy7kQ2mN9pR4sT6vW8zA@git.corp.example/a.git', 'glpat-Xy7kQ2mN9pR4sT6vW8zA', 'https://oauth2:***@'],
    [
      'https://ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/acme/x',
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'https://***@github.com',
    ],
    ['//npm.corp.example/:_authToken=npm_secretvalue123', 'npm_secretvalue123', '_authToken=***'],
    ['machine git.corp.example login ci password hunter2-long', 'hunter2-long', 'password ***'],
    ['password hunter2-long', 'hunter2-long', 'password ***'],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig', 'eyJhbGciOiJIUzI1NiJ9', 'Bearer ***'],
    ['export GITHUB_TOKEN=ghs_0123456789abcdefghijABCDEFGHIJ', 'ghs_0123456789abcdefghij', 'GITHUB_TOKEN=***'],
    ['PRIVATE-TOKEN: glpat-abcdefghijklmnopqrst', 'glpat-abcdefghijklmnopqrst', 'PRIVATE-TOKEN: ***'],
  ])('masks %s', (line, secret, shown) => {
    const masked = maskSecrets(line);
    expect(masked).not.toContain(secret);
    expect(masked).toContain(shown);
  });

  it("leaves go's own redaction and ordinary module paths alone", () => {
    const line =
      'go: example.com/hello@v1.0.0: refusing to pass credentials to insecure URL: http://lab:xxxxx@127.0.0.1:18081/ok/example.com/hello/@v/v1.0.0.info';
    expect(maskSecrets(line)).toBe(line);
    expect(maskSecrets('go: git.corp.example/team/lib@v1.0.0: invalid version')).toBe(
      'go: git.corp.example/team/lib@v1.0.0: invalid version',
    );
  });

  it('masks in evidence and extracted values', () => {
    const r = ok(diagnose(fixture('goproxy-url-parse-leaks-password-go1.23'), 'en'));
    expect(JSON.stringify(r)).not.toContain('S3cretPass');
    expect(r.diagnoses[0]?.evidence[0]?.text).toContain('ci-bot:***@');
  });
});

describe('rules data', () => {
  it('has unique ids, lower-case keywords, a Go version and a source for every rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.keywords.length, r.id).toBeGreaterThan(0);
      for (const k of r.keywords) expect(k, r.id).toBe(k.toLowerCase());
      expect(r.go, r.id).not.toBe('');
      expect(r.source, r.id).not.toBe('');
      expect(CAUSE_IDS).toContain(r.cause);
      if (r.guide) expect(Object.keys(GUIDE_ANCHORS[r.guide.slug]), r.id).toContain(r.guide.anchor);
    }
  });

  it('has a keyword in each rule that its own pattern requires (the keyword gate never hides a match)', () => {
    // For each rule, a fixture line it matches must contain one of its keywords.
    for (const r of RULES) {
      for (const text of fixtures.values()) {
        for (const line of text.split('\n')) {
          if (!r.line.test(line)) continue;
          expect(
            r.keywords.some((k) => line.toLowerCase().includes(k)),
            `${r.id}: "${line}"`,
          ).toBe(true);
        }
      }
    }
  });

  it('fires every rule on at least one stored fixture (adding a rule means adding a fixture)', () => {
    const fired = new Set<string>();
    for (const text of fixtures.values()) for (const d of ok(diagnose(text, 'en')).diagnoses) for (const id of d.rules) fired.add(id);
    expect(RULES.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});
