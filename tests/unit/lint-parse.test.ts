import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRecognisedVar } from '../../src/lib/lint/known.ts';
import { maskSecrets } from '../../src/lib/lint/mask.ts';
import {
  InputError,
  MAX_INPUT_CHARS,
  parseEnvLine,
  parseEnvText,
  parseGoEnvFile,
  parseGoMod,
  shellWord,
} from '../../src/lib/lint/parse.ts';
import { sha256 } from '../../src/lib/lint/sha256.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/lint/${name}`, import.meta.url), 'utf8');
const parse = (text: string) => parseEnvText(text, 'go-env', isRecognisedVar);
const values = (text: string) => Object.fromEntries([...parse(text).vars].map(([k, v]) => [k, v.value]));

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parsing real go env output', () => {
  for (const v of ['1.19', '1.23']) {
    it(`go${v}: the Unix form gives the same values as go env -json, quotes and $ included`, () => {
      const unix = values(fixture(`quoting-go${v}.txt`));
      const json = values(fixture(`quoting-go${v}.json`));
      // GOGCCFLAGS names a fresh temporary directory on every run.
      delete unix.GOGCCFLAGS;
      delete json.GOGCCFLAGS;
      expect(unix).toEqual(json);
      expect(unix.GOINSECURE).toBe(`it's."quoted".example/$HOME/a b`);
      expect(parse(fixture(`quoting-go${v}.txt`)).format).toBe('unix');
      expect(parse(fixture(`quoting-go${v}.json`)).format).toBe('json');
    });
  }
  it('keeps line numbers and raw lines for evidence', () => {
    const text = fixture('problems-go1.23.txt');
    const gp = parse(text).vars.get('GOPROXY');
    expect(gp?.raw).toBe("GOPROXY='direct,https://goproxy.cn'");
    expect(text.split('\n')[(gp?.line ?? 0) - 1]).toBe(gp?.raw);
    const json = parse(fixture('problems-go1.23.json')).vars.get('GOPROXY');
    expect(json?.raw).toBe('"GOPROXY": "direct,https://goproxy.cn",');
  });
  it('reads Windows output with CRLF and batch escapes (^| and %%)', () => {
    const p = parse(fixture('windows-go1.23.txt'));
    expect(p.format).toBe('windows');
    expect(p.vars.get('GOPROXY')?.value).toBe('https://goproxy.cn|https://mirrors.aliyun.com/goproxy/,direct');
    expect(p.vars.get('GOFLAGS')?.value).toBe('-ldflags=-X=main.discount=100%');
    expect(p.vars.get('GOROOT')?.value).toBe('C:\\Program Files\\Go');
    expect(values(fixture('windows-go1.17.txt')).GOPROXY).toBe('https://goproxy.io,direct');
  });
});

describe('parseEnvLine', () => {
  it.each([
    ["GOPROXY='a'\\''b'", 'GOPROXY', "a'b", 'unix-single'],
    ['GOPROXY="https://goproxy.cn,direct"', 'GOPROXY', 'https://goproxy.cn,direct', 'unix-double'],
    ['set GOPROXY=https://goproxy.cn^|direct', 'GOPROXY', 'https://goproxy.cn|direct', 'windows'],
    ['export GOPRIVATE="*.corp.example.com"', 'GOPRIVATE', '*.corp.example.com', 'shell'],
    ['declare -x GOFLAGS="-mod=mod"', 'GOFLAGS', '-mod=mod', 'shell'],
    ['set -gx GOPROXY https://goproxy.cn,direct', 'GOPROXY', 'https://goproxy.cn,direct', 'shell'],
    ['$env:GOPROXY = "https://goproxy.cn,direct"', 'GOPROXY', 'https://goproxy.cn,direct', 'powershell'],
    ["$Env:GOPRIVATE='it''s.example'", 'GOPRIVATE', "it's.example", 'powershell'],
    ['ENV GOPROXY=https://goproxy.cn,direct', 'GOPROXY', 'https://goproxy.cn,direct', 'dockerfile'],
    ['ENV GOPROXY https://goproxy.cn', 'GOPROXY', 'https://goproxy.cn', 'dockerfile'],
    ['GOPRIVATE=a.example ', 'GOPRIVATE', 'a.example ', 'plain'],
    ['GONOSUMDB=', 'GONOSUMDB', '', 'plain'],
  ])('%s', (line, name, value, form) => {
    expect(parseEnvLine(line)).toEqual({ name, value, form });
  });
  it('ignores prompts and prose', () => {
    for (const line of ['$ go env', 'PS C:\\> go env', 'go: downloading x', '', '# comment']) {
      expect(parseEnvLine(line)).toBeNull();
    }
  });
  it('shellWord handles quotes, escapes and unclosed quotes', () => {
    expect(shellWord(`'a b'"c\\"d"e\\ f g`)).toEqual({ value: 'a bc"de f', rest: ' g' });
    expect(shellWord(`'open`)).toBeNull();
  });
});

