// `modfix doctor`: JSON with cause ids, a readable report in both languages, exit 0 on any
// diagnosis (also "no known cause"), exit 2 with a message on unreadable input or bad options.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/doctor.ts';
import { CAUSE_IDS } from '../../src/lib/doctor/index.ts';
import { runCli } from '../support/cli.ts';

const fixturePath = (name: string) => new URL(`../fixtures/doctor/${name}/output.txt`, import.meta.url).pathname;

const cli = (args: string[], stdin: string | Buffer | Error = '') => runCli(run, args, stdin);

describe('modfix doctor', () => {
  it('prints JSON with cause ids and exits 0', async () => {
    const r = await cli(['--json'], readFileSync(fixturePath('sumdb-410-private-go1.23')));
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out);
    expect(json.ok).toBe(true);
    expect(json.diagnoses[0].cause).toBe('sumdb-private-module');
    for (const d of json.diagnoses) expect(CAUSE_IDS).toContain(d.cause);
  });

  it('prints a readable report in English and in Chinese, from stdin or a file', async () => {
    const en = await cli([], readFileSync(fixturePath('public-proxy-private-corp-go1.23')));
    expect(en.code).toBe(0);
    expect(en.out).toContain('[private-module-via-public-proxy, confidence: high]');
    expect(en.out).toContain('line 1: go: git.corp.example/team/lib@v1.0.0');
    expect(en.out).toContain('go env -w GOPRIVATE=git.corp.example');
    expect(en.out).toContain('Guide: guides/private-modules#why-it-fails');
    const zh = await cli(['--lang', 'zh-CN', fixturePath('public-proxy-private-corp-go1.23')]);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('可信度');
    expect(zh.out).toContain('第 1 行');
  });

  it('exits 0 and says so when no known cause matches', async () => {
    const r = await cli(['--json'], 'hello world\n');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.matched).toBe(false);
    expect(json.diagnoses[0].cause).toBe('other');
  });

  it.each([
    ['empty input', [], '', /input is empty/],
    ['binary input', [], Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]), /binary/],
    ['unreadable stdin', [], new Error('EIO: i/o error'), /cannot read standard input: EIO/],
    ['a missing file', ['/nonexistent/out.txt'], '', /cannot read \/nonexistent\/out\.txt/],
    ['an unknown option', ['--nope'], 'x', /Unknown option '--nope'/],
    ['a bad language', ['--lang', 'fr'], 'x', /--lang must be en or zh-CN/],
    ['two files', ['a', 'b'], 'x', /at most one input file/],
  ])('exits 2 with a message on %s', async (_, args, stdin, message) => {
    const r = await cli(args as string[], stdin as string | Buffer | Error);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
  });

  it('refuses more than 10 MB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doctor-cli-'));
    const file = join(dir, 'big.txt');
    writeFileSync(file, Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    const r = await cli([file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/larger than 10 MB/);
  });

  it('runs as `npm run --silent modfix -- doctor --json < out.txt`', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const p = spawnSync('node', ['src/cli/modfix.ts', 'doctor', '--json'], {
      cwd: root,
      input: readFileSync(fixturePath('checksum-mismatch-gosum-go1.23')),
      encoding: 'utf8',
    });
    expect(p.status).toBe(0);
    expect(JSON.parse(p.stdout).diagnoses[0].cause).toBe('checksum-mismatch');
    const bad = spawnSync('node', ['src/cli/modfix.ts', 'doctor'], { cwd: root, input: '', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/modfix doctor: The input is empty/);
  });
});
