// Every environment setting a guide tells readers to paste must pass the generator core's
// validation, except blocks marked `wrong` (counter-examples). Warnings count too, unless the
// block is marked `caution` (a risky but deliberate setting the text explains).
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/lib/config/index.ts';
import { configFromEnv, IMPORTABLE } from '../../src/lib/import/env.ts';
import { allGuides } from '../support/guides.ts';
import { assignmentsIn, shellWords } from '../support/snippets.ts';

// Real go and tool variables that the generator does not model: allowed, not validated.
const OTHER_REAL = new Set([
  'GOPATH',
  'GOCACHE',
  'GOOS',
  'GOARCH',
  'CGO_ENABLED',
  'GOBIN',
  'GOENV',
  'GODEBUG',
  'GOWORK',
  'GOTMPDIR',
  'GOEXPERIMENT',
  'GOTELEMETRY',
  'GOROOT',
  'GIT_TERMINAL_PROMPT',
  'GIT_SSH_COMMAND',
  'GCM_INTERACTIVE',
  'NETRC',
  'PATH',
  'HOME',
  'CI',
  'ALL_PROXY',
  'DOCKER_BUILDKIT',
  'GOMAXPROCS',
  'GOAMD64',
  'GOFIPS140',
  'SSL_CERT_DIR',
  'CURL_CA_BUNDLE',
  'GIT_SSL_CAINFO',
]);

const cases = allGuides().flatMap((g) =>
  g.blocks
    .filter(
      (b) =>
        !b.meta.split(/\s+/).includes('wrong') &&
        /^(sh|bash|zsh|shell|fish|powershell|ps1|pwsh|cmd|bat|console|dockerfile|yaml|yml)$/.test(b.lang),
    )
    .map((b, i) => ({
      name: `${g.locale}/${g.file} block ${i + 1} (${b.lang})`,
      code: b.code,
      caution: b.meta.split(/\s+/).includes('caution'),
    }))
    .filter((c) => assignmentsIn(c.code).length > 0),
);

describe('guide snippets', () => {
  it('there are snippets to check', () => {
    expect(cases.length).toBeGreaterThan(10);
  });
  it.each(cases.map((c) => [c.name, c.code, c.caution] as const))('%s is valid', (_, code, caution) => {
    const assignments = assignmentsIn(code);
    const vars: Record<string, string> = {};
    for (const a of assignments) {
      if (
        (IMPORTABLE as readonly string[]).includes(a.name.toUpperCase().replace(/^(HTTPS?|NO)_PROXY$/i, (s) => s.toUpperCase())) ||
        /^(https?|no)_proxy$/.test(a.name)
      ) {
        vars[a.name] = a.value;
      } else if (/^GO[A-Z0-9_]*$/.test(a.name)) {
        expect(OTHER_REAL.has(a.name), `${a.name} is not a go command variable (${a.line})`).toBe(true);
      }
    }
    const { input } = configFromEnv(vars);
    const result = validateConfig(input);
    expect(result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
    if (!caution) expect(result.warnings.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
  });
});

describe('snippet parsing', () => {
  it('splits shell words with quotes', () => {
    expect(shellWords(`go env -w GOPROXY='https://a|https://b,direct' X="y z"`)).toEqual([
      'go',
      'env',
      '-w',
      'GOPROXY=https://a|https://b,direct',
      'X=y z',
    ]);
    expect(shellWords(`echo 'unterminated`)).toBeNull();
  });
  it('finds assignments in every shell dialect', () => {
    const code = [
      '$ go env -w GOPROXY=https://goproxy.cn,direct GOPRIVATE=git.example.com',
      'export GOSUMDB=sum.golang.google.cn',
      'set -gx GONOSUMDB corp.example.com',
      'PS> $env:GOFLAGS = "-mod=mod"',
      'set GOINSECURE=git.example.com',
      'setx GOTOOLCHAIN local',
      'export GOPROXY=$MIRROR',
    ].join('\n');
    expect(assignmentsIn(code).map((a) => `${a.name}=${a.value}`)).toEqual([
      'GOPROXY=https://goproxy.cn,direct',
      'GOPRIVATE=git.example.com',
      'GOSUMDB=sum.golang.google.cn',
      'GONOSUMDB=corp.example.com',
      'GOFLAGS=-mod=mod',
      'GOINSECURE=git.example.com',
      'GOTOOLCHAIN=local',
    ]);
  });
  it('wrong values are caught (the test can fail)', () => {
    expect(validateConfig(configFromEnv({ GOPRIVATE: 'https://corp.example.com' }).input).errors.map((e) => e.path)).toEqual([
      'private.goprivate.0',
    ]);
    expect(validateConfig(configFromEnv({ GOPROXY: 'direct,https://goproxy.cn' }).input).warnings.map((e) => e.path)).toContain('proxy.1');
  });
});
