// The simulator's rules, checked against the behaviour recorded in /work/shared/FACTS.md (go 1.19
// lab runs and cmd/go source). The end-to-end proof against the real go command is
// tests/integration/simulator-matrix.test.ts.
import { describe, expect, it } from 'vitest';
import type { Outcome, SimulateInput, Trace } from '../../src/lib/simulator/model.ts';
import { traceToMermaid } from '../../src/lib/simulator/mermaid.ts';
import { PRESETS } from '../../src/lib/simulator/presets.ts';
import { simulate } from '../../src/lib/simulator/simulate.ts';
import { validateSimulateInput } from '../../src/lib/simulator/validate.ts';

const P = 'http://127.0.0.1:18081';
const run = (goproxy: string, outcomes: Outcome[], extra: Partial<SimulateInput> = {}): Trace =>
  simulate({ goproxy, outcomes, gosumdb: 'off', go: '1.19', ...extra });

describe('fall-through between entries (FACTS §1.2)', () => {
  it('after `,` only 404 and 410 go on to the next entry', () => {
    for (const o of ['404', '410'] as const) {
      const t = run(`${P}/a,${P}/b`, [o, '200']);
      expect(t.result).toBe('success');
      expect(t.contacted).toEqual([`${P}/a`, `${P}/b`]);
    }
    for (const o of ['403', '500', 'refused', 'timeout', 'tls'] as const) {
      const t = run(`${P}/a,${P}/b`, [o, '200']);
      expect(t.result, o).toBe('failure');
      expect(t.contacted, o).toEqual([`${P}/a`]);
      expect(t.steps.at(-1)?.decision, o).toBe('stop');
    }
  });
  it('after `|` any error goes on to the next entry', () => {
    for (const o of ['403', '500', 'refused', 'timeout', 'tls'] as const) {
      const t = run(`${P}/a|${P}/b`, [o, '200']);
      expect(t.result, o).toBe('success');
      expect(t.contacted, o).toEqual([`${P}/a`, `${P}/b`]);
    }
  });
  it('the default list does not fall back to direct when the proxy is down (RN 1.15)', () => {
    const t = simulate({ goproxy: '', outcomes: ['timeout', 'ok'], gosumdb: 'off' });
    expect(t.result).toBe('failure');
    expect(t.tried).toEqual(['https://proxy.golang.org']);
    expect(t.notes.length).toBeGreaterThan(0); // the default was applied
  });
  it('words errors the way the go command prints them (FACTS appendix A)', () => {
    const m = 'example.com/hello@v1.0.0';
    expect(run(`${P}/s500,${P}/ok`, ['500', '200']).error).toBe(
      `go: ${m}: reading ${P}/s500/example.com/hello/@v/v1.0.0.info: 500 Internal Server Error`,
    );
    expect(run(`${P}/s403,${P}/ok`, ['403', '200']).error).toMatch(/: 403 Forbidden$/);
    expect(run(`http://127.0.0.1:1,${P}/ok`, ['refused', '200']).error).toBe(
      `go: ${m}: Get "http://127.0.0.1:1/example.com/hello/@v/v1.0.0.info": dial tcp 127.0.0.1:1: connect: connection refused`,
    );
    expect(run('https://127.0.0.1:18443/ok', ['tls']).error).toBe(
      `go: ${m}: Get "https://127.0.0.1:18443/ok/example.com/hello/@v/v1.0.0.info": x509: certificate signed by unknown authority`,
    );
  });
  it('a host name is shown as a placeholder where go prints the resolved IP', () => {
    expect(run('https://goproxy.cn', ['refused']).error).toContain('dial tcp <IP of goproxy.cn>:443: connect: connection refused');
  });
});

