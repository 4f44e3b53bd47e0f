// `modfix generate`: run in-process with captured output, plus one real process through the
// dispatcher, and the printed snippets executed by bash.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/generate.ts';
import { runCli } from '../support/cli.ts';
import { requireTool } from '../support/tools.ts';
import { parseEnv0, runScript, tempDir } from './support/shell.ts';

const cli = (args: string[], stdin = '') => runCli(run, args, stdin);

const bash = requireTool('bash', 'runs the printed snippets');
const work = tempDir('gen-cli');
afterAll(work.cleanup);

describe('modfix generate', () => {
  it('prints the preset snippet for this session, and bash applies it', async () => {
    const r = await cli(['--preset', 'china-mainland', '--format', 'bash']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).not.toContain('.bashrc');
    if (!bash) return;
    const env = parseEnv0(runScript(bash, `${r.out}/usr/bin/env -0\n`, { cwd: work.dir }).stdout);
    expect(env.get('GOPROXY')?.toString()).toBe('https://goproxy.cn,direct');
  });

  it('--scope persistent writes the startup-file block', async () => {
    const r = await cli(['--preset', 'china-mainland', '--format', 'zsh', '--scope', 'persistent']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('# >>> modfix >>>');
  });

  it('--json prints the model and every applicable output', async () => {
    const r = await cli(['--preset', 'corporate-gitlab', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { config: { version: number; private: { goprivate: string[] } }; outputs: Record<string, string> };
    expect(doc.config.version).toBe(1);
    expect(doc.config.private.goprivate).toEqual(['gitlab.corp.example.com']);
    expect(Object.keys(doc.outputs)).toEqual(expect.arrayContaining(['go-env-w', 'bash', 'netrc', 'dockerfile', 'gitlab-ci', 'athens']));
    expect(doc.outputs.cmd).toBeUndefined();
    expect(doc.outputs['go-env-w']).toContain("go env -w 'GOPRIVATE=gitlab.corp.example.com'");
  });

  it('lists presets and formats as JSON arrays', async () => {
    const p = JSON.parse((await cli(['--list-presets', '--json'])).out) as Array<{ id: string; name: { en: string; 'zh-CN': string } }>;
    expect(p.map((x) => x.id)).toContain('offline');
    expect(p.every((x) => x.name.en && x.name['zh-CN'])).toBe(true);
    const f = JSON.parse((await cli(['--list-formats', '--json'])).out) as Array<{ id: string }>;
    // The ids the issue promises to CLI users.
    expect(f.map((x) => x.id).sort()).toEqual(
      [
        'go-env-w',
        'bash',
        'zsh',
        'fish',
        'powershell',
        'cmd',
        'goenv-file',
        'dockerfile',
        'docker-build',
        'netrc',
        'gitconfig',
        'npmrc',
        'github-actions',
        'gitlab-ci',
        'athens',
      ].sort(),
    );
  });

  it('every preset renders every format it lists in --json, and --format agrees with it', async () => {
    const ids = (JSON.parse((await cli(['--list-presets', '--json'])).out) as Array<{ id: string }>).map((p) => p.id);
    for (const id of ids) {
      const all = await cli(['--preset', id, '--json']);
      expect(all.code, id).toBe(0);
      const outputs = (JSON.parse(all.out) as { outputs: Record<string, string> }).outputs;
      expect(Object.keys(outputs).length, id).toBeGreaterThan(3);
      for (const [fmt, text] of Object.entries(outputs)) {
        if (['bash', 'zsh', 'fish', 'powershell', 'cmd'].includes(fmt)) continue; // --format implies the shell
        const one = await cli(['--preset', id, '--format', fmt]);
        expect(one.code, `${id} ${fmt}`).toBe(0);
        expect(one.out, `${id} ${fmt}`).toBe(text);
      }
    }
  });

  it('--json with --format prints only that output', async () => {
    const r = await cli(['--preset', 'offline', '--format', 'goenv-file', '--json']);
    expect(Object.keys(JSON.parse(r.out).outputs)).toEqual(['goenv-file']);
  });

  it("keeps a config file's scope unless --scope overrides it", async () => {
    const persistent = JSON.stringify({ version: 1, target: { scope: 'persistent' } });
    expect((await cli(['--config', '-', '--format', 'bash'], persistent)).out).toContain('# >>> modfix >>>');
    expect((await cli(['--config', '-', '--format', 'bash', '--scope', 'session'], persistent)).out).not.toContain('# >>> modfix >>>');
  });

  it('a format with nothing to say exits 2 instead of printing an empty snippet', async () => {
    const r = await cli(['--preset', 'global-default', '--format', 'netrc']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('netrc');
  });

  it('a config that is not a JSON object, or not JSON, exits 2', async () => {
    for (const text of ['"x"', '[1]', 'null', '{', '{"version":1,"target":"linux"}']) {
      const r = await cli(['--config', '-', '--format', 'bash'], text);
      expect(r.code, text).toBe(2);
      expect(r.out, text).toBe('');
      expect(r.err, text).not.toBe('');
    }
    expect((await cli(['--config', '-', '--format', 'bash'], '{"version":1,"target":"linux"}')).err).toContain('error: target:');
  });

  it('reads a config file or standard input, and keeps secrets out of --json', async () => {
    const file = join(work.dir, 'config.json');
    const config = {
      version: 1,
      private: { goprivate: ['git.corp.example.com'] },
      auth: { hosts: [{ host: 'git.corp.example.com', method: 'netrc', login: 'bot', token: 'TOKEN-XYZ' }] },
    };
    writeFileSync(file, JSON.stringify(config));
    const netrc = await cli(['--config', file, '--format', 'netrc']);
    expect(netrc.out).toBe('machine git.corp.example.com login bot password TOKEN-XYZ\n');
    const json = await cli(['--config', '-', '--json'], JSON.stringify(config));
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).config.auth.hosts[0].token).toBeUndefined();
    expect(JSON.stringify(JSON.parse(json.out).outputs.dockerfile)).not.toContain('TOKEN-XYZ');
  });

  it('an invalid config exits 2 with field paths and messages, writing nothing', async () => {
    const r = await cli(
      ['--config', '-', '--format', 'bash', '--lang', 'en'],
      JSON.stringify({ version: 1, proxy: [{ kind: 'url', url: 'ftp://x' }], private: { goprivate: [' a.com'] } }),
    );
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('error: proxy.0.url: The go command rejects this entry: invalid proxy URL scheme');
    expect(r.err).toContain('error: private.goprivate.0:');
    const zh = await cli(['--config', '-', '--format', 'bash', '--lang', 'zh-CN'], JSON.stringify({ version: 1, proxy: [] }));
    expect(zh.err).toContain('代理列表为空');
  });

  it('a value the format cannot hold exits 2 and is not printed', async () => {
    const r = await cli(
      ['--config', '-', '--format', 'cmd'],
      JSON.stringify({ version: 1, proxy: [{ kind: 'url', url: 'https://p.example/%41' }] }),
    );
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/cmd cannot quote "%"/);
  });

  it('warnings go to stderr while the snippet is printed', async () => {
    const r = await cli(['--config', '-', '--format', 'go-env-w'], JSON.stringify({ version: 1, sumdb: { mode: 'off' } }));
    expect(r.code).toBe(0);
    expect(r.out).toContain("go env -w 'GOSUMDB=off'");
    expect(r.err).toMatch(/^warning: sumdb: GOSUMDB=off/);
  });

  it('rejects unknown presets, formats and flags with status 2', async () => {
    expect((await cli(['--preset', 'nope', '--format', 'bash'])).code).toBe(2);
    expect((await cli(['--preset', 'offline', '--format', 'nope'])).code).toBe(2);
    expect((await cli(['--preset', 'offline', '--format', 'bash', '--scope', 'forever'])).code).toBe(2);
    expect((await cli(['--bogus'])).code).toBe(2);
    expect((await cli(['--preset', 'offline'])).code).toBe(2);
  });

  it('runs as a real process through the modfix dispatcher', () => {
    const r = spawnSync(process.execPath, ['src/cli/modfix.ts', 'generate', '--preset', 'offline', '--format', 'goenv-file'], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('GOPROXY=file:///srv/goproxy,off\nGOTOOLCHAIN=local\n');
  });
});
