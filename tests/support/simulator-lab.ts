// A loopback lab for proving the GOPROXY simulator against the real go command: one local server
// per GOPROXY entry, each answering with one simulated outcome and logging what reached it, plus
// bare git repositories for `direct`. Nothing here leaves 127.0.0.1.
import { execFileSync, spawn } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storedZip } from './zip.ts';

/**
 * The module every case downloads. A github.com path makes `direct` go straight to
 * `git ls-remote https://github.com/modfix-lab/hello` (a known host: no `?go-get=1` discovery, no
 * scheme probing), and git `insteadOf` in a temporary HOME points that URL at a local repository
 * or a local 401 server (FACTS §5.3). The proxy cases serve the same path from 127.0.0.1.
 */
export const LAB_MODULE = 'github.com/modfix-lab/hello';
const LAB_REPO_URL = 'https://github.com/';
export const LAB_VERSION = 'v1.0.0';

export interface Lab {
  root: string;
  /** Directory laid out like a GOPROXY (`<module>/@v/…`). */
  proxyDir: string;
  /** `file:///…/` prefixes for git `insteadOf`: a repo tagged v1.0.0, and one without that tag. */
  gitOk: string;
  gitNoTag: string;
  certFile: string;
  keyFile: string;
}

const GO_MOD = `module ${LAB_MODULE}\n\ngo 1.13\n`;

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
      GIT_AUTHOR_NAME: 'lab',
      GIT_AUTHOR_EMAIL: 'lab@example.com',
      GIT_COMMITTER_NAME: 'lab',
      GIT_COMMITTER_EMAIL: 'lab@example.com',
      GIT_AUTHOR_DATE: '2020-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2020-01-01T00:00:00Z',
    },
  });
}

/** Builds the fixtures once: file proxy, git repos, a self-signed certificate. */
export function buildLab(): Lab {
  const root = mkdtempSync(join(tmpdir(), 'modfix-simlab-'));
  const proxyDir = join(root, 'proxy');
  const v = join(proxyDir, LAB_MODULE, '@v');
  mkdirSync(v, { recursive: true });
  const source = 'package hello\n\n// Hello greets.\nfunc Hello() string { return "hello" }\n';
  writeFileSync(join(v, 'list'), `${LAB_VERSION}\n`);
  writeFileSync(join(v, `${LAB_VERSION}.info`), JSON.stringify({ Version: LAB_VERSION, Time: '2020-01-01T00:00:00Z' }));
  writeFileSync(join(v, `${LAB_VERSION}.mod`), GO_MOD);
  const prefix = `${LAB_MODULE}@${LAB_VERSION}/`;
  writeFileSync(join(v, `${LAB_VERSION}.zip`), storedZip({ [`${prefix}go.mod`]: GO_MOD, [`${prefix}hello.go`]: source }));

  // Bare repos at `<prefix>/modfix-lab/hello`, under two prefixes that `insteadOf` maps
  // https://github.com/ to.
  const gitOkDir = join(root, 'git-ok');
  const gitNoTagDir = join(root, 'git-notag');
  for (const [dir, tag] of [
    [gitOkDir, true],
    [gitNoTagDir, false],
  ] as const) {
    const work = join(dir, 'work');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'go.mod'), GO_MOD);
    writeFileSync(join(work, 'hello.go'), source);
    git(work, 'init', '-q');
    git(work, 'add', '.');
    git(work, 'commit', '-q', '-m', 'hello');
    if (tag) git(work, 'tag', LAB_VERSION);
    git(dir, 'clone', '-q', '--bare', work, join(dir, 'modfix-lab', 'hello'));
  }

  const certFile = join(root, 'cert.pem');
  const keyFile = join(root, 'key.pem');
  execFileSync(
    'openssl',
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
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  return { root, proxyDir, gitOk: `file://${gitOkDir}/`, gitNoTag: `file://${gitNoTagDir}/`, certFile, keyFile };
}

/** What one server saw: request paths for HTTP(S) servers, `connect` for raw TCP/TLS contacts. */
export interface LabServer {
  url: string;
  log: string[];
  close(): Promise<void>;
}

type Any = HttpServer | TcpServer;

function listen(server: Any): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : 0);
    });
  });
}

function closer(server: Any, sockets: Set<Socket>): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

function track(server: Any, log: string[] | null): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    if (log) log.push('connect');
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
  });
  return sockets;
}

const STATUS_TEXT: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  500: 'Internal Server Error',
};