describe('which error is printed (FACTS §1.3)', () => {
  it('a proxy error beats a later "not found"', () => {
    const t = run(`${P}/a|${P}/b`, ['500', '404']);
    expect(t.error).toContain(`${P}/a/`);
    expect(t.errorStep).toBe('m0');
  });
  it('a later proxy error replaces an earlier one', () => {
    expect(run(`${P}/a|${P}/b`, ['500', '403']).error).toContain(`${P}/b/`);
  });
  it('among "not found" errors the last one wins: 404 then off prints the off error', () => {
    expect(run(`${P}/s404,off`, ['404']).error).toBe('go: example.com/hello@v1.0.0: module lookup disabled by GOPROXY=off');
  });
  it('direct errors beat everything', () => {
    const t = run(`${P}/a|direct`, ['500', 'unknown-revision']);
    expect(t.error).toBe('go: example.com/hello@v1.0.0: invalid version: unknown revision v1.0.0');
  });
});

describe('direct, off and the entries after them (FACTS §1.1, §1.4)', () => {
  it('nothing after direct or off is read', () => {
    const t = run('direct,https://goproxy.cn', ['unknown-revision']);
    expect(t.tried).toEqual(['direct']);
    expect(t.notes.some((n) => n.en.includes('https://goproxy.cn'))).toBe(true);
    expect(run('off|https://goproxy.cn', []).tried).toEqual(['off']);
  });
  it('auth failures carry git’s message and the go command’s help lines', () => {
    const e = run('direct', ['auth'], { module: 'github.com/corp/private' }).error;
    expect(e).toContain("fatal: could not read Username for 'https://github.com': terminal prompts disabled");
    expect(e).toContain('Confirm the import path was entered correctly.');
  });
  it('no-git never contacts anything', () => {
    const t = run('direct', ['no-git']);
    expect(t.contacted).toEqual([]);
    expect(t.tried).toEqual(['direct']);
    expect(t.error).toContain('exec: "git": executable file not found in $PATH');
  });
});

describe('GOPRIVATE / GONOPROXY (FACTS §1.4, §3)', () => {
  it('a matching module is fetched directly and never sent to a proxy', () => {
    const t = run('https://goproxy.cn,direct', ['200', 'ok'], { goprivate: 'example.com' });
    expect(t.steps[0]?.kind).toBe('noproxy');
    expect(t.contacted).toEqual(['noproxy']);
    expect(t.result).toBe('success');
  });
  it('GOPROXY=off does not block a GOPRIVATE module', () => {
    expect(run('off', [], { goprivate: 'example.com' }).result).toBe('success');
    expect(run('off', []).result).toBe('failure');
  });
  it('a failing private fetch goes nowhere near the proxies', () => {
    const t = run('https://goproxy.cn,direct', ['200', 'auth'], { goprivate: 'example.com' });
    expect(t.contacted).not.toContain('https://goproxy.cn');
    expect(t.result).toBe('failure');
  });
  it('GONOPROXY replaces GOPRIVATE for the proxy decision', () => {
    const t = run('https://goproxy.cn', ['200'], { goprivate: 'example.com', gonoproxy: 'none' });
    expect(t.contacted).toEqual(['https://goproxy.cn']);
  });
  it('a set but non-matching GONOPROXY adds an implicit entry that passes', () => {
    const t = run('https://goproxy.cn', ['200'], { gonoproxy: 'corp.example' });
    expect(t.steps.map((s) => [s.entry, s.reason])).toEqual([
      ['noproxy', 'noproxy-skip'],
      ['https://goproxy.cn', 'served'],
    ]);
  });
  it('no implicit entry when GOPROXY is exactly direct', () => {
    expect(run('direct', ['ok'], { goprivate: 'example.com' }).tried).toEqual(['direct']);
  });
  it('patterns with a leading space or a scheme match nothing', () => {
    expect(run('https://goproxy.cn', ['200'], { goprivate: 'other.com, example.com' }).contacted).toEqual(['https://goproxy.cn']);
    expect(run('https://goproxy.cn', ['200'], { goprivate: 'https://example.com' }).contacted).toEqual(['https://goproxy.cn']);
  });
});

