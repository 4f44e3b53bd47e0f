// Proves the go env linter against the real go command (Debian go1.19 and go1.23 when installed):
// settings are written with `go env -w` into a temporary GOENV file, real `go env` / `go env -json`
// output is linted, every quoted go error is provoked and compared with what the linter says, and
// behaviour claims are checked with a loopback module proxy and forward proxy and their request logs.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOFLAGS_KNOWN_119, GOFLAGS_KNOWN_123, isKnownGoFlag } from '../../src/lib/lint/known.ts';
import { lintGoEnv } from '../../src/lib/lint/lint.ts';
import { parseEnvText } from '../../src/lib/lint/parse.ts';
import type { LintInput, LintReport } from '../../src/lib/lint/types.ts';
import { findTool, goBinaries } from '../support/tools.ts';
import { storedZip } from '../support/zip.ts';

const gos = goBinaries();

// ---------- loopback servers ----------

/**
 * Module proxy. /sNNN/… always answers NNN; /ok/… serves example.invalid/hello v1.0.0 and any
 * golang.org/toolchain zip. Every request path is logged.
 */
const proxyLog: string[] = [];
const moduleProxy = http.createServer((req, res) => {
  const url = req.url ?? '';
  proxyLog.push(url);
  const status = /^\/s(\d{3})\//.exec(url);
  if (status) {
    res.writeHead(Number(status[1]), { 'Content-Type': 'text/plain' });
    res.end('mock\n');
    return;
  }
  const u = url.replace(/^\/ok/, '');
  if (u === '/example.invalid/hello/@v/v1.0.0.info') return void res.end('{"Version":"v1.0.0","Time":"2024-01-01T00:00:00Z"}');
  if (u === '/example.invalid/hello/@v/v1.0.0.mod') return void res.end('module example.invalid/hello\n');
  if (u === '/example.invalid/hello/@v/v1.0.0.zip') {
    return void res.end(
      storedZip({
        'example.invalid/hello@v1.0.0/go.mod': 'module example.invalid/hello\n',
        'example.invalid/hello@v1.0.0/hello.go': 'package hello\n',
      }),
    );
  }
  const tc = /^\/golang\.org\/toolchain\/@v\/(.*)\.zip$/.exec(u);
  if (tc) return void res.end(storedZip({ [`golang.org/toolchain@${tc[1]}/go.mod`]: 'module golang.org/toolchain\n' }));
  res.writeHead(404);
  res.end('not found\n');
});

/** Forward proxy that records CONNECT targets and absolute-URL requests, then refuses them. */
function forwardProxy() {
  const log: string[] = [];
  const server = http.createServer((req, res) => {
    log.push(`GET ${req.url}`);
    res.writeHead(502);
    res.end();
  });
  server.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return { server, log };
}
const fwdA = forwardProxy();
const fwdB = forwardProxy();

const listen = (s: http.Server) =>
  new Promise<string>((ok) => s.listen(0, '127.0.0.1', () => ok(`127.0.0.1:${(s.address() as AddressInfo).port}`)));

let P = ''; // http://127.0.0.1:port of the module proxy
let A = '';
let B = '';
let work = '';

