// The shell and go renderers, executed by the real tools: bash, zsh and fish snippets in an
// empty environment; `go env -w` and the go env file read back by every installed go.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  allEnv,
  GO_VAR_SINCE,
  goEnv,
  type ModfixConfig,
  type ModfixConfigInput,
  presets,
  validateConfig,
} from '../../src/lib/config/index.ts';
import { formatById, type FormatId, render } from '../../src/lib/render/index.ts';
import { goBinaries, requireTool } from '../support/tools.ts';
import { config, describeGo, expand, goDefault, goEnvFor, preset } from './support/generator.ts';
import { parseEnv0, runScript, tempDir } from './support/shell.ts';

const shells = {
  bash: requireTool('bash', 'runs the bash snippets'),
  zsh: requireTool('zsh', 'runs the zsh snippets'),
  fish: requireTool('fish', 'runs the fish snippets'),
};
const SHELL_ARGS: Record<string, string[]> = { bash: ['--norc', '--noprofile'], zsh: ['-f'], fish: ['--no-config'] };
// fish decodes its environment by locale; every real fish session runs in a UTF-8 one.
const LOCALE: Record<string, Record<string, string>> = { fish: { LC_ALL: 'C.UTF-8' } };
const SECRETS = { PROXY_PASSWORD: "p@ss w'rd$" };

/** Values that need every quoting rule: quotes, $, backticks, spaces, globs, | and &. */
const tricky: ModfixConfigInput = {
  version: 1,
  proxy: [
    { kind: 'mirror', id: 'goproxy-cn', sep: '|' },
    { kind: 'url', url: 'https://mirrors.example.com/go?a=1&b=$HOME' },
    { kind: 'direct' },
  ],
  private: { goprivate: ['*.corp.example.com', 'git.example.org/team-[ab]?'], govcs: [{ pattern: 'private', vcs: ['git', 'hg'] }] },
  build: { goflags: ['-mod=mod', '-trimpath'], gomodcache: '/tmp/it\'s a "cache" $HOME `x` dir' },
  network: {
    httpsProxy: 'http://proxy.example.com:3128',
    httpProxy: 'http://proxy.example.com:3128',
    proxyUser: 'al ice',
    proxyPasswordEnv: 'PROXY_PASSWORD',
    noProxy: ['localhost', '.corp.example.com'],
  },
};

const cases: Array<[string, ModfixConfigInput]> = [
  ...presets.map((p): [string, ModfixConfigInput] => [p.id, p.config]),
  ['tricky values', tricky],
];
const withScope = (input: ModfixConfigInput, shell: string, scope: 'session' | 'persistent') => ({
  ...input,
  target: { os: 'linux' as const, shell: shell as 'bash', scope },
});

const work = tempDir('gen-shells');
afterAll(work.cleanup);
let n = 0;
const freshDir = () => {
  const d = join(work.dir, String(n++));
  runScript('/bin/sh', `mkdir -p '${d}'`, { cwd: work.dir });
  return d;
};

function text(id: FormatId, c: ModfixConfig): string {
  const f = formatById(id);
  if (!f) throw new Error(`no format ${id}`);
  const r = render(f, c);
  if (!r.ok) throw new Error(r.error.en);
  return r.output.text;
}
const outputOf = (id: FormatId, c: ModfixConfig) => {
  const r = render(formatById(id) as NonNullable<ReturnType<typeof formatById>>, c);
  if (!r.ok) throw new Error(r.error.en);
  return r.output;
};

/** The variables of the config as the shell must hold them (secret references expanded). */
function expectedEnv(c: ModfixConfig): Map<string, string> {
  return new Map(allEnv(c).map(([k, w]) => [k, expand(w, SECRETS)]));
}

function expectEnv(got: Map<string, Buffer>, c: ModfixConfig): void {
  for (const [k, v] of expectedEnv(c)) expect(got.get(k)?.toString('utf8'), k).toBe(v);
}

for (const [name, shell] of Object.entries(shells)) {
  describe.skipIf(!shell)(`${name} snippets run by the real ${name}`, () => {
    const bin = shell as string;
    const run = (script: string, dir: string, env: Record<string, string> = {}) =>
      runScript(bin, script, { cwd: dir, args: SHELL_ARGS[name], env: { ...LOCALE[name], HOME: dir, ...SECRETS, ...env } });

    it.each(cases)('%s: this-session snippet sets every variable byte for byte', (_label, input) => {
      const c = config(withScope(input, name, 'session'));
      const dir = freshDir();
      const r = run(`${text(name as FormatId, c)}/usr/bin/env -0\n`, dir);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expectEnv(parseEnv0(r.stdout), c);
      // The undo command removes them again.
      const u = run(`${text(name as FormatId, c)}${outputOf(name as FormatId, c).undo}/usr/bin/env -0\n`, dir);
      const after = parseEnv0(u.stdout);
      for (const k of expectedEnv(c).keys()) expect(after.has(k), k).toBe(false);
    });

    it('fails the check when a value is wrong (the test can fail)', () => {
      const c = config(withScope(tricky, name, 'session'));
      const r = run(`${text(name as FormatId, c).replace('-trimpath', '-trimpathX')}/usr/bin/env -0\n`, freshDir());
      expect(() => expectEnv(parseEnv0(r.stdout), c)).toThrow();
    });
  });
}