describe('request URLs (FACTS §1.7, §2)', () => {
  it('keeps a proxy path and drops one trailing slash', () => {
    expect(run(`${P}/ok/,direct`, ['200', 'ok']).steps[0]?.request).toBe(`${P}/ok/example.com/hello/@v/v1.0.0.info`);
  });
  it('case-encodes module path and version', () => {
    const t = run(P, ['200'], { module: 'example.com/GitHubUser/Repo', version: 'v1.2.3-RC1' });
    expect(t.steps[0]?.request).toBe(`${P}/example.com/%21git%21hub%21user/%21repo/@v/v1.2.3-%21r%21c1.info`);
  });
  it('refuses credentials over http:// without sending a request', () => {
    const t = run('http://user:secret@127.0.0.1:18081/ok,direct', ['200', 'ok']);
    expect(t.contacted).toEqual([]);
    expect(t.result).toBe('failure');
    expect(t.error).toContain('refusing to pass credentials to insecure URL: http://user:xxxxx@127.0.0.1:18081/ok/');
    expect(t.error).not.toContain('secret');
  });
});

describe('checksum database (FACTS §1.10, §4)', () => {
  const sum = (goproxy: string, outcomes: Outcome[], extra: Partial<SimulateInput> = {}) =>
    simulate({ goproxy, outcomes, go: '1.19', ...extra }).sumdb;
  it('GOSUMDB=off and GONOSUMDB skip it', () => {
    expect(sum('https://goproxy.cn', ['200'], { gosumdb: 'off' }).status).toBe('off');
    expect(sum('https://goproxy.cn', ['200'], { goprivate: 'example.com', gonoproxy: 'none' }).status).toBe('nosumdb');
  });
  it('a proxy answering 200 to /sumdb/<name>/supported carries all lookups', () => {
    const db = sum('https://goproxy.cn,direct', ['200', 'ok']);
    expect(db.status).toBe('proxied');
    expect(db.steps[0]?.request).toBe('https://goproxy.cn/sumdb/sum.golang.org/supported');
    expect(db.base).toBe('https://goproxy.cn/sumdb/sum.golang.org');
  });
  it('not found everywhere ⇒ direct connection to the database', () => {
    const db = sum('https://goproxy.cn,direct', ['200', 'ok'], { sumdbOutcomes: ['404'] });
    expect(db.status).toBe('direct');
    expect(db.base).toBe('https://sum.golang.org');
  });
  it('the `|` quirk: a 500 then a 404 makes the database unavailable, `,direct` rescues it', () => {
    const t = simulate({ goproxy: `${P}/s500|${P}/ok`, outcomes: ['500', '200'], sumdbOutcomes: ['500', '404'], go: '1.19' });
    expect(t.sumdb.status).toBe('failed');
    expect(t.result).toBe('failure');
    expect(t.error).toBe(
      `go: example.com/hello@v1.0.0: verifying go.mod: example.com/hello@v1.0.0/go.mod: reading ${P}/s500/sumdb/sum.golang.org/supported: 500 Internal Server Error`,
    );
    const rescued = sum(`${P}/s500|${P}/ok,direct`, ['500', '200', 'ok'], { sumdbOutcomes: ['500', '404'] });
    expect(rescued.status).toBe('direct');
  });
  it('sum.golang.google.cn has its own URL and skips the proxies', () => {
    const db = sum('https://goproxy.cn', ['200'], { gosumdb: 'sum.golang.google.cn' });
    expect(db.status).toBe('explicit-url');
    expect(db.name).toBe('sum.golang.org');
    expect(db.contacted).toEqual(['https://sum.golang.google.cn']);
  });
  it('a failed go.mod check is an error of the entry that served it: after `|` the next is asked', () => {
    const t = simulate({ goproxy: `${P}/a|${P}/b`, outcomes: ['200', '200'], sumdbLookup: '404', go: '1.19' });
    expect(t.result).toBe('failure');
    expect(t.steps.filter((s) => s.walk === 'gomod').map((s) => s.entry)).toEqual([`${P}/a`, `${P}/b`]);
    expect(t.contacted).toEqual([`${P}/a`, `${P}/b`]);
  });
  it('is not consulted when the download fails', () => {
    expect(sum('https://goproxy.cn', ['404']).status).toBe('not-reached');
  });
});

