// PowerShell and cmd have no interpreter on this machine, so their quoting is checked against
// decoders written from the documented rules (not from the code under test):
// - PowerShell: about_Quoting_Rules and the language specification §2.3.5.2 — a verbatim string
//   is delimited by single-quote characters (' U+2018 U+2019 U+201A U+201B); two in a row stand
//   for one.
// - cmd: `cmd /?` and `set /?` — '"' toggles quoting, % and ! expand variables, a line break ends
//   the command; programs split their command line with the Microsoft C runtime rules
//   (2n backslashes + '"' → n backslashes and a quote toggle; backslashes elsewhere are literal).
// Table tests pin the exact text; property tests decode thousands of generated values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cmd from '../../src/lib/quoting/cmd.ts';
import * as ps from '../../src/lib/quoting/powershell.ts';
import { UnsafeValueError } from '../../src/lib/quoting/word.ts';

const PS_QUOTES = "'\u2018\u2019\u201A\u201B";

/** Decodes a PowerShell expression made of verbatim strings and $env: references joined by +. */
function decodePs(expr: string, env: Record<string, string>): string {
  let i = 0;
  const inner = expr.startsWith('(') && expr.endsWith(')') ? expr.slice(1, -1) : expr;
  let out = '';
  const skipSpaces = () => {
    while (inner[i] === ' ') i++;
  };
  for (;;) {
    skipSpaces();
    const c = inner[i];
    if (c !== undefined && PS_QUOTES.includes(c)) {
      i++;
      for (;;) {
        const d = inner[i];
        if (d === undefined) throw new Error(`unterminated string in ${expr}`);
        if (PS_QUOTES.includes(d)) {
          const e = inner[i + 1];
          if (e !== undefined && PS_QUOTES.includes(e)) {
            out += e;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        out += d;
        i++;
      }
    } else {
      const m = /^\$env:([A-Za-z_][A-Za-z0-9_]*)/.exec(inner.slice(i));
      if (!m) throw new Error(`unexpected token at ${i} in ${expr}`);
      out += env[m[1] as string] ?? '';
      i += m[0].length;
    }
    skipSpaces();
    if (i >= inner.length) return out;
    if (inner[i] !== '+') throw new Error(`expected + at ${i} in ${expr}`);
    i++;
  }
}

/** Splits a command line the way the Microsoft C runtime does (CommandLineToArgvW rules). */
function msvcrtArgv(line: string): string[] {
  const args: string[] = [];
  let cur = '';
  let inQuotes = false;
  let has = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '\\') {
      let n = 0;
      while (line[i] === '\\') {
        n++;
        i++;
      }
      if (line[i] === '"') {
        cur += '\\'.repeat(Math.floor(n / 2));
        if (n % 2 === 1) cur += '"';
        else inQuotes = !inQuotes;
      } else {
        cur += '\\'.repeat(n);
        i--;
      }
      has = true;
    } else if (c === '"') {
      inQuotes = !inQuotes;
      has = true;
    } else if ((c === ' ' || c === '\t') && !inQuotes) {
      if (has) args.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) args.push(cur);
  return args;
}

/** What cmd does to `set "NAME=value"` with quotes balanced: NAME=value is everything between the first and last quote. */
function decodeCmdSet(line: string): [string, string] {
  const m = /^set "([^=]+)=(.*)"$/s.exec(line);
  if (!m) throw new Error(`not a quoted set: ${line}`);
  return [m[1] as string, m[2] as string];
}

const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
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
      '<',
      '>',
      '(',
      ')',
      ' ',
      '\t',
      '\n',
      '\r',
      ...PS_QUOTES,
      '中',
      'é',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});