beforeAll(async () => {
  P = `http://${await listen(moduleProxy)}`;
  A = `http://${await listen(fwdA.server)}`;
  B = `http://${await listen(fwdB.server)}`;
  work = mkdtempSync(join(tmpdir(), 'lint-real-go-'));
});
afterAll(() => {
  moduleProxy.close();
  fwdA.server.close();
  fwdB.server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

// ---------- running go ----------

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program asynchronously (the loopback servers live in this process). */
function exec(file: string, args: string[], env: Record<string, string>, cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

let counter = 0;

/** A fresh HOME, GOPATH, GOCACHE and GOENV for one scenario. */
function sandbox(go: string) {
  const home = join(work, `h${++counter}`);
  mkdirSync(home, { recursive: true });
  const goenv = join(home, 'go-env');
  const base: Record<string, string> = {
    PATH: `${dirname(go)}:/usr/bin:/bin`,
    HOME: home,
    GOPATH: join(home, 'gopath'),
    GOCACHE: join(home, 'cache'),
    GOENV: goenv,
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-modcacherw',
    GIT_TERMINAL_PROMPT: '0',
  };
  /** Runs go with the sandbox environment plus `env` (null removes a variable). */
  const run = (args: string[], env: Record<string, string | null> = {}, cwd = home) => {
    const e: Record<string, string> = { ...base };
    for (const [k, v] of Object.entries(env)) {
      if (v === null) delete e[k];
      else e[k] = v;
    }
    return exec(go, args, e, cwd);
  };
  /** A module directory with the given go.mod. */
  const module = (gomod: string) => {
    const dir = join(home, `m${++counter}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'go.mod'), gomod);
    writeFileSync(join(dir, 'main.go'), 'package main\n\nfunc main() {}\n');
    return dir;
  };
  return { home, goenv, base, run, module };
}

/** `go env` as the reader would paste it, with the settings in `env` applied as OS variables. */
async function captureEnv(box: ReturnType<typeof sandbox>, env: Record<string, string | null> = {}, json = false): Promise<string> {
  const r = await box.run(json ? ['env', '-json'] : ['env'], { GOFLAGS: null, ...env });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

function lint(input: LintInput): LintReport {
  const r = lintGoEnv(input);
  if (!r.ok) throw new Error(r.message.en);
  return r;
}
const ids = (r: LintReport) => r.findings.map((f) => f.id);
function findingText(r: LintReport, id: string): string {
  const f = r.findings.find((x) => x.id === id);
  if (!f) throw new Error(`expected ${id}, got ${ids(r).join(', ')}`);
  return `${f.message.en}\n${f.fix.en}`;
}

describe.skipIf(gos.length === 0)('go env linter against the real go command', () => {
  for (const go of gos) {
    const label = go.includes('1.19') ? 'go1.19' : go.includes('1.23') ? 'go1.23' : go;

    describe(label, () => {
      let version = '';
      let minor = 0;
      beforeAll(async () => {
        const r = await sandbox(go).run(['env', 'GOVERSION']);
        version = r.stdout.trim().replace(/^go/, '');
        minor = Number(version.split('.')[1]);
      });

      it('reads the values go env -w wrote, from go env and from go env -json, and finds the planted problems', async () => {
        const box = sandbox(go);
        const planted = [
          'GOPROXY=direct,https://goproxy.cn',
          'GOPRIVATE=git.corp.example.com, corp.example.com/*',
          'GONOSUMDB=*',
          'GOSUMDB=off',
          'GOFLAGS=-insecure',
          'GO111MODULE=off',
          'GOINSECURE=proxy.golang.org',
          'GOVCS=github.com',
        ];
        const w = await box.run(['env', '-w', ...planted], { GOFLAGS: null });
        expect(w.code, w.stderr).toBe(0);
        const unix = await captureEnv(box);
        const json = await captureEnv(box, {}, true);
        const known = () => true;
        const fromUnix = Object.fromEntries([...parseEnvText(unix, 'go-env', known).vars].map(([k, v]) => [k, v.value]));
        const fromJson = Object.fromEntries([...parseEnvText(json, 'go-env', known).vars].map(([k, v]) => [k, v.value]));
        delete fromUnix.GOGCCFLAGS;
        delete fromJson.GOGCCFLAGS;
        expect(fromUnix).toEqual(fromJson);
        for (const kv of planted) {
          const [k, ...v] = kv.split('=');
          expect(fromJson[k as string]).toBe(v.join('='));
        }
        const a = lint({ goEnv: unix });
        const b = lint({ goEnv: json });
        expect(ids(a)).toEqual(ids(b));
        expect(a.goVersion).toBe(version);
        expect(ids(a)).toEqual(
          expect.arrayContaining([
            'goproxy-entries-ignored',
            'pattern-whitespace',
            'pattern-slash-star',
            'pattern-too-broad',
            'gosumdb-off',
            'goflags-insecure',
            'go111module-off',
            'goinsecure-proxy-host',
            'govcs-invalid',
          ]),
        );
      });

      it('go env -w rejects GONOSUMCHECK, as the unknown-variable finding says', async () => {
        const box = sandbox(go);
        const r = await box.run(['env', '-w', 'GONOSUMCHECK=1']);
        expect(r.code).not.toBe(0);
        const f = lint({ goEnv: await captureEnv(box), osEnv: 'GONOSUMCHECK=1\n' });
        expect(findingText(f, 'unknown-variable')).toContain('unknown go command variable GONOSUMCHECK');
        expect(r.stderr).toContain('unknown go command variable GONOSUMCHECK');
      });

      // Each case: settings (as OS variables, so go env shows them), a go command that hits the
      // problem, the finding id, and the error text both the finding and the real go must contain.
      const errorCases: {
        name: string;
        env: () => Record<string, string>;
        args: string[];
        id: string;
        claim: string;
        gomod?: string;
        file?: string;
        only?: (minor: number) => boolean;
        /** go env itself fails, so the reader can only paste an environment listing. */
        envFails?: true;
      }[] = [
        {
          name: 'GOFLAGS value as a word',
          env: () => ({ GOFLAGS: '-tags foo' }),
          args: ['list', '-m'],
          id: 'goflags-non-flag',
          claim: 'go: parsing $GOFLAGS: non-flag "foo"',
        },
        {
          name: 'GOFLAGS typo',
          env: () => ({ GOFLAGS: '-modcacherwx' }),
          args: ['list', '-m'],
          id: 'goflags-unknown-flag',
          claim: 'go: parsing $GOFLAGS: unknown flag -modcacherwx',
        },
        {
          name: 'GOFLAGS bad -mod',
          env: () => ({ GOFLAGS: '-mod=vendr' }),
          args: ['list', '-m'],
          id: 'goflags-bad-mod',
          claim: "-mod=vendr not supported (can be '', 'mod', 'readonly', or 'vendor')",
        },
        {
          name: 'GOFLAGS=-insecure with go get',
          env: () => ({ GOFLAGS: '-insecure', GOPROXY: `${P}/s404` }),
          args: ['get', 'example.invalid/hello@v1.0.0'],
          id: 'goflags-insecure',
          claim: '-insecure flag is no longer supported; use GOINSECURE instead',
        },
        {
          name: 'GO111MODULE=off',
          env: () => ({ GO111MODULE: 'off' }),
          args: ['mod', 'tidy'],
          id: 'go111module-off',
          claim: "modules disabled by GO111MODULE=off; see 'go help modules'",
        },
        {
          name: 'GO111MODULE=yes',
          env: () => ({ GO111MODULE: 'yes' }),
          args: ['list', '-m'],
          id: 'go111module-invalid',
          claim: 'go: unknown environment setting GO111MODULE=yes',
          envFails: true,
        },
        {
          name: 'bare word in GOPROXY',
          env: () => ({ GOPROXY: 'bogus' }),
          args: ['list', '-m', 'example.invalid/hello@v1.0.0'],
          id: 'goproxy-invalid-entry',
          claim: 'invalid proxy URL missing scheme: bogus',
        },
        {
          name: 'ftp in GOPROXY',
          env: () => ({ GOPROXY: 'ftp://x.example.com' }),
          args: ['list', '-m', 'example.invalid/hello@v1.0.0'],
          id: 'goproxy-invalid-entry',
          claim: 'invalid proxy URL scheme (must be https, http, file): ftp://x.example.com',
        },
        {
          name: 'GOPROXY of separators',
          env: () => ({ GOPROXY: ' , ' }),
          args: ['list', '-m', 'example.invalid/hello@v1.0.0'],
          id: 'goproxy-no-entries',
          claim: 'GOPROXY list is not the empty string, but contains no entries',
        },
        {
          name: 'credentials over http',
          env: () => ({ GOPROXY: `http://bob:hunter2@${P.slice(7)}/s404` }),
          args: ['list', '-m', 'example.invalid/hello@v1.0.0'],
          id: 'goproxy-http-credentials',
          claim: 'refusing to pass credentials to insecure URL',
        },
        {
          name: 'GOSUMDB with three fields',
          env: () => ({ GOPROXY: `${P}/ok`, GOSUMDB: 'a b c' }),
          args: ['mod', 'download', 'example.invalid/hello@v1.0.0'],
          id: 'gosumdb-invalid',
          claim: 'invalid GOSUMDB: too many fields',
        },
        {
          name: 'GOSUMDB unknown name',
          env: () => ({ GOPROXY: `${P}/ok`, GOSUMDB: 'sum.example.com' }),
          args: ['mod', 'download', 'example.invalid/hello@v1.0.0'],
          id: 'gosumdb-invalid',
          claim: 'invalid GOSUMDB: malformed verifier id',
        },
        {
          name: 'GOSUMDB corrupted key',
          env: () => ({ GOPROXY: `${P}/ok`, GOSUMDB: 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn9' }),
          args: ['mod', 'download', 'example.invalid/hello@v1.0.0'],
          id: 'gosumdb-invalid',
          claim: 'invalid GOSUMDB: invalid verifier hash',
        },
        {
          name: 'GOVCS without colon',
          env: () => ({ GOPROXY: 'direct', GOVCS: 'github.com' }),
          args: ['list', '-m', 'github.com/foo/bar@v1.0.0'],
          id: 'govcs-invalid',
          claim: 'malformed entry in GOVCS (missing colon): "github.com"',
        },
        {
          name: 'empty GOPROXY line in the go env file',
          env: () => ({}),
          file: 'GOPROXY=\n',
          args: ['list', '-m', 'example.invalid/hello@v1.0.0'],
          id: 'goproxy-empty',
          claim: 'GOPROXY list is not the empty string, but contains no entries',
          only: (m) => m >= 21,
        },
        {
          name: 'empty GOSUMDB line in the go env file',
          env: () => ({ GOPROXY: `${P}/ok` }),
          file: 'GOSUMDB=\n',
          args: ['mod', 'download', 'example.invalid/hello@v1.0.0'],
          id: 'gosumdb-empty',
          claim: 'missing GOSUMDB',
          only: (m) => m >= 21,
        },
        {
          name: 'GOTOOLCHAIN=local and a newer go.mod',
          env: () => ({ GOTOOLCHAIN: 'local' }),
          gomod: 'module example.invalid/m\n\ngo 1.99.0\n',
          args: ['list', '-m'],
          id: 'gotoolchain-local-too-old',
          claim: 'go.mod requires go >= 1.99.0 (running go',
          only: (m) => m >= 21,
        },
        {
          name: 'toolchain default and a newer go line',
          env: () => ({ GOTOOLCHAIN: 'auto' }),
          gomod: 'module example.invalid/m\n\ngo 1.99\n\ntoolchain default\n',
          args: ['list', '-m'],
          id: 'gotoolchain-local-too-old',
          claim: 'go.mod requires go >= 1.99 (running go',
          only: (m) => m >= 21,
        },
        {
          name: 'GOTOOLCHAIN typo',
          env: () => ({ GOTOOLCHAIN: 'lcoal' }),
          args: ['version'],
          id: 'gotoolchain-invalid',
          claim: 'go: invalid GOTOOLCHAIN "lcoal"',
          only: (m) => m >= 21,
          envFails: true,
        },
        {
          name: 'GOTOOLCHAIN bad suffix',
          env: () => ({ GOTOOLCHAIN: 'go1.23.4+local' }),
          args: ['version'],
          id: 'gotoolchain-invalid',
          claim: 'only version suffixes are +auto and +path',
          only: (m) => m >= 21,
          envFails: true,
        },
        {
          name: 'toolchain download with GOSUMDB=off',
          env: () => ({ GOTOOLCHAIN: 'auto', GOSUMDB: 'off', GOPROXY: `${P}/ok` }),
          gomod: 'module example.invalid/m\n\ngo 1.99.0\n',
          args: ['list', '-m'],
          id: 'gotoolchain-download-blocked',
          claim: 'checksum database disabled by GOSUMDB=off',
          only: (m) => m >= 21,
        },
        {
          name: 'toolchain download with GOPROXY=off',
          env: () => ({ GOTOOLCHAIN: 'auto', GOPROXY: 'off' }),
          gomod: 'module example.invalid/m\n\ngo 1.99.0\n',
          args: ['list', '-m'],
          id: 'gotoolchain-download-blocked',
          claim: 'toolchain not available',
          only: (m) => m >= 21,
        },
        {
          name: 'Go before 1.21 and a go 1.21.0 line',
          env: () => ({}),
          gomod: 'module example.invalid/m\n\ngo 1.21.0\n',
          args: ['list', '-m'],
          id: 'gomod-format-too-new',
          claim: "go.mod:3: invalid go version '1.21.0': must match format 1.23",
          only: (m) => m < 21,
        },
        {
          name: 'Go before 1.21 and a toolchain line',
          env: () => ({}),
          gomod: 'module example.invalid/m\n\ngo 1.19\n\ntoolchain go1.21.5\n',
          args: ['list', '-m'],
          id: 'gomod-format-too-new',
          claim: 'go.mod:5: unknown directive: toolchain',
          only: (m) => m < 21,
        },
      ];

      for (const c of errorCases) {
        it(`${c.id}: ${c.name} — the finding quotes what go prints`, async (ctx) => {
          if (c.only && !c.only(minor)) ctx.skip();
          const box = sandbox(go);
          if (c.file) writeFileSync(box.goenv, c.file);
          const env = c.env();
          const dir = box.module(c.gomod ?? 'module example.invalid/m\n\ngo 1.16\n');
          const real = await box.run(c.args, { GOFLAGS: null, ...env }, dir);
          expect(real.code, real.stdout).not.toBe(0);
          expect(real.stderr).toContain(c.claim);
          let pasted: string;
          if (c.envFails) {
            expect((await box.run(['env'], { GOFLAGS: null, ...env })).stderr).toContain(c.claim);
            pasted = Object.entries(env)
              .map(([k, v]) => `${k}=${v}`)
              .join('\n');
          } else {
            // go env runs outside the module: a too-new go.mod does not stop it.
            pasted = await captureEnv(box, env);
          }
          const report = lint({ goEnv: pasted, ...(c.gomod ? { goMod: c.gomod } : {}), ...(c.file ? { goEnvFile: c.file } : {}) });
          expect(findingText(report, c.id)).toContain(c.claim.replace(`${P.slice(7)}`, ''));
        });
      }

      // ---------- behaviour, proved with request logs ----------

      async function fetchVia(env: Record<string, string>, module = 'example.invalid/hello@v1.0.0') {
        const box = sandbox(go);
        const before = proxyLog.length;
        const r = await box.run(['list', '-m', module], { GOFLAGS: null, GOSUMDB: 'off', ...env });
        const pasted = await captureEnv(box, env);
        return { r, requests: proxyLog.slice(before), report: lint({ goEnv: pasted }) };
      }

      it('direct first: the proxy after it is never asked', async () => {
        const bad = await fetchVia({ GOPROXY: `direct,${P}/s404` });
        expect(bad.requests).toEqual([]);
        expect(ids(bad.report)).toContain('goproxy-entries-ignored');
        const good = await fetchVia({ GOPROXY: `${P}/s404,direct` });
        expect(good.requests.length).toBeGreaterThan(0);
        expect(ids(good.report)).not.toContain('goproxy-entries-ignored');
      });

      it('a GOPRIVATE pattern with a leading space matches nothing: the module goes to the proxy', async () => {
        const bad = await fetchVia({ GOPROXY: `${P}/s404`, GOPRIVATE: 'other.example, example.invalid' });
        expect(bad.requests.some((u) => u.startsWith('/s404/example.invalid/hello/'))).toBe(true);
        expect(ids(bad.report)).toContain('pattern-whitespace');
        const good = await fetchVia({ GOPROXY: `${P}/s404`, GOPRIVATE: 'other.example,example.invalid' });
        expect(good.requests).toEqual([]);
        expect(ids(good.report)).not.toContain('pattern-whitespace');
      });

      it('a pattern with https:// matches nothing', async () => {
        const bad = await fetchVia({ GOPROXY: `${P}/s404`, GOPRIVATE: 'https://example.invalid' });
        expect(bad.requests.length).toBeGreaterThan(0);
        expect(ids(bad.report)).toContain('pattern-scheme');
      });

      it('corp/* does not cover the module corp itself; corp does', async () => {
        const bad = await fetchVia({ GOPROXY: `${P}/s404`, GOPRIVATE: 'example.invalid/*' }, 'example.invalid@v1.0.0');
        expect(bad.requests.some((u) => u.startsWith('/s404/example.invalid/@v/'))).toBe(true);
        expect(ids(bad.report)).toContain('pattern-slash-star');
        const good = await fetchVia({ GOPROXY: `${P}/s404`, GOPRIVATE: 'example.invalid' }, 'example.invalid@v1.0.0');
        expect(good.requests).toEqual([]);
      });

      it('a trailing slash is trimmed by Go 1.18+ (info only)', async (ctx) => {
        if (minor < 18) ctx.skip();
        const r = await fetchVia({ GOPROXY: `${P}/s404`, GOPRIVATE: 'example.invalid/' });
        expect(r.requests).toEqual([]);
        expect(r.report.findings.find((f) => f.id === 'pattern-trailing-slash')?.severity).toBe('info');
      });

      it('GONOPROXY replaces GOPRIVATE: a private module it misses is sent to the proxy', async () => {
        const bad = await fetchVia({ GOPROXY: `${P}/s404`, GOPRIVATE: 'example.invalid', GONOPROXY: 'other.example' });
        expect(bad.requests.some((u) => u.startsWith('/s404/example.invalid/hello/'))).toBe(true);
        expect(ids(bad.report)).toContain('gonoproxy-not-covering-goprivate');
      });

      it('GOPROXY=off still fetches GOPRIVATE modules directly', async () => {
        const priv = await fetchVia({ GOPROXY: 'off', GOPRIVATE: 'example.invalid' });
        expect(priv.r.stderr).toContain('example.invalid/hello?go-get=1');
        expect(priv.r.stderr).not.toContain('module lookup disabled by GOPROXY=off');
        expect(findingText(priv.report, 'goproxy-ends-at-off')).toContain('not affected');
        const pub = await fetchVia({ GOPROXY: 'off' });
        expect(pub.r.stderr).toContain('module lookup disabled by GOPROXY=off');
        expect(findingText(pub.report, 'goproxy-ends-at-off')).toContain('module lookup disabled by GOPROXY=off');
      });

      it('after a comma a 500 stops the list; after | the next proxy is tried', async () => {
        const comma = await fetchVia({ GOPROXY: `${P}/s500,${P}/s404` });
        expect(comma.requests.some((u) => u.startsWith('/s500/'))).toBe(true);
        expect(comma.requests.some((u) => u.startsWith('/s404/'))).toBe(false);
        expect(ids(comma.report)).toContain('goproxy-comma-no-failover');
        const pipe = await fetchVia({ GOPROXY: `${P}/s500|${P}/s404` });
        expect(pipe.requests.some((u) => u.startsWith('/s404/'))).toBe(true);
        expect(ids(pipe.report)).not.toContain('goproxy-comma-no-failover');
      });

      // ---------- HTTP proxy variables ----------

      async function viaForward(env: Record<string, string>, module = 'example.invalid/hello@v1.0.0') {
        const box = sandbox(go);
        const a = fwdA.log.length;
        const b = fwdB.log.length;
        await box.run(['list', '-m', module], { GOFLAGS: null, GOSUMDB: 'off', ...env });
        const goEnvKeys = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('GO')));
        const osEnv = Object.entries(env)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n');
        const report = lint({ goEnv: await captureEnv(box, goEnvKeys), osEnv });
        return { a: fwdA.log.slice(a), b: fwdB.log.slice(b), report };
      }

      it('https:// requests use HTTPS_PROXY only; HTTP_PROXY and ALL_PROXY are not used for them', async () => {
        const https = await viaForward({ GOPROXY: 'https://proxy.example.invalid', HTTPS_PROXY: A });
        expect(https.a).toContain('CONNECT proxy.example.invalid:443');
        expect(ids(https.report)).not.toContain('https-proxy-missing');
        const httpOnly = await viaForward({ GOPROXY: 'https://proxy.example.invalid', HTTP_PROXY: A });
        expect(httpOnly.a).toEqual([]);
        expect(ids(httpOnly.report)).toContain('https-proxy-missing');
        const all = await viaForward({ GOPROXY: 'https://proxy.example.invalid', ALL_PROXY: A });
        expect(all.a).toEqual([]);
        expect(ids(all.report)).toContain('all-proxy-ignored');
      });

      it('HTTPS_PROXY wins over https_proxy', async () => {
        const r = await viaForward({ GOPROXY: 'https://proxy.example.invalid', HTTPS_PROXY: A, https_proxy: B });
        expect(r.a).toContain('CONNECT proxy.example.invalid:443');
        expect(r.b).toEqual([]);
        expect(findingText(r.report, 'proxy-case-conflict')).toContain(`uses HTTPS_PROXY (${A})`);
      });

      it('without NO_PROXY, direct fetches of private modules go through the corporate proxy', async () => {
        const bad = await viaForward(
          { GOPROXY: `${P}/s404,direct`, GOPRIVATE: 'git.corp.invalid', HTTPS_PROXY: A },
          'git.corp.invalid/lib@v1.0.0',
        );
        expect(bad.a).toContain('CONNECT git.corp.invalid:443');
        expect(ids(bad.report)).toContain('no-proxy-missing-private');
        const good = await viaForward(
          { GOPROXY: `${P}/s404,direct`, GOPRIVATE: 'git.corp.invalid', HTTPS_PROXY: A, NO_PROXY: 'corp.invalid' },
          'git.corp.invalid/lib@v1.0.0',
        );
        expect(good.a).toEqual([]);
        expect(ids(good.report)).not.toContain('no-proxy-missing-private');
      });

      // ---------- where values come from ----------

      it('a non-empty OS variable beats go env -w; an empty one does not', async () => {
        const box = sandbox(go);
        const w = await box.run(['env', '-w', `GOPROXY=${P}/s404/file`]);
        expect(w.code).toBe(0);
        const fileText = `GOPROXY=${P}/s404/file\n`;
        const before = proxyLog.length;
        const warn = await box.run(['env', '-w', `GOPROXY=${P}/s404/file`], { GOPROXY: `${P}/s404/os` });
        expect(warn.stderr).toContain('warning: go env -w GOPROXY=... does not override conflicting OS environment variable');
        await box.run(['list', '-m', 'example.invalid/hello@v1.0.0'], { GOFLAGS: null, GOSUMDB: 'off', GOPROXY: `${P}/s404/os` });
        expect(proxyLog.slice(before).every((u) => u.startsWith('/s404/os/'))).toBe(true);
        const pasted = await captureEnv(box, { GOPROXY: `${P}/s404/os` });
        expect(findingText(lint({ goEnv: pasted, goEnvFile: fileText }), 'os-env-overrides-go-env-w')).toContain(
          'does not override conflicting OS environment variable',
        );
        const withListing = lint({ goEnv: pasted, goEnvFile: fileText, osEnv: `GOPROXY=${P}/s404/os\n` });
        expect(ids(withListing)).toContain('os-env-overrides-go-env-w');

        const before2 = proxyLog.length;
        await box.run(['list', '-m', 'example.invalid/hello@v1.0.0'], { GOFLAGS: null, GOSUMDB: 'off', GOPROXY: '' });
        const used = proxyLog.slice(before2);
        expect(used.length).toBeGreaterThan(0);
        expect(used.every((u) => u.startsWith('/s404/file/'))).toBe(true);
        const empty = lint({ goEnv: await captureEnv(box, { GOPROXY: '' }), osEnv: 'GOPROXY=\n' });
        expect(findingText(empty, 'os-env-empty-ignored')).toContain(`'${P}/s404/file'`);
      });

      // ---------- GOFLAGS names ----------

      it('every flag the linter knows is accepted in GOFLAGS, and the typos it rejects are rejected', async () => {
        const box = sandbox(go);
        const names = [...GOFLAGS_KNOWN_119, ...(minor >= 23 ? GOFLAGS_KNOWN_123 : [])];
        const rejected: string[] = [];
        for (const name of names) {
          const r = await box.run(['version'], { GOFLAGS: `-${name}` });
          if (r.stderr.includes('unknown flag')) rejected.push(name);
        }
        expect(rejected).toEqual([]);
        for (const typo of ['modcacherwx', 'insecur', 'trimpth', 'test.foo']) {
          expect(isKnownGoFlag(typo)).toBe(false);
          const r = await box.run(['version'], { GOFLAGS: `-${typo}` });
          expect(r.stderr).toContain(`unknown flag -${typo}`);
        }
      });

      // ---------- the suggested commands work in real shells ----------

      const shells = ['bash', 'zsh', 'fish']
        .map((s) => [s, findTool(s)] as const)
        .filter((s): s is readonly [string, string] => s[1] !== null);

      const fixable: { name: string; settings: string[]; id: string }[] = [
        { name: 'direct first', settings: ['GOPROXY=direct,https://goproxy.cn'], id: 'goproxy-entries-ignored' },
        {
          name: 'commas between proxies',
          settings: ['GOPROXY=https://goproxy.cn,https://mirrors.aliyun.com/goproxy/,direct'],
          id: 'goproxy-comma-no-failover',
        },
        { name: 'space after comma', settings: ['GOPRIVATE=a.example, *.corp.example.com'], id: 'pattern-whitespace' },
        { name: 'scheme', settings: ['GOPRIVATE=https://git.corp.example.com'], id: 'pattern-scheme' },
        { name: 'host/*', settings: ['GOPRIVATE=corp.example.com/*'], id: 'pattern-slash-star' },
        { name: 'GO111MODULE=off', settings: ['GO111MODULE=off'], id: 'go111module-off' },
        { name: '-insecure', settings: ['GOFLAGS=-insecure -mod=mod'], id: 'goflags-insecure' },
        {
          name: 'GONOPROXY gap',
          settings: ['GOPRIVATE=*.corp.example.com,other.example', 'GONOPROXY=other.example'],
          id: 'gonoproxy-not-covering-goprivate',
        },
      ];

      for (const [shell, shellPath] of shells) {
        it(`the go env -w / -u commands of the findings fix them when run in ${shell}`, async () => {
          for (const c of fixable) {
            const box = sandbox(go);
            const w = await box.run(['env', '-w', ...c.settings], { GOFLAGS: null });
            expect(w.code, w.stderr).toBe(0);
            const first = lint({ goEnv: await captureEnv(box) });
            const finding = first.findings.find((f) => f.id === c.id);
            expect(finding?.commands?.length, `${c.name}: ${ids(first).join(', ')}`).toBeGreaterThan(0);
            const script = (finding?.commands ?? []).slice(0, 1).join('\n');
            const env: Record<string, string> = { ...box.base };
            delete env.GOFLAGS;
            const ran = await exec(shellPath, ['-c', script], env, box.home);
            expect(ran.code, `${shell}: ${script}\n${ran.stderr}`).toBe(0);
            const after = lint({ goEnv: await captureEnv(box) });
            expect(ids(after), `${shell}: ${script}`).not.toContain(c.id);
          }
        });
      }
    });
  }
});