describe.skipIf(!shells.bash || !shells.zsh)('persistent bash/zsh snippets are idempotent', () => {
  for (const name of ['bash', 'zsh'] as const) {
    const bin = shells[name] as string;
    const rcName = name === 'bash' ? '.bashrc' : '.zshrc';
    const run = (script: string, dir: string) =>
      runScript(bin, script, { cwd: dir, args: SHELL_ARGS[name], env: { HOME: dir, ...SECRETS } });
    const countBlocks = (s: string) => s.split('\n').filter((l) => l === '# >>> modfix >>>').length;

    it(`${name}: applying twice leaves one block, keeps the rest of ${rcName}, and a new shell sees the values`, () => {
      const dir = freshDir();
      const rc = join(dir, rcName);
      writeFileSync(rc, 'export BEFORE=1\n# >>> modfix >>> (not ours: different text)\n');
      const first = config(withScope(tricky, name, 'persistent'));
      const snippet = text(name, first);
      for (let i = 0; i < 2; i++) expect(run(snippet, dir).status).toBe(0);
      const content = readFileSync(rc, 'utf8');
      expect(countBlocks(content)).toBe(1);
      expect(content.startsWith('export BEFORE=1\n# >>> modfix >>> (not ours: different text)\n')).toBe(true);
      expect(content).not.toContain(SECRETS.PROXY_PASSWORD);
      const fresh = run(`. "$HOME/${rcName}"\n/usr/bin/env -0\n`, dir);
      expectEnv(parseEnv0(fresh.stdout), first);
      // A changed config replaces the block instead of adding one.
      const second = config(withScope(preset('china-mainland'), name, 'persistent'));
      expect(run(text(name, second), dir).status).toBe(0);
      const again = readFileSync(rc, 'utf8');
      expect(countBlocks(again)).toBe(1);
      const env2 = parseEnv0(run(`. "$HOME/${rcName}"\n/usr/bin/env -0\n`, dir).stdout);
      expect(env2.get('GOPROXY')?.toString()).toBe('https://goproxy.cn,direct');
      expect(env2.has('GOMODCACHE')).toBe(false);
      // Undo removes the block and nothing else.
      expect(run(outputOf(name, second).undo ?? '', dir).status).toBe(0);
      expect(readFileSync(rc, 'utf8')).toBe('export BEFORE=1\n# >>> modfix >>> (not ours: different text)\n');
    });

    it(`${name}: an unterminated marker in ${rcName} is never used to truncate the file`, () => {
      const dir = freshDir();
      const rc = join(dir, rcName);
      writeFileSync(rc, '# >>> modfix >>>\nexport KEEP=1\n');
      expect(run(text(name, config(withScope(preset('china-mainland'), name, 'persistent'))), dir).status).toBe(0);
      const content = readFileSync(rc, 'utf8');
      expect(content.startsWith('# >>> modfix >>>\nexport KEEP=1\n')).toBe(true);
    });
  }
});

describe.skipIf(!shells.fish)('persistent fish snippets (universal variables)', () => {
  it('applying twice stores each variable once and a new fish sees the values', () => {
    const dir = freshDir();
    const env = { LC_ALL: 'C.UTF-8', HOME: dir, XDG_CONFIG_HOME: join(dir, 'config') };
    // Not --no-config: that also turns universal variables off. The empty XDG_CONFIG_HOME has no config.fish.
    const run = (script: string) => runScript(shells.fish as string, script, { cwd: dir, env });
    const input = { ...tricky, network: { httpsProxy: 'http://proxy.example.com:3128' } };
    const c = config(withScope(input, 'fish', 'persistent'));
    for (let i = 0; i < 2; i++) expect(run(text('fish', c)).status).toBe(0);
    const store = readFileSync(join(dir, 'config', 'fish', 'fish_variables'), 'utf8');
    for (const k of expectedEnv(c).keys())
      expect(store.split('\n').filter((l) => l.startsWith(`SETUVAR --export ${k}:`)).length, k).toBe(1);
    expectEnv(parseEnv0(run('/usr/bin/env -0\n').stdout), c);
    expect(run(outputOf('fish', c).undo ?? '').status).toBe(0);
    const after = parseEnv0(run('/usr/bin/env -0\n').stdout);
    expect(after.has('GOPROXY')).toBe(false);
  });
});

const goBins = goBinaries().map(describeGo);

