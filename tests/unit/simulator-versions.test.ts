// Behaviour that depends on the Go release (FACTS.md §1.1–1.3, §1.5, §3, catalogue rows 23/24),
// and the list of such differences the UI shows.
import { describe, expect, it } from 'vitest';
import type { Outcome, SimulateInput } from '../../src/lib/simulator/model.ts';
import { simulate } from '../../src/lib/simulator/simulate.ts';
import { validateSimulateInput } from '../../src/lib/simulator/validate.ts';
import { VERSION_DIFFERENCES } from '../../src/lib/simulator/versions.ts';

const at = (go: string, goproxy: string, outcomes: Outcome[], extra: Partial<SimulateInput> = {}) =>
  simulate({ goproxy, outcomes, gosumdb: 'off', go, ...extra });

describe('Go 1.13–1.14 versus 1.15+', () => {
  it('`|` is a separator only from 1.15; before, it stays in the URL and url.Parse rejects it', () => {
    expect(at('1.15', 'https://proxy.golang.org|direct', ['500', 'ok']).result).toBe('success');
    const old = at('1.14', 'https://proxy.golang.org|direct', []);
    expect(old.result).toBe('failure');
    expect(old.error).toContain('parse "https://proxy.golang.org|direct": invalid character "|" in host name');
    expect(validateSimulateInput({ goproxy: 'https://a.example|direct', outcomes: ['500', 'ok'], go: '1.14' }).ok).toBe(false);
  });
  it('an empty list behaves as off before 1.15 and is an error from 1.15', () => {
    expect(at('1.14', ',', []).error).toMatch(/module lookup disabled by GOPROXY=off$/);
    expect(at('1.15', ',', []).error).toMatch(/GOPROXY list is not the empty string, but contains no entries$/);
    expect(validateSimulateInput({ goproxy: ',', outcomes: [], go: '1.14' }).ok).toBe(true);
  });
  it('1.13–1.14 print the last error, 1.15+ the most useful one', () => {
    const input = { goprivate: 'example.com', vcs: 'unknown-revision' as const };
    expect(at('1.14', 'https://goproxy.cn', ['200'], input).error).toMatch(/disabled by GOPRIVATE\/GONOPROXY$/);
    expect(at('1.15', 'https://goproxy.cn', ['200'], input).error).toMatch(/unknown revision v1\.0\.0$/);
  });
});

describe('later releases', () => {
  it('x509 wording changes in 1.20', () => {
    expect(at('1.19', 'https://goproxy.cn', ['tls']).error).toMatch(/: x509: certificate signed by unknown authority$/);
    expect(at('1.20', 'https://goproxy.cn', ['tls']).error).toMatch(
      /: tls: failed to verify certificate: x509: certificate signed by unknown authority$/,
    );
  });
  it('flags git wording that is verified only up to 1.23', () => {
    expect(at('1.23', 'direct', ['auth']).notes).toEqual([]);
    expect(
      at('1.26', 'direct', ['auth'])
        .notes.map((n) => n.en)
        .join(),
    ).toContain('--end-of-options');
  });
  it('a trailing slash in GOPRIVATE matches only from 1.18', () => {
    expect(at('1.17', 'https://goproxy.cn', ['200'], { goprivate: 'example.com/' }).contacted).toEqual(['https://goproxy.cn']);
    expect(at('1.18', 'https://goproxy.cn', ['200'], { goprivate: 'example.com/' }).contacted).toEqual(['noproxy']);
  });
});

describe('VERSION_DIFFERENCES', () => {
  it.each(VERSION_DIFFERENCES.map((d) => [d.id, d] as const))(
    '%s: cites sources, explains in both languages, and its example differs',
    (_id, d) => {
      expect(d.sources.length).toBeGreaterThan(0);
      expect(d.text.en.length).toBeGreaterThan(40);
      expect(d.text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      const pick = (go: string) => {
        const t = simulate({ ...d.example, go });
        return JSON.stringify([t.result, t.error, t.contacted, t.steps.map((s) => s.text.en), t.notes]);
      };
      expect(pick(d.before)).not.toBe(pick(d.since));
    },
  );
});
