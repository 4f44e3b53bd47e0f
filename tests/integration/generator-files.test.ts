// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell and CI expansion syntax is what these tests check
// The file renderers, proven with the real tools: git reads the .gitconfig and its insteadOf
// rewrite reaches a local repository (git ls-remote and go, offline); npm reads the .npmrc and
// sends the token from the environment; go downloads through an HTTPS proxy that requires the
// .netrc credentials; the Dockerfile parses and lints cleanly without secrets in ARG/ENV; the
// docker and CI commands are run by bash with stand-ins for docker to check every argument.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { validate as lintDockerfile } from 'dockerfile-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type ModfixConfig, type ModfixConfigInput, presets } from '../../src/lib/config/index.ts';
import { type FormatId, formatById, type Output, render } from '../../src/lib/render/index.ts';
import { storedZip } from '../support/zip.ts';
import { goBinaries, requireTool } from '../support/tools.ts';
import { config, describeGo, goEnvFor } from './support/generator.ts';
import { runScript, runScriptAsync, tempDir } from './support/shell.ts';

const bash = requireTool('bash', 'runs generated commands');
const git = requireTool('git', 'reads the rendered .gitconfig');
const npm = requireTool('npm', 'reads the rendered .npmrc');
const openssl = requireTool('openssl', 'creates the test HTTPS certificate');
const goBins = goBinaries().map(describeGo);

const TOKEN = 's3cret-TOKEN-0042';
const work = tempDir('gen-files');
afterAll(work.cleanup);
let n = 0;
const freshDir = () => {
  const d = join(work.dir, String(n++));
  mkdirSync(d, { recursive: true });
  return d;
};

function out(id: FormatId, c: ModfixConfig): Output {
  const f = formatById(id);
  if (!f) throw new Error(`no format ${id}`);
  const r = render(f, c);
  if (!r.ok) throw new Error(r.error.en);
  return r.output;
}

const sh = (script: string, dir: string, env: Record<string, string> = {}) =>
  runScript(bash ?? '/bin/bash', script, { cwd: dir, env: { PATH: '/usr/bin:/bin', HOME: dir, ...env } });