describe.skipIf(goBins.length === 0)('go env -w and the go env file, read back by the real go', () => {
  const GO_VARS = Object.keys(GO_VAR_SINCE);
  const goJson = (go: (typeof goBins)[number], dir: string, env: Record<string, string> = {}) => {
    const r = runScript('/bin/sh', `exec go env -json\n`, { cwd: dir, env: goEnvFor(go, dir, env) });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout.toString('utf8')) as Record<string, string>;
  };
  const expectModel = (got: Record<string, string>, c: ModfixConfig, go: (typeof goBins)[number], dir: string) => {
    const set = Object.fromEntries(goEnv(c).set);
    for (const k of GO_VARS) {
      if (!(k in got) && !(k in set)) continue; // not known to this release and not set
      expect(got[k], k).toBe(set[k] ?? goDefault(k, set, go, dir));
    }
  };

  for (const go of goBins) {
    /** Presets whose variables this release knows (e.g. GOTOOLCHAIN needs 1.21). */
    const usable = cases.filter(([, input]) => validFor(input, go.version));

    for (const shell of ['bash', 'zsh', 'fish'] as const) {
      const bin = shells[shell];
      it.skipIf(!bin).each(usable)(`go ${go.version}, ${shell}: go env -w for %s makes go env -json equal the model`, (_label, input) => {
        const c = config({ ...withScope(input, shell, 'session'), build: { ...input.build, go: go.version } });
        const dir = freshDir();
        const r = runScript(bin as string, text('go-env-w', c), {
          cwd: dir,
          args: SHELL_ARGS[shell],
          env: { ...LOCALE[shell], ...goEnvFor(go, dir) },
        });
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expectModel(goJson(go, dir), c, go, dir);
      });
    }

    it.each(usable)(
      `go ${go.version}: the go env file for %s reads back as the model and equals what go env -w writes`,
      (_label, input) => {
        const c = config({ ...withScope(input, 'bash', 'session'), build: { ...input.build, go: go.version } });
        const dir = freshDir();
        const file = text('goenv-file', c);
        writeFileSync(join(dir, 'rendered'), file);
        expectModel(goJson(go, dir, { GOENV: join(dir, 'rendered') }), c, go, dir);
        // go env -w on an empty file writes the same lines (the provenance comment aside)…
        expect(runScript(shells.bash ?? '/bin/bash', text('go-env-w', c), { cwd: dir, env: goEnvFor(go, dir) }).status).toBe(0);
        expect(readFileSync(join(dir, 'goenv'), 'utf8')).toBe(file.slice(file.indexOf('\n') + 1));
        // …and leaves the rendered file unchanged.
        copyFileSync(join(dir, 'rendered'), join(dir, 'copy'));
        runScript(shells.bash ?? '/bin/bash', text('go-env-w', c), { cwd: dir, env: goEnvFor(go, dir, { GOENV: join(dir, 'copy') }) });
        expect(readFileSync(join(dir, 'copy'), 'utf8')).toBe(file);
      },
    );

    it(`go ${go.version}: GOFLAGS=-u or -json stops go env -w (why validation refuses them)`, () => {
      for (const flag of ['-u', '-json']) {
        const dir = freshDir();
        writeFileSync(join(dir, 'goenv'), `GOFLAGS=${flag}\n`);
        const r = runScript('/bin/sh', 'exec go env -w GOPROXY=direct\n', { cwd: dir, env: goEnvFor(go, dir) });
        expect(r.status, flag).not.toBe(0);
        expect(r.stderr).toContain(`cannot use ${flag} with -w`);
        expect(validateConfig({ version: 1, build: { goflags: [flag] } }).errors.map((e) => e.code)).toEqual(['goflags-env']);
      }
    });

    it(`go ${go.version}: go env -u resets settings the model leaves at their default`, () => {
      const dir = freshDir();
      writeFileSync(join(dir, 'goenv'), 'GOSUMDB=off\nGOPRIVATE=stale.example.com\nGOFLAGS=-mod=vendor\n');
      const c = config({ ...withScope(preset('china-mainland'), 'bash', 'session'), build: { go: go.version } });
      expect(runScript(shells.bash ?? '/bin/bash', text('go-env-w', c), { cwd: dir, env: goEnvFor(go, dir) }).status).toBe(0);
      const got = goJson(go, dir);
      expect(got.GOSUMDB).toBe('sum.golang.org');
      expect(got.GOPRIVATE).toBe('');
      expect(got.GOFLAGS).toBe('');
      expect(got.GOPROXY).toBe('https://goproxy.cn,direct');
    });
  }
});

/** True when the config is valid for a target Go version (variables it sets are known to it). */
function validFor(input: ModfixConfigInput, version: string): boolean {
  try {
    config({ ...input, build: { ...input.build, go: version } });
    return true;
  } catch {
    return false;
  }
}
