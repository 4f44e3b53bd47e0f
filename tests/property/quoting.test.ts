// Property tests for the POSIX (bash, zsh) and fish quoting modules: thousands of hostile values
// are assigned by generated commands, executed by the real shell in an empty environment, and
// the exported variables are read back byte for byte. Any command injection would create the
// canary file. Each shell process checks a whole batch of values.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as fish from '../../src/lib/quoting/fish.ts';
import * as posix from '../../src/lib/quoting/posix.ts';
import { type ShellWord, UnsafeValueError } from '../../src/lib/quoting/word.ts';
import { parseEnv0, runScript, tempDir } from '../integration/support/shell.ts';
import { requireTool } from '../support/tools.ts';

const BATCHES = 25;
const PER_BATCH = 420; // 25 × ≥400 ≥ 10,000 values per shell

const SPECIAL = [
  "'",
  '"',
  '$',
  '`',
  '\\',
  '!',
  '%',
  '^',
  ';',
  '&',
  '|',
  '\n',
  '\r',
  '\t',
  ' ',
  '*',
  '?',
  '~',
  '#',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '<',
  '>',
  '=',
  ',',
  '-',
  '@',
  ':',
  '\x01',
  '\x1b',
  '\x7f',
  'é',
  '中文',
  '😀',
  '\u2019',
  '\uF610',
  '\uFDD0',
  '\uFFFE',
];
const CANARY = 'canary';
const INJECTIONS = [
  `$(echo>${CANARY})`,
  `\`echo>${CANARY}\``,
  `';echo>${CANARY};'`,
  `";echo>${CANARY};"`,
  `\necho>${CANARY}\n`,
  `(echo>${CANARY})`,
  `\\';echo>${CANARY};#`,
  "'\\''",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion the quoting must neutralise
  '${IFS}',
  '$HOME',
  '!!',
  '%PATH%',
  '--',
  '-e',
  '-n',
  '=x',
  '~root',
];
const SECRETS = ['MODFIX_S0', 'MODFIX_S1'];

/** Values that broke earlier versions: zsh expands =cmd after ':' in assignments; adjacent '…''…' under RC_QUOTES. */
const REGRESSIONS = {
  words: [
    ['a:=x'],
    ['a:~/b'],
    ['=x'],
    ['~root'],
    [']', "'", 'b'],
    ['a', 'b'],
    [''],
    ["''"],
    ['-e'],
    ['-mod=mod'],
    ['\uF610'],
  ] as ShellWord[],
  secrets: ['x', "y'z"] as [string, string],
};

const text = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...SPECIAL), weight: 6 },
      { arbitrary: fc.constantFrom(...INJECTIONS), weight: 2 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 2 },
      { arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }), weight: 3 },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''))
  .filter((s) => !s.includes('\0'));

/** Mostly plain values; some concatenate references to secret variables. */
const word: fc.Arbitrary<ShellWord> = fc.oneof(
  { arbitrary: text.map((s) => [s]), weight: 5 },
  {
    arbitrary: fc.array(fc.oneof(text, fc.constantFrom(...SECRETS.map((env) => ({ env })))), { minLength: 1, maxLength: 4 }),
    weight: 1,
  },
);

const batch = fc.record({
  words: fc.array(word, { minLength: PER_BATCH, maxLength: PER_BATCH + 20 }),
  secrets: fc.tuple(text, text),
});

interface Variant {
  name: string;
  tool: string;
  args: string[];
  prelude: string;
  /** Extra environment: fish decodes its environment by locale, so it runs under C.UTF-8. */
  locale?: Record<string, string>;
  assign: (name: string, w: ShellWord) => string;
}

const bash = requireTool('bash', 'quoting property test');
const zsh = requireTool('zsh', 'quoting property test');
const fishBin = requireTool('fish', 'quoting property test');
const env = requireTool('env', 'reads the environment back');