describe('trace shape for the island', () => {
  const t = run('https://a.example|https://b.example,direct', ['500', '404', 'ok']);
  it('has stable step ids and explanations in both languages', () => {
    expect(t.steps.map((s) => s.id)).toEqual(['m0', 'm1', 'm2']);
    for (const s of t.steps) {
      expect(s.text.en.length).toBeGreaterThan(20);
      expect(s.text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(t.summary['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });
  it('is deterministic', () => {
    expect(run('https://a.example|https://b.example,direct', ['500', '404', 'ok'])).toEqual(t);
  });
});

describe('validation', () => {
  it('needs exactly one fitting outcome per entry', () => {
    const few = validateSimulateInput({ goproxy: 'https://goproxy.cn,direct', outcomes: ['404'] });
    expect(few.ok).toBe(false);
    if (!few.ok) {
      expect(few.issues[0]?.path).toBe('outcomes');
      expect(few.issues[0]?.en).toContain('2');
      expect(few.issues[0]?.['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    const kind = validateSimulateInput({ goproxy: 'https://goproxy.cn,direct', outcomes: ['ok', '200'] });
    expect(kind.ok ? [] : kind.issues.map((i) => i.path)).toEqual(['outcomes.0', 'outcomes.1']);
    expect(validateSimulateInput({ goproxy: 'off', outcomes: [] }).ok).toBe(true);
    expect(validateSimulateInput({ goproxy: 'file:///srv/proxy', outcomes: ['timeout'] }).ok).toBe(false);
  });
  it('reports GOPROXY problems with the go command’s own text', () => {
    const r = validateSimulateInput({ goproxy: 'bogus', outcomes: [] });
    expect(r.ok ? '' : r.issues[0]?.en).toContain('invalid proxy URL missing scheme: bogus');
    const e = validateSimulateInput({ goproxy: ' , ', outcomes: [] });
    expect(e.ok ? '' : e.issues[0]?.en).toContain('GOPROXY list is not the empty string, but contains no entries');
  });
  it('rejects malformed module, version, Go release and GOSUMDB', () => {
    const r = validateSimulateInput({
      goproxy: 'direct',
      outcomes: ['ok'],
      module: 'foo/bar',
      version: '1.0',
      go: '1.12',
      gosumdb: 'a b c',
    });
    expect(r.ok ? [] : r.issues.map((i) => i.path).sort()).toEqual(['go', 'gosumdb', 'module', 'version']);
  });
});

describe('presets', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s is valid input', (_id, p) => {
    expect(validateSimulateInput(p.input)).toEqual({ ok: true, input: p.input });
  });
  it('the private presets differ where GONOPROXY says so', () => {
    const byId = Object.fromEntries(PRESETS.map((p) => [p.id, simulate(p.input)]));
    expect(byId.private?.contacted).toEqual(['noproxy']);
    expect(byId['private-proxied']?.contacted).toEqual(['https://goproxy.corp.example']);
  });
});

describe('Mermaid source', () => {
  it('draws every tried entry, the entries never asked, and the result', () => {
    const t = run('https://a.example,https://b.example,direct', ['500', '404', 'ok']);
    const src = traceToMermaid(t, 'en');
    expect(src.startsWith('flowchart TD')).toBe(true);
    expect(src).toContain('m0["https://a.example"]');
    expect(src).toMatch(/u0\["https:\/\/b\.example"\]:::skipped/);
    expect(src).toMatch(/u1\["direct"\]:::skipped/);
    expect(src).toMatch(/m0 -->\|"500 · ,"\| fail/);
    // Node text never contains a raw double quote, which would end the label early.
    for (const line of src.split('\n')) {
      const m = /\["(.*)"\]/.exec(line);
      if (m) expect(m[1]).not.toContain('"');
    }
  });
  it('follows the language', () => {
    const t = run('https://a.example', ['200']);
    expect(traceToMermaid(t, 'zh-CN')).toContain('下载自');
  });
});
