// Properties of the doctor on generated input: it never throws and always returns plain JSON,
// never echoes a password embedded in the paste, keeps its answer when a real capture is wrapped
// or surrounded by noise, and reports evidence at the right line of the paste.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiagnoseResult, diagnose } from '../../src/lib/doctor/index.ts';
import { maskSecrets } from '../../src/lib/doctor/mask.ts';
import { loadDoctorFixtures, WRAPPERS, type WrapperId } from '../../src/tools/doctor-fixtures.ts';

const real = loadDoctorFixtures().filter((f) => f.label.source.startsWith('real-go'));
const wrappers = Object.keys(WRAPPERS) as WrapperId[];
const topCause = (r: DiagnoseResult) => (r.ok ? r.diagnoses[0]?.cause : undefined);

// Text made of the pieces go output is made of, so rules get a chance to fire on odd mixes.
const pieces = fc.constantFrom(
  'go: ',
  'example.com/x@v1.0.0: ',
  'reading https://proxy.golang.org/x/@v/list: ',
  '404 Not Found',
  '\tserver response: ',
  'terminal prompts disabled',
  'dial tcp 1.2.3.4:443: i/o timeout',
  'lookup x on 10.0.0.2:53: ',
  'x509: certificate is valid for a, not b',
  'verifying module: ',
  'checksum mismatch',
  '\n',
  '\r\n',
  '\x1b[31m',
  '#7 1.234 ',
  ' ',
);

describe('diagnose on generated input', () => {
  it('never throws and returns serialisable results with at least one diagnosis', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')),
        ),
        fc.constantFrom('en', 'zh-CN' as const),
        (text, lang) => {
          const r = diagnose(text, lang);
          expect(JSON.parse(JSON.stringify(r))).toEqual(r);
          if (r.ok) {
            expect(r.diagnoses.length).toBeGreaterThan(0);
            for (const d of r.diagnoses) for (const e of d.evidence) expect(e.line).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never returns a password written into a URL, a netrc line or an npm token', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{8,24}$/).filter((s) => /\d/.test(s) && /[A-Za-z]/.test(s));
    fc.assert(
      fc.property(secret, fc.constantFrom(...real), fc.integer({ min: 0, max: 2 }), (pw, f, where) => {
        const leak = [
          `go: example.com/hello@v1.0.0: parse "https://bot:${pw}@goproxy.corp.example:x": invalid port ":x" after host`,
          `machine git.corp.example login bot password ${pw}`,
          `//npm.corp.example/:_authToken=${pw}`,
        ][where];
        const r = diagnose(`${leak}\n${f.text}`, 'en');
        expect(JSON.stringify(r)).not.toContain(pw);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the top cause of a real capture when it is wrapped like a paste from docker, CI or Windows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...real), fc.constantFrom(...wrappers), (f, w) => {
        expect(topCause(diagnose(WRAPPERS[w](f.text), 'en')), `${f.name} in ${w}`).toBe(f.label.cause);
      }),
      { numRuns: 150 },
    );
  });

  it('points evidence at the right line when progress lines come first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...real), fc.nat({ max: 300 }), (f, n) => {
        const noise = Array.from({ length: n }, (_, i) => `go: downloading example.com/m${i} v1.0.${i}`).join('\n');
        const text = n ? `${noise}\n${f.text}` : f.text;
        const r = diagnose(text, 'en');
        if (!r.ok) throw new Error(r.error.code);
        const lines = text.split('\n');
        for (const e of r.diagnoses[0]?.evidence ?? []) expect(maskSecrets(lines[e.line - 1]?.trimEnd() ?? '')).toBe(e.text);
      }),
      { numRuns: 150 },
    );
  });
});
