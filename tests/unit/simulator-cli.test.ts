// `npm run --silent modfix -- simulate …`, run as a real process: exit codes, JSON contract,
// messages for malformed input.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const modfix = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['src/cli/modfix.ts', 'simulate', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('modfix simulate', () => {
  it('prints the JSON trace', () => {
    const r = modfix('--goproxy', 'https://goproxy.cn,direct', '--outcomes', '404,ok', '--json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out);
    expect(t.contacted).toEqual(['https://goproxy.cn', 'direct']);
    expect(t.result).toBe('success');
    expect(t.error).toBe('');
    expect(t.steps).toHaveLength(2);
  });
  it('takes module, GOPRIVATE and Go release', () => {
    const r = modfix(
      '--goproxy',
      'https://goproxy.cn',
      '--outcomes',
      '200',
      '--module',
      'git.corp.example/x/y@v0.3.1',
      '--goprivate',
      '*.corp.example',
      '--vcs',
      'auth',
      '--go',
      '1.19',
      '--json',
    );
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out);
    expect(t.contacted).toEqual(['noproxy']);
    expect(t.result).toBe('failure');
    expect(t.error).toMatch(/^go: git\.corp\.example\/x\/y@v0\.3\.1: invalid version: git ls-remote/);
  });
  it('prints a readable trace and Mermaid source', () => {
    const text = modfix('--goproxy', 'https://goproxy.cn,direct', '--outcomes', '500,ok', '--lang', 'zh-CN');
    expect(text.code).toBe(0);
    expect(text.out).toContain('500 Internal Server Error');
    expect(text.out).toMatch(/[\u4e00-\u9fff]/);
    const mm = modfix('--goproxy', 'https://goproxy.cn,direct', '--outcomes', '500,ok', '--mermaid');
    expect(mm.out.startsWith('flowchart TD')).toBe(true);
  });
  it.each([
    ['wrong number of outcomes', ['--goproxy', 'https://goproxy.cn,direct', '--outcomes', '404'], 'outcomes'],
    ['outcome not valid for the entry', ['--goproxy', 'https://goproxy.cn,direct', '--outcomes', '404,200'], "'200'"],
    ['unknown outcome', ['--goproxy', 'https://goproxy.cn', '--outcomes', 'teapot'], 'unknown outcome'],
    ['malformed GOPROXY', ['--goproxy', 'bogus', '--outcomes', ''], 'invalid proxy URL missing scheme: bogus'],
    ['missing --goproxy', ['--outcomes', '200'], '--goproxy'],
    ['module without version', ['--goproxy', 'direct', '--outcomes', 'ok', '--module', 'example.com/x'], '--module'],
    ['unknown option', ['--goproxy', 'direct', '--outcomes', 'ok', '--nope'], 'nope'],
  ])('exits 2 on %s, in both languages', (_name, args, needle) => {
    const r = modfix(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(needle);
    if (!args.includes('--nope')) expect(r.err).toMatch(/[\u4e00-\u9fff]/);
  });
  it('--help exits 0', () => {
    const r = modfix('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--outcomes');
  });
});