describe.skipIf(!git || !bash)('.gitconfig: git reads it and insteadOf reaches a local repository offline', () => {
  const HOST = 'git.example.test';
  const c = config({
    version: 1,
    private: { goprivate: [HOST] },
    auth: {
      hosts: [
        { host: HOST, method: 'ssh' },
        { host: 'code.example.test', method: 'git-credential', login: 'alice' },
      ],
    },
    network: { httpsProxy: 'http://proxy.example.test:3128', proxyUser: 'bob', caBundle: '/etc/ssl/corp ca.pem' },
  });
  let dir = '';
  let env: Record<string, string> = {};

  beforeAll(() => {
    dir = freshDir();
    // A bare repository holding module git.example.test/group/repo.git v1.0.0.
    const src = join(dir, 'src');
    mkdirSync(src);
    writeFileSync(join(src, 'go.mod'), `module ${HOST}/group/repo.git\n\ngo 1.16\n`);
    writeFileSync(join(src, 'lib.go'), 'package repo\n\nconst X = 1\n');
    const gitEnv = {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    };
    const g = (args: string[], cwd: string) => execFileSync(git as string, args, { cwd, env: gitEnv, stdio: 'pipe' });
    g(['init', '-q', '-b', 'main'], src);
    g(['add', '.'], src);
    g(['commit', '-q', '-m', 'v1'], src);
    g(['tag', 'v1.0.0'], src);
    mkdirSync(join(dir, 'srv', 'group'), { recursive: true });
    g(['clone', '-q', '--bare', src, join(dir, 'srv', 'group', 'repo.git')], dir);
    // Stand-in for ssh: serve `git-upload-pack '<path>'` from the local srv directory.
    const fakeSsh = join(dir, 'fake-ssh');
    writeFileSync(
      fakeSsh,
      `#!/bin/sh\nfor last; do :; done\ncase "$last" in git-upload-pack*) p=$(printf '%s' "\${last#git-upload-pack }" | tr -d "'"); exec git-upload-pack "${dir}/srv$p";; esac\nexit 1\n`,
    );
    chmodSync(fakeSsh, 0o755);
    const home = join(dir, 'home');
    mkdirSync(home);
    writeFileSync(join(home, '.gitconfig'), out('gitconfig', c).text);
    env = { HOME: home, GIT_SSH_COMMAND: fakeSsh, GIT_CONFIG_NOSYSTEM: '1' };
  });

  it('git config -f reads every setting back', () => {
    const file = join(dir, 'home', '.gitconfig');
    const get = (key: string) => execFileSync(git as string, ['config', '-f', file, '--get', key], { encoding: 'utf8' }).trim();
    expect(get(`url.ssh://git@${HOST}/.insteadOf`)).toBe(`https://${HOST}/`);
    expect(get('credential.https://code.example.test.helper')).toBe('store');
    expect(get('credential.https://code.example.test.username')).toBe('alice');
    expect(get('http.proxy')).toBe('http://bob@proxy.example.test:3128');
    expect(get('http.sslCAInfo')).toBe('/etc/ssl/corp ca.pem');
  });

  it('the git config --global commands produce the same settings, also when run twice', () => {
    const home = freshDir();
    for (let i = 0; i < 2; i++) {
      const r = sh(out('gitconfig', c).alt?.text ?? '', home, { GIT_CONFIG_NOSYSTEM: '1' });
      expect(r.stderr).toBe('');
    }
    const list = (f: string) => execFileSync(git as string, ['config', '-f', f, '--list'], { encoding: 'utf8' });
    expect(list(join(home, '.gitconfig'))).toBe(list(join(dir, 'home', '.gitconfig')));
    // And the undo commands remove them again.
    expect(sh(out('gitconfig', c).undo ?? '', home, { GIT_CONFIG_NOSYSTEM: '1' }).status).toBe(0);
    expect(list(join(home, '.gitconfig'))).toBe('');
  });

  it('git ls-remote of the https URL is rewritten to SSH and succeeds; without the file it fails', () => {
    const url = `https://${HOST}/group/repo.git`;
    const ok = runScript(bash as string, `git ls-remote ${url}\n`, { cwd: dir, env: { PATH: '/usr/bin:/bin', ...env } });
    expect(ok.stderr).toBe('');
    expect(ok.stdout.toString()).toMatch(/refs\/tags\/v1\.0\.0/);
    const bare = runScript(bash as string, `git ls-remote ${url}\n`, {
      cwd: dir,
      env: { PATH: '/usr/bin:/bin', ...env, HOME: freshDir() },
    });
    expect(bare.status).not.toBe(0);
  });

  for (const go of goBins) {
    it(`go ${go.version} downloads the private module through the insteadOf rewrite (GOPROXY=direct)`, () => {
      const gdir = freshDir();
      const r = runScript(bash as string, `go mod download -json ${HOST}/group/repo.git@v1.0.0\n`, {
        cwd: gdir,
        env: { ...goEnvFor(go, gdir), ...env, GOPROXY: 'direct', GOPRIVATE: HOST, GOFLAGS: '-modcacherw' },
      });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout.toString()).Version).toBe('v1.0.0');
    });
  }
});

describe.skipIf(!npm)('.npmrc: npm reads the registries and sends the token from the environment', () => {
  it('npm config get returns the mirror and the scoped registry, and the token reaches the registry', async () => {
    let seen = '';
    const server = createHttpServer((req, res) => {
      seen = req.headers.authorization ?? '';
      if (seen !== `Bearer ${TOKEN}`) {
        res.writeHead(401).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          name: '@corp/pkg',
          'dist-tags': { latest: '1.2.3' },
          versions: { '1.2.3': { name: '@corp/pkg', version: '1.2.3' } },
        }),
      );
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    try {
      const port = (server.address() as AddressInfo).port;
      const c = config({
        version: 1,
        npm: {
          registry: 'https://registry.npmmirror.com/',
          scopes: [{ scope: '@corp', registry: `http://127.0.0.1:${port}/`, tokenEnv: 'NPM_TOKEN' }],
        },
      });
      const dir = freshDir();
      const rc = join(dir, 'npmrc');
      const text = out('npmrc', c).text;
      expect(text).not.toContain(TOKEN);
      writeFileSync(rc, text);
      const npmRun = (args: string, env: Record<string, string>) =>
        runScriptAsync(bash as string, `npm ${args} --userconfig "$RC" --globalconfig /dev/null\n`, {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, RC: rc, npm_config_cache: join(dir, 'cache'), ...env },
        });
      expect((await npmRun('config get registry', {})).stdout.toString().trim()).toBe('https://registry.npmmirror.com/');
      expect((await npmRun('config get @corp:registry', {})).stdout.toString().trim()).toBe(`http://127.0.0.1:${port}/`);
      const view = await npmRun('view @corp/pkg version', { NPM_TOKEN: TOKEN });
      expect(view.stdout.toString().trim()).toBe('1.2.3');
      expect(seen).toBe(`Bearer ${TOKEN}`);
      // With a different token the registry refuses: the header really comes from $NPM_TOKEN.
      expect((await npmRun('view @corp/pkg version', { NPM_TOKEN: 'wrong' })).status).not.toBe(0);
    } finally {
      server.close();
    }
  });
});