/** An HTTP server answering `status` (with no body) or, for 200, serving the file proxy. */
export async function httpServer(lab: Lab, status: number, sumdbSupported = 404): Promise<LabServer> {
  const log: string[] = [];
  const server = createHttpServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    log.push(path);
    if (status !== 200) {
      // 401 asks for credentials the way a git-over-http server does.
      if (status === 401) res.setHeader('WWW-Authenticate', 'Basic realm="lab"');
      res.writeHead(status, STATUS_TEXT[status]);
      res.end();
      return;
    }
    if (path.startsWith('/sumdb/')) {
      res.writeHead(path.endsWith('/supported') ? sumdbSupported : 404);
      res.end();
      return;
    }
    try {
      const body = readFileSync(join(lab.proxyDir, path));
      res.writeHead(200, { 'Content-Type': path.endsWith('.zip') ? 'application/zip' : 'text/plain; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  const sockets = track(server, null);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, log, close: closer(server, sockets) };
}

/** An HTTPS server whose self-signed certificate the go command does not trust. */
export async function tlsServer(lab: Lab): Promise<LabServer> {
  const log: string[] = [];
  const server = createHttpsServer({ cert: readFileSync(lab.certFile), key: readFileSync(lab.keyFile) }, (req, res) => {
    log.push(req.url ?? '/');
    res.writeHead(200);
    res.end();
  });
  server.on('tlsClientError', () => {});
  const sockets = track(server, log);
  const port = await listen(server);
  return { url: `https://127.0.0.1:${port}`, log, close: closer(server, sockets) };
}

/**
 * A server that accepts TCP connections and never answers. Reached with https://, the go
 * command gives up after net/http's 10 s TLS handshake timeout — a real Go timeout that ends on
 * its own (a dial timeout would take 30 s and needs a network that drops packets).
 */
export async function hangServer(): Promise<LabServer> {
  const log: string[] = [];
  const server = createTcpServer(() => {});
  const sockets = track(server, log);
  const port = await listen(server);
  return { url: `https://127.0.0.1:${port}`, log, close: closer(server, sockets) };
}

let refusedCount = 0;

/**
 * A URL whose connections are refused: port 1 on loopback, where nothing listens (the lab's own
 * servers take ephemeral ports, so none can ever answer there). A distinct path per entry lets
 * go's `-x` trace show which entry was tried; a refused port has no log of its own.
 */
export async function refusedServer(): Promise<LabServer> {
  refusedCount++;
  return { url: `http://127.0.0.1:1/refused-${refusedCount}`, log: [], close: async () => {} };
}

/**
 * A GOSUMDB value `<name>+<hash>+<key>` with a fresh Ed25519 key (golang.org/x/mod/sumdb/note
 * verifier format), so a checksum database can be named after a loopback address.
 */
export function sumdbVerifierKey(name: string): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url');
  const key = Buffer.concat([Buffer.from([1]), raw]); // algorithm 1 = Ed25519
  const hash = createHash('sha256').update(`${name}\n`).update(key).digest().subarray(0, 4).toString('hex');
  return `${name}+${hash}+${key.toString('base64')}`;
}

export interface GoRun {
  code: number | null;
  stderr: string;
  stdout: string;
  ms: number;
}

/** Runs a command with a hard deadline (killed after `timeoutMs`). */
export function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<GoRun> {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - start });
    });
  });
}

/** Runs `tasks` with at most `limit` in flight. */
export async function pool<T>(limit: number, tasks: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** A fresh HOME/GOPATH/GOMODCACHE/GOCACHE for one go run, with git's insteadOf set when given. */
export function goEnv(opts: { insteadOf?: string; path?: string; extra?: Record<string, string> }): {
  env: NodeJS.ProcessEnv;
  dir: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'modfix-simcase-'));
  const home = join(dir, 'home');
  mkdirSync(home);
  if (opts.insteadOf) writeFileSync(join(home, '.gitconfig'), `[url "${opts.insteadOf}"]\n\tinsteadOf = ${LAB_REPO_URL}\n`);
  const env: NodeJS.ProcessEnv = {
    PATH: opts.path ?? process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    GOPATH: join(dir, 'gopath'),
    GOMODCACHE: join(dir, 'modcache'),
    GOCACHE: join(dir, 'gocache'),
    GOENV: 'off',
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-modcacherw',
    GO111MODULE: 'on',
    GOSUMDB: 'off',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    ...opts.extra,
  };
  return { env, dir };
}
