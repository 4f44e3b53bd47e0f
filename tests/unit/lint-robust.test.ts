import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintGoEnv } from '../../src/lib/lint/lint.ts';

const VARS = [
  'GOPROXY',
  'GOPRIVATE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOSUMDB',
  'GOINSECURE',
  'GOFLAGS',
  'GOTOOLCHAIN',
  'GOAUTH',
  'GOVCS',
  'GO111MODULE',
];
const piece = fc.constantFrom(
  'direct',
  'off',
  ',',
  '|',
  ' ',
  '/',
  '*',
  'https://',
  'http://',
  'u:p@',
  'corp.example.com',
  '-mod=',
  ';',
  ':',
  '[',
  'go1.2',
  "'",
  '"',
);

describe('the linter on arbitrary input', () => {
  it('never throws: it returns a report or an input error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.option(fc.string({ maxLength: 200 })), (text, gomod) => {
        const r = lintGoEnv({ goEnv: text, ...(gomod === null ? {} : { goMod: gomod }) });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on odd values of the settings it checks, for any Go version', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...VARS),
          fc.array(piece, { maxLength: 6 }).map((a) => a.join('')),
        ),
        fc.constantFrom('go1.13.15', 'go1.14.15', 'go1.17.13', 'go1.19.8', 'go1.21.0', 'go1.23.5', 'go1.24.2', 'devel go1.27-abc'),
        (vars, version) => {
          const text = Object.entries({ ...vars, GOVERSION: version })
            .map(([k, v]) => `${k}='${v.replaceAll("'", `'\\''`)}'`)
            .join('\n');
          const r = lintGoEnv({ goEnv: text, goMod: 'go 1.22\n', osEnv: 'HTTPS_PROXY=http://p:3128\n' });
          expect(r.ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not echo passwords from any URL it was given', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{6,12}$/), (password) => {
        const r = lintGoEnv({
          goEnv: `GOPROXY='http://user:${password}@proxy.corp.example,direct'\nGOVERSION='go1.23.5'`,
          osEnv: `HTTPS_PROXY=http://user:${password}@proxy.corp.example:3128\n`,
        });
        expect(JSON.stringify(r)).not.toContain(`:${password}@`);
      }),
      { numRuns: 100 },
    );
  });

  it('checks a 1 MB paste quickly', () => {
    const line = "GOPRIVATE='git.corp.example.com, corp.example.com/*'\n";
    const text = `GOVERSION='go1.23.5'\n${line.repeat(Math.floor(990_000 / line.length))}`;
    const start = performance.now();
    const r = lintGoEnv({ goEnv: text });
    expect(r.ok).toBe(true);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
