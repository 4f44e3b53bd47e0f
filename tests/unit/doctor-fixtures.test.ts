// Every stored fixture (captured from real go, quoted from Go's source, or a real capture wrapped
// the way readers paste it) is diagnosed with its label as the top cause, with evidence, complete
// text in both languages and a listed guide section — and without leaking secrets.
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, diagnose, GENERATOR_PRESETS, GUIDE_ANCHORS } from '../../src/lib/doctor/index.ts';
import { normalize } from '../../src/lib/doctor/normalize.ts';
import { buildDerived, DERIVED, loadDoctorFixtures } from '../../src/tools/doctor-fixtures.ts';
import { SCENARIOS } from '../integration/doctor-scenarios.ts';

const fixtures = loadDoctorFixtures();
const kind = (source: string) => source.split(' ')[0]?.replace(/-1\.\d+$/, '');

describe('the fixture set', () => {
  it('has at least 60 fixtures captured from real go, plus quoted and derived ones', () => {
    const count = (k: string) => fixtures.filter((f) => kind(f.label.source) === k).length;
    expect(count('real-go')).toBeGreaterThanOrEqual(60);
    expect(count('go-source')).toBeGreaterThan(0);
    expect(count('derived-from')).toBeGreaterThan(0);
  });

  it('covers every cause except other with a real capture', () => {
    const real = new Set(fixtures.filter((f) => kind(f.label.source) === 'real-go').map((f) => f.label.cause));
    expect(CAUSE_IDS.filter((c) => c !== 'other' && !real.has(c))).toEqual([]);
  });

  it('keeps each real capture tied to a live scenario with the same cause (so CI can re-capture it)', () => {
    const byName = new Map(SCENARIOS.map((s) => [s.name, s]));
    for (const f of fixtures.filter((x) => kind(x.label.source) === 'real-go')) {
      const m = /^(.+)-go1\.(\d+)$/.exec(f.name);
      expect(m, f.name).not.toBeNull();
      const sc = byName.get(m?.[1] ?? '');
      expect(sc?.cause, f.name).toBe(f.label.cause);
      expect(f.label.source).toBe(`real-go-1.${m?.[2]}`);
    }
  });

  it.each(DERIVED.map((d) => [d.name, d] as const))('derived fixture %s equals its recipe applied to the real capture', (name, d) => {
    const stored = fixtures.find((f) => f.name === name);
    expect(stored, `run: node src/tools/doctor-fixtures.ts --write-derived`).toBeDefined();
    expect(stored).toEqual(buildDerived(d));
  });

  it.each(DERIVED.map((d) => [d.name, d] as const))('derived fixture %s still carries every line of its source after cleaning', (_, d) => {
    const derived = buildDerived(d);
    const source = fixtures.find((f) => f.name === d.from)?.text ?? '';
    const cleaned = new Set(normalize(derived.text).lines.map((l) => l.text));
    const missing = source
      .split('\n')
      .filter((l) => l.trim() !== '')
      .filter((l) => !cleaned.has(l));
    expect(missing).toEqual([]);
  });
});

const SECRETS = ['S3cretPass', 's3cr3tpass', 'glpat-Xy7kQ2mN9pR4sT6vW8zA', 'npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'];
const PLACEHOLDER = /\{[a-zA-Z]+\}/;

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_, f) => {
  const r = diagnose(f.text, 'en');

  it(`is diagnosed as ${f.label.cause}${f.label.top3 ? ` (with ${f.label.top3.join(', ')} in the top 3)` : ''}`, () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const causes = r.diagnoses.map((d) => d.cause);
    expect(r.matched).toBe(true);
    expect(causes[0], `ranked: ${causes.join(', ')}`).toBe(f.label.cause);
    for (const c of f.label.top3 ?? []) expect(causes.slice(0, 3)).toContain(c);
  });

  it('shows evidence lines of the paste, complete advice and valid links', () => {
    if (!r.ok) throw new Error(r.error.code);
    const pasted = f.text.split('\n');
    for (const d of r.diagnoses) {
      expect(d.evidence.length, d.cause).toBeGreaterThan(0);
      for (const e of d.evidence) {
        expect(e.line).toBeGreaterThanOrEqual(1);
        // The evidence is that line, cleaned: its words appear in the raw line.
        const raw = pasted[e.line - 1] ?? '';
        const word =
          e.text
            .trim()
            .split(/\s+/)
            .find((w) => w.length > 3 && !w.includes('*')) ?? '';
        expect(raw, `line ${e.line}`).toContain(word);
      }
      for (const text of [d.title, d.explanation, ...d.fix]) {
        for (const lang of ['en', 'zh-CN'] as const) {
          expect(text[lang].trim(), d.cause).not.toBe('');
          expect(text[lang], d.cause).not.toMatch(PLACEHOLDER);
        }
      }
      for (const s of d.fix) if (s.code) expect(s.code).not.toMatch(PLACEHOLDER);
      expect(Object.keys(GUIDE_ANCHORS[d.guide.slug])).toContain(d.guide.anchor);
      if (d.generator.preset) expect(GENERATOR_PRESETS).toContain(d.generator.preset);
    }
  });

  it('never returns a secret that was in the paste', () => {
    const json = JSON.stringify(r);
    for (const s of SECRETS) expect(json).not.toContain(s);
  });
});

describe('secrets in the captures', () => {
  it('are really there, so the masking test above can fail', () => {
    const all = fixtures.map((f) => f.text).join('\n');
    for (const s of SECRETS.filter((x) => x !== 's3cr3tpass')) expect(all).toContain(s);
  });
});