describe.skipIf(!openssl || goBins.length === 0 || !bash)(
  '.netrc end to end: go downloads from an HTTPS proxy that requires Basic auth',
  () => {
    const MOD = 'private.example.test/team/lib';
    const VER = 'v1.0.0';
    const LOGIN = 'ci-bot';
    let dir = '';
    let port = 0;
    let close = () => {};

    beforeAll(async () => {
      dir = freshDir();
      execFileSync(
        openssl as string,
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '2',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
          '-keyout',
          'key.pem',
          '-out',
          'cert.pem',
        ],
        { cwd: dir, stdio: 'pipe' },
      );
      const gomod = `module ${MOD}\n\ngo 1.16\n`;
      const files: Record<string, Buffer | string> = {
        [`/${MOD}/@v/list`]: `${VER}\n`,
        [`/${MOD}/@v/${VER}.info`]: JSON.stringify({ Version: VER, Time: '2024-01-01T00:00:00Z' }),
        [`/${MOD}/@v/${VER}.mod`]: gomod,
        [`/${MOD}/@v/${VER}.zip`]: storedZip({ [`${MOD}@${VER}/go.mod`]: gomod, [`${MOD}@${VER}/lib.go`]: 'package lib\n' }),
      };
      const expected = `Basic ${Buffer.from(`${LOGIN}:${TOKEN}`).toString('base64')}`;
      const server = createHttpsServer(
        { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
        (req, res) => {
          if (req.headers.authorization !== expected) {
            res.writeHead(401, { 'www-authenticate': 'Basic realm="modules"' }).end('unauthorized');
            return;
          }
          const body = files[req.url ?? ''];
          if (body === undefined) res.writeHead(404).end('not found');
          else res.writeHead(200).end(body);
        },
      );
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      port = (server.address() as AddressInfo).port;
      close = () => server.close();
    });
    afterAll(() => close());

    const modelFor = (token: string | undefined, go: string): ModfixConfigInput => ({
      version: 1,
      proxy: [{ kind: 'url', url: `https://127.0.0.1:${port}` }],
      // The module goes through the proxy (not GOPRIVATE); only the checksum DB is skipped.
      private: { gonosumdb: ['private.example.test'] },
      auth: {
        hosts: [{ host: `127.0.0.1:${port}`, method: 'netrc', login: LOGIN, tokenEnv: 'MODULES_TOKEN', ...(token ? { token } : {}) }],
      },
      build: { go },
    });

    const download = (go: (typeof goBins)[number], netrc: string) => {
      const d = freshDir();
      const c = config(modelFor(undefined, go.version));
      const goenv = Object.fromEntries(
        out('goenv-file', c)
          .text.split('\n')
          .filter((l) => /^[A-Z]/.test(l))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      return runScriptAsync(bash as string, `go mod download -json ${MOD}@${VER}\n`, {
        cwd: d,
        env: { ...goEnvFor(go, d), ...goenv, GOFLAGS: '-modcacherw', NETRC: netrc, SSL_CERT_FILE: join(dir, 'cert.pem') },
      });
    };

    for (const go of goBins) {
      it(`go ${go.version}: succeeds with the rendered .netrc and fails without it`, async () => {
        const file = join(freshDir(), 'netrc');
        const text = out('netrc', config(modelFor(TOKEN, go.version))).text;
        expect(text).toContain(`machine 127.0.0.1 login ${LOGIN} password ${TOKEN}`);
        writeFileSync(file, text);
        const ok = await download(go, file);
        expect(ok.stderr).toBe('');
        expect(JSON.parse(ok.stdout.toString()).Version).toBe(VER);
        const denied = await download(go, join(dir, 'no-such-netrc'));
        expect(denied.status).not.toBe(0);
        expect(denied.stdout.toString() + denied.stderr).toMatch(/401 Unauthorized/);
      });
    }

    it('without a literal token, the command writes the file from the variable, once per run', async () => {
      const home = freshDir();
      writeFileSync(join(home, '.netrc'), 'machine other.example login me password keep\n');
      const cmd = out('netrc', config(modelFor(undefined, '1.23'))).text;
      expect(cmd).not.toContain(TOKEN);
      // Refuses to run without the token.
      expect(sh(cmd, home).status).not.toBe(0);
      for (let i = 0; i < 2; i++) expect(sh(cmd, home, { MODULES_TOKEN: TOKEN }).status).toBe(0);
      const lines = readFileSync(join(home, '.netrc'), 'utf8').trim().split('\n');
      expect(lines).toEqual([
        `machine 127.0.0.1 login ${LOGIN} password ${TOKEN}`,
        `machine 127.0.0.1:${port} login ${LOGIN} password ${TOKEN}`,
        'machine other.example login me password keep',
      ]);
      expect((execFileSync('stat', ['-c', '%a', join(home, '.netrc')], { encoding: 'utf8' }) as string).trim()).toBe('600');
      const go = goBins[goBins.length - 1];
      if (go) expect((await download(go, join(home, '.netrc'))).status).toBe(0);
    });
  },
);

describe('Dockerfile: parses and lints cleanly, secrets only as mounts', () => {
  const withSecrets = (input: ModfixConfigInput): ModfixConfigInput => ({
    ...input,
    auth: {
      hosts: [
        { host: 'github.com', method: 'netrc', login: 'x-access-token', token: TOKEN, tokenEnv: 'GH_TOKEN' },
        { host: 'git.corp.example', method: 'ssh' },
      ],
    },
    private: { goprivate: ['github.com/acme-corp', 'git.corp.example'] },
    network: { httpsProxy: 'http://proxy.example:3128', proxyUser: 'bob', proxyPasswordEnv: 'PROXY_PASSWORD' },
  });
  it.each(presets.map((p) => [p.id, p.config] as const))('%s (with a token, an SSH host and a proxy password)', (_id, input) => {
    const c = config(withSecrets(input));
    const text = out('dockerfile', c).text;
    expect(lintDockerfile(text)).toEqual([]);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('PROXY_PASSWORD');
    const df = DockerfileParser.parse(text);
    const mounts: string[] = [];
    for (const i of df.getInstructions()) {
      const kw = i.getKeyword();
      if (kw === 'ARG' || kw === 'ENV') {
        const props = (i as unknown as { getProperties(): Array<{ getName(): string; getValue(): string | null }> }).getProperties();
        for (const p of props) expect(`${p.getName()}=${p.getValue()}`).not.toMatch(/TOKEN|PASSWORD|netrc|s3cret/i);
      }
      if (kw === 'RUN') {
        for (const f of (i as unknown as { getFlags(): Array<{ getName(): string; getValue(): string | null }> }).getFlags()) {
          expect(f.getName()).toBe('mount');
          mounts.push(f.getValue() ?? '');
        }
      }
    }
    expect(mounts).toContain('type=secret,id=netrc,target=/root/.netrc');
    expect(mounts).toContain('type=ssh');
    expect(mounts.filter((m) => m.startsWith('type=cache,target=/go/pkg/mod'))).toHaveLength(2);
  });
});

/** A bash function standing in for docker: prints its arguments NUL-separated. */
const FAKE_DOCKER = 'docker() { printf \'%s\\0\' "$@"; }\n';
const argv = (b: Buffer) => b.toString('utf8').split('\0').slice(0, -1);

describe.skipIf(!bash)('docker build and docker run (Athens): every argument arrives as intended', () => {
  const input: ModfixConfigInput = {
    version: 1,
    proxy: [{ kind: 'mirror', id: 'goproxy-cn', sep: '|' }, { kind: 'direct' }],
    private: { goprivate: ['git.corp.example.com', '*.internal.example'] },
    auth: { hosts: [{ host: 'git.corp.example.com', method: 'netrc', login: 'bot', token: TOKEN }] },
    network: { httpsProxy: 'http://proxy.example:3128', noProxy: ['.corp.example.com'] },
    build: { goflags: ['-mod=mod', '-trimpath'] },
  };
  it('docker build passes the settings, the .netrc secret and the proxy variables', () => {
    const c = config(input);
    const dir = freshDir();
    const text = out('docker-build', c).text;
    expect(text).not.toContain(TOKEN);
    const r = sh(FAKE_DOCKER + text, dir);
    expect(r.stderr).toBe('');
    expect(argv(r.stdout)).toEqual([
      'build',
      '--build-arg',
      'GOPROXY=https://goproxy.cn|direct',
      '--build-arg',
      'GOPRIVATE=git.corp.example.com,*.internal.example',
      '--build-arg',
      'GOFLAGS=-mod=mod -trimpath',
      '--secret',
      `id=netrc,src=${dir}/.netrc`,
      '--build-arg',
      'HTTPS_PROXY',
      '--build-arg',
      'NO_PROXY',
      '-t',
      'app',
      '.',
    ]);
  });
  it('Athens gets the mirror as upstream, private patterns and the .netrc, as Athens parses them', () => {
    const c = config(input);
    const dir = freshDir();
    const args = argv(sh(FAKE_DOCKER + out('athens', c).text, dir).stdout);
    const env = new Map<string, string>();
    args.forEach((a, i) => {
      if (args[i - 1] === '-e') env.set(a.split('=')[0] as string, a.slice(a.indexOf('=') + 1));
    });
    // ATHENS_GO_BINARY_ENV_VARS is split on ";" and trimmed (gomods/athens pkg/config EnvList.Decode).
    const goVars = Object.fromEntries(
      (env.get('ATHENS_GO_BINARY_ENV_VARS') ?? '').split(';').map((s) => s.trim().split(/=(.*)/s).slice(0, 2)),
    );
    expect(goVars).toEqual({ GOPROXY: 'https://goproxy.cn|direct', GOPRIVATE: 'git.corp.example.com,*.internal.example' });
    expect(env.get('ATHENS_GONOSUM_PATTERNS')).toBe('git.corp.example.com,*.internal.example');
    expect(env.get('ATHENS_NETRC_PATH')).toBe('/run/secrets/netrc');
    expect(args).toContain(`${dir}/.netrc:/run/secrets/netrc:ro`);
    expect(args[args.length - 1]).toBe('gomods/athens:latest');
    expect(args.join(' ')).not.toContain(TOKEN);
  });
});

describe.skipIf(!bash)('CI snippets: valid YAML, settings as variables, secrets only from the secret store', () => {
  const input: ModfixConfigInput = {
    version: 1,
    proxy: [{ kind: 'mirror', id: 'goproxy-cn' }, { kind: 'direct' }],
    private: { goprivate: ['gitlab.corp.example.com'] },
    auth: { hosts: [{ host: 'gitlab.corp.example.com', method: 'netrc', login: 'oauth2', token: TOKEN, tokenEnv: 'GITLAB_TOKEN' }] },
    network: { httpsProxy: 'http://proxy.example:3128', proxyUser: 'bob', proxyPasswordEnv: 'PROXY_PASSWORD' },
    build: { go: '1.23' },
  };
  const c = config(input);

  it('GitHub Actions: job variables, the token passed to one step, the step writes .netrc', () => {
    const text = out('github-actions', c).text;
    expect(text).not.toContain(TOKEN);
    const wf = parseYaml(text) as { jobs: { build: { env: Record<string, string>; steps: Array<Record<string, unknown>> } } };
    const job = wf.jobs.build;
    expect(job.env.GOPROXY).toBe('https://goproxy.cn,direct');
    expect(job.env.HTTPS_PROXY).toBe('http://bob:${{ secrets.PROXY_PASSWORD }}@proxy.example:3128');
    const step = job.steps.find((s) => typeof s.run === 'string' && String(s.run).includes('.netrc')) as {
      env: Record<string, string>;
      run: string;
    };
    expect(step.env).toEqual({ GITLAB_TOKEN: '${{ secrets.GITLAB_TOKEN }}' });
    expect(job.steps.find((s) => s.uses === 'actions/setup-go@v5')?.with).toEqual({ 'go-version': '1.23' });
    const home = freshDir();
    expect(sh(step.run, home, { GITLAB_TOKEN: TOKEN }).status).toBe(0);
    expect(readFileSync(join(home, '.netrc'), 'utf8')).toBe(`machine gitlab.corp.example.com login oauth2 password ${TOKEN}\n`);
  });

  it('GitLab CI: variables reference masked variables, the cache is inside the project', () => {
    const text = out('gitlab-ci', c).text;
    expect(text).not.toContain(TOKEN);
    const doc = parseYaml(text) as {
      go: { image: string; variables: Record<string, string>; cache: { paths: string[] }; before_script: string[] };
    };
    expect(doc.go.image).toBe('golang:1.23');
    expect(doc.go.variables.HTTPS_PROXY).toBe('http://bob:${PROXY_PASSWORD}@proxy.example:3128');
    expect(doc.go.variables.GOMODCACHE).toBe('$CI_PROJECT_DIR/.go/pkg/mod');
    expect(doc.go.cache.paths).toEqual(['.go/pkg/mod/']);
    const home = freshDir();
    expect(sh(doc.go.before_script.join('\n'), home, { GITLAB_TOKEN: TOKEN }).status).toBe(0);
    expect(readFileSync(join(home, '.netrc'), 'utf8')).toBe(`machine gitlab.corp.example.com login oauth2 password ${TOKEN}\n`);
  });
});