describe('PowerShell quoting (documented rules)', () => {
  it.each([
    ['https://goproxy.cn,direct', "'https://goproxy.cn,direct'"],
    ["it's", "'it''s'"],
    ['a\u2019b', "'a\u2019\u2019b'"],
    ['$env:HOME `n', "'$env:HOME `n'"],
    ['', "''"],
  ])('literal(%j) is %s', (value, expected) => {
    expect(ps.literal(value)).toBe(expected);
  });
  it('builds assignments and references', () => {
    expect(ps.setEnv('GOPROXY', 'https://goproxy.cn|direct')).toBe("$env:GOPROXY = 'https://goproxy.cn|direct'");
    expect(ps.setEnv('HTTPS_PROXY', ['http://u:', { env: 'PROXY_PASSWORD' }, '@p:3128'])).toBe(
      "$env:HTTPS_PROXY = ('http://u:' + $env:PROXY_PASSWORD + '@p:3128')",
    );
    expect(ps.setUserEnv('GOPRIVATE', 'corp.com')).toBe("[Environment]::SetEnvironmentVariable('GOPRIVATE', 'corp.com', 'User')");
  });
  it('refuses what it cannot represent', () => {
    expect(() => ps.setEnv('X', '')).toThrow(UnsafeValueError);
    expect(() => ps.literal('a\0b')).toThrow(UnsafeValueError);
    expect(() => ps.setUserEnv('X', ['a', { env: 'SECRET' }])).toThrow(UnsafeValueError);
    expect(() => ps.nativeArg('GOFLAGS=-ldflags="-s"')).toThrow(UnsafeValueError);
    expect(() => ps.nativeArg('GOMODCACHE=C:\\my mods\\')).toThrow(UnsafeValueError);
    // about_Parsing: in argument mode an unquoted comma builds an array (two program arguments).
    expect(ps.nativeArg('GOPROXY=https://goproxy.cn,direct')).toBe("'GOPROXY=https://goproxy.cn,direct'");
    expect(ps.nativeArg('GOSUMDB=sum.golang.google.cn')).toBe('GOSUMDB=sum.golang.google.cn');
    expect(ps.nativeArg('GOPROXY=a|b')).toBe("'GOPROXY=a|b'");
  });
  it('every generated value decodes back to itself, alone and between references', () => {
    fc.assert(
      fc.property(hostile, hostile, fc.string({ maxLength: 10 }), (a, b, secret) => {
        fc.pre(!a.includes('\0') && !b.includes('\0'));
        expect(decodePs(ps.quote(a), {})).toBe(a);
        expect(decodePs(ps.quote([a, { env: 'S' }, b]), { S: secret })).toBe(a + secret + b);
        const line = ps.setEnv('X', [a, 'x']);
        expect(line.startsWith('$env:X = ')).toBe(true);
        expect(decodePs(line.slice('$env:X = '.length), {})).toBe(`${a}x`);
      }),
      { numRuns: 10_000 },
    );
  });
  it('the decoder catches quoting that doubles only the ASCII quote', () => {
    const naive = (s: string) => `'${s.replaceAll("'", "''")}'`;
    expect(() => expect(decodePs(naive('a\u2019b'), {})).toBe('a\u2019b')).toThrow();
  });
});

describe('cmd quoting (documented rules)', () => {
  it.each([
    ['GOPROXY', 'https://goproxy.cn|direct', 'set "GOPROXY=https://goproxy.cn|direct"'],
    ['GOFLAGS', '-mod=mod -trimpath', 'set "GOFLAGS=-mod=mod -trimpath"'],
    ['X', 'a&b<c>d^e(f)', 'set "X=a&b<c>d^e(f)"'],
  ])('setVar(%s, %j)', (name, value, expected) => {
    expect(cmd.setVar(name, value)).toBe(expected);
  });
  it('references variables with %NAME% and doubles trailing backslashes for programs', () => {
    expect(cmd.setVar('HTTPS_PROXY', ['http://u:', { env: 'PW' }, '@p:3128'])).toBe('set "HTTPS_PROXY=http://u:%PW%@p:3128"');
    expect(cmd.arg('GOMODCACHE=C:\\go mods\\')).toBe('"GOMODCACHE=C:\\go mods\\\\"');
    expect(cmd.arg('GOPROXY=https://goproxy.cn,direct')).toBe('GOPROXY=https://goproxy.cn,direct');
    expect(cmd.setxVar('GOPRIVATE', 'corp.com')).toBe('setx GOPRIVATE "corp.com"');
  });
  it.each(['a"b', '100%', '%PATH%', 'wow!', 'a\nb', 'a\rb', ''])('refuses %j', (value) => {
    expect(() => cmd.setVar('X', value)).toThrow(UnsafeValueError);
    expect(() => cmd.setxVar('X', value)).toThrow(UnsafeValueError);
  });
  it('refuses persistent references and over-long setx values', () => {
    expect(() => cmd.setxVar('X', ['a', { env: 'PW' }])).toThrow(UnsafeValueError);
    expect(() => cmd.setxVar('X', 'a'.repeat(cmd.SETX_MAX + 1))).toThrow(UnsafeValueError);
  });
  it('every representable generated value survives cmd and the C runtime; the rest is refused', () => {
    const forbidden = /["%!\r\n\0]/;
    fc.assert(
      fc.property(hostile, (v) => {
        fc.pre(v.isWellFormed());
        if (forbidden.test(v) || v === '') {
          expect(() => cmd.setVar('X', v)).toThrow(UnsafeValueError);
          return;
        }
        const line = cmd.setVar('X', v);
        // Exactly the two quotes cmd needs: nothing inside can end the quoted part.
        expect(line.split('"').length).toBe(3);
        expect(decodeCmdSet(line)).toEqual(['X', v]);
        expect(msvcrtArgv(`go env -w ${cmd.arg(`K=${v}`)}`)).toEqual(['go', 'env', '-w', `K=${v}`]);
        expect(msvcrtArgv(cmd.setxVar('X', v))).toEqual(['setx', 'X', v]);
      }),
      { numRuns: 10_000 },
    );
  });
});
