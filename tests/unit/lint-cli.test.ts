import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/lint-env.ts';
import { runCli } from '../support/cli.ts';

const fixturePath = (name: string) => new URL(`../fixtures/lint/${name}`, import.meta.url).pathname;

const cli = (args: string[], stdin: string | Buffer | Error = '') => runCli(run, args, stdin);

describe('modfix lint-env', () => {
  it('prints JSON findings and exits 0 even when there are errors', async () => {
    const r = await cli(['--json'], readFileSync(fixturePath('problems-go1.23.txt')));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.ok).toBe(true);
    expect(json.goVersion).toBe('1.23.5');
    expect(json.findings.map((f: { id: string }) => f.id)).toContain('goproxy-entries-ignored');
    expect(json.counts.error).toBeGreaterThan(0);
  });
  it('prints a readable report in English or Chinese', async () => {
    const en = await cli([fixturePath('problems-go1.23.txt')]);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^ERROR {2}GOFLAGS {2}\[goflags-insecure\]/m);
    expect(en.out).toContain('Guide: guides/how-goproxy-works#direct-and-off');
    const zh = await cli(['--lang', 'zh-CN', fixturePath('problems-go1.23.txt')]);
    expect(zh.out).toContain('修复');
  });
  it('reads go.mod, OS environment and go env file options', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-cli-'));
    writeFileSync(join(dir, 'go.mod'), 'module m\n\ngo 1.99\n');
    writeFileSync(join(dir, 'env'), 'GOPROXY=https://goproxy.io,direct\n');
    const r = await cli(
      ['--json', '--gomod', join(dir, 'go.mod'), '--os-env', fixturePath('os-env-proxy.txt'), '--goenv-file', join(dir, 'env')],
      readFileSync(fixturePath('empty-goproxy-go1.23.txt')),
    );
    expect(r.code).toBe(0);
    const ids = JSON.parse(r.out).findings.map((f: { id: string }) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['gotoolchain-local-too-old', 'unknown-variable', 'os-env-overrides-go-env-w']));
    expect(r.out).not.toContain('s3cr3t-pass');
  });
  it('exits 2 with a message on empty, binary, unrecognised or unreadable input', async () => {
    for (const input of ['', 'just some words\n', Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0, 7])]) {
      const r = await cli(['--json'], input);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^modfix lint-env: \S/);
    }
    expect((await cli([], new Error('EAGAIN'))).err).toContain('cannot read standard input');
    expect((await cli(['/nonexistent/env.txt'])).code).toBe(2);
    expect((await cli(['--gomod', '/nonexistent/go.mod'], "GOPROXY='direct'")).code).toBe(2);
    expect((await cli(['--go-version', 'banana'], "GOPROXY='direct'")).code).toBe(2);
    expect((await cli(['--bogus'])).code).toBe(2);
  });
  it('works through npm run as documented', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const out = execFileSync('npm', ['run', '--silent', 'modfix', '--', 'lint-env', '--json'], {
      cwd: root,
      input: readFileSync(fixturePath('windows-go1.23.txt')),
      encoding: 'utf8',
    });
    expect(JSON.parse(out).format).toBe('windows');
    const bad = spawnSync('npm', ['run', '--silent', 'modfix', '--', 'lint-env'], { cwd: root, input: '', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('is empty');
  });
});