const UTF8 = { LC_ALL: 'C.UTF-8' };
const variants: Variant[] = [];
if (bash) {
  const b = { tool: bash, args: ['--norc', '--noprofile'], prelude: '', assign: posix.exportVar };
  variants.push({ name: 'bash', ...b }, { name: 'bash (C.UTF-8)', ...b, locale: UTF8 });
}
if (zsh) {
  const z = { tool: zsh, args: ['-f'], prelude: '', assign: posix.exportVar };
  variants.push({ name: 'zsh', ...z }, { name: 'zsh (C.UTF-8)', ...z, locale: UTF8 });
  // RC_QUOTES makes '' inside single quotes a quote: the '\'' form must still be read correctly.
  variants.push({ name: 'zsh (rc_quotes)', ...z, prelude: 'setopt rc_quotes\n' });
}
if (fishBin) {
  variants.push({
    name: 'fish (C.UTF-8)',
    tool: fishBin,
    args: ['--no-config'],
    prelude: '',
    locale: UTF8,
    assign: (n, w) => fish.setVar(n, w, '-gx'),
  });
}

const work = tempDir('quoting');
afterAll(work.cleanup);

const expand = (w: ShellWord, secrets: readonly string[]) =>
  w.map((p) => (typeof p === 'string' ? p : (secrets[SECRETS.indexOf(p.env)] as string))).join('');

/** Assigns every word with the variant's commands, runs them, and returns what went wrong (or null). */
function check(v: Variant, words: readonly ShellWord[], secrets: readonly string[]): string | null {
  const lines: string[] = [];
  const expected = new Map<string, string>();
  words.forEach((w, i) => {
    const name = `MODFIX_V${i}`;
    lines.push(v.assign(name, w));
    expected.set(name, expand(w, secrets));
  });
  const r = runScript(v.tool, `${v.prelude}${lines.join('\n')}\n${env} -0\n`, {
    cwd: work.dir,
    args: v.args,
    env: { ...v.locale, HOME: work.dir, MODFIX_S0: secrets[0] as string, MODFIX_S1: secrets[1] as string },
  });
  if (existsSync(join(work.dir, CANARY))) return 'canary file created: a value was executed';
  if (r.status !== 0) return `exit ${r.status}: ${r.stderr.slice(0, 500)}`;
  const got = parseEnv0(r.stdout);
  for (const [name, value] of expected) {
    const actual = got.get(name);
    if (!actual?.equals(Buffer.from(value, 'utf8'))) {
      return `${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual?.toString('utf8'))}`;
    }
  }
  return null;
}

describe.skipIf(!env || variants.length === 0)('quoting round-trips through the real shell', () => {
  for (const v of variants) {
    it(`${v.name}: ≥10,000 hostile values come back byte for byte and nothing runs`, () => {
      let values = 0;
      fc.assert(
        fc.property(batch, ({ words, secrets }) => {
          values += words.length;
          const problem = check(v, words, secrets);
          if (problem) throw new Error(problem);
        }),
        { numRuns: BATCHES, endOnFailure: true, examples: [[REGRESSIONS]] },
      );
      expect(values).toBeGreaterThanOrEqual(10_000);
    });
  }

  it('the harness detects injection and mismatches (naive quoting fails)', () => {
    const v = variants[0] as Variant;
    const naive: Variant = { ...v, assign: (n, w) => `export ${n}="${w.join('')}"` };
    expect(check(naive, [[`$(echo>${CANARY})`]], ['', ''])).toMatch(/canary/);
    rmSync(join(work.dir, CANARY));
    expect(check(naive, [['a\\b$HOME']], ['', ''])).toMatch(/expected/);
  });
});

describe('values no shell can hold are refused', () => {
  it.each([
    ['posix', (s: string) => posix.exportVar('X', s)],
    ['fish', (s: string) => fish.setVar('X', s, '-gx')],
  ])('%s refuses NUL, lone surrogates and bad variable names', (_n, f) => {
    expect(() => f('a\0b')).toThrow(UnsafeValueError);
    expect(() => f('a\uD800')).toThrow(UnsafeValueError);
  });
  it('refuses invalid reference names', () => {
    expect(() => posix.quote(['a', { env: 'X; rm -rf /' }])).toThrow(UnsafeValueError);
    expect(() => fish.quote([{ env: '1X' }])).toThrow(UnsafeValueError);
  });
});