describe('bad input', () => {
  it('rejects empty, binary, oversized, broken JSON and unrelated text with a clear code', () => {
    expect(inputError(() => parse('  \n\n')).code).toBe('empty');
    expect(inputError(() => parse('GOPROXY=x\u0000\u0001')).code).toBe('binary');
    const garbage = new TextDecoder().decode(Uint8Array.from({ length: 600 }, (_, i) => (i * 97 + 131) % 256));
    expect(inputError(() => parse(garbage)).code).toBe('binary');
    expect(inputError(() => parse('A'.repeat(MAX_INPUT_CHARS + 1))).code).toBe('too-large');
    expect(inputError(() => parse('{"GOPROXY": ')).code).toBe('bad-json');
    expect(inputError(() => parse('[1, 2]')).code).toBe('unrecognised');
    const e = inputError(() => parse('hello world\nPATH=/usr/bin'));
    expect(e.code).toBe('unrecognised');
    expect(e.localized.en).toMatch(/GOPROXY='…'/);
    expect(e.localized['zh-CN']).toMatch(/没有找到/);
  });
  it('strips ANSI colours and a BOM', () => {
    expect(values("\ufeff\x1b[32mGOPROXY='https://goproxy.cn'\x1b[0m\r\n").GOPROXY).toBe('https://goproxy.cn');
  });
});

describe('go env file and go.mod', () => {
  it('reads the go env file like cmd/go: KEY=VALUE, raw, lines starting with A-Z', () => {
    const f = parseGoEnvFile('GOPROXY=https://goproxy.cn,direct\n# note\ngoproxy=x\nGOSUMDB=\nGOPRIVATE= a.example\n');
    expect([...f.keys()]).toEqual(['GOPROXY', 'GOSUMDB', 'GOPRIVATE']);
    expect(f.get('GOSUMDB')?.value).toBe('');
    expect(f.get('GOPRIVATE')?.value).toBe(' a.example');
  });
  it('finds the go and toolchain lines', () => {
    const m = parseGoMod('module example.com/m\n\ngo 1.22.1 // minimum\n\ntoolchain go1.23.4\n\nrequire x v1.0.0\n');
    expect(m.go?.value).toBe('1.22.1');
    expect(m.go?.line).toBe(3);
    expect(m.toolchain?.value).toBe('go1.23.4');
  });
});

describe('maskSecrets', () => {
  it.each([
    ['https://alice:s3cret@proxy.example/', 'https://alice:xxxxx@proxy.example/'],
    ['HTTPS_PROXY=http://u:p%40ss@10.0.0.1:3128', 'HTTPS_PROXY=http://u:xxxxx@10.0.0.1:3128'],
    ['https://ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/o/r', 'https://xxxxx@github.com/o/r'],
    ['//registry.npmjs.org/:_authToken=npm_abc123', '//registry.npmjs.org/:_authToken=xxxxx'],
    ['machine git.corp.example login bob password hunter2', 'machine git.corp.example login bob password xxxxx'],
    ['machine git.corp.example\n  login bob\n  password hunter2', 'machine git.corp.example\n  login bob\n  password xxxxx'],
    ['Authorization: Bearer eyJhbGciOi', 'Authorization: Bearer xxxxx'],
    ['token=glpat-AAAABBBBCCCCDDDDEEEE', 'token=xxxxx'],
  ])('%s', (input, masked) => {
    expect(maskSecrets(input)).toBe(masked);
  });
  it('leaves the word "password" in a sentence alone', () => {
    for (const s of [
      'sends a user name and password over plain http',
      'put them in ~/.netrc (machine/login/password; _netrc on Windows)',
    ]) {
      expect(maskSecrets(s)).toBe(s);
    }
  });
  it('leaves ordinary settings alone', () => {
    for (const s of ["GOPROXY='https://goproxy.cn,direct'", 'GOPRIVATE=git.corp.example.com', 'GOAUTH=netrc']) {
      expect(maskSecrets(s)).toBe(s);
    }
  });
});

describe('sha256', () => {
  it('matches node:crypto', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        const ours = Buffer.from(sha256(data)).toString('hex');
        expect(ours).toBe(createHash('sha256').update(data).digest('hex'));
      }),
    );
  });
});
