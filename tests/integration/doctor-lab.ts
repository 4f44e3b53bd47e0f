// A loopback lab that makes the real go command fail in the ways readers see: a GOPROXY-protocol
// server whose path prefix picks the failure, a TLS copy of it with a self-signed certificate,
// CONNECT proxies (HTTPS_PROXY) that refuse, demand auth or intercept TLS, git remotes that need
// credentials (reached through `git insteadOf` in a temp HOME) and local bare repositories.
// Nothing leaves 127.0.0.1: hosts such as proxy.golang.org only ever reach the CONNECT proxies here.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { crc32 } from 'node:zlib';

// ---------------------------------------------------------------------------------------------
// Module store

interface ModuleVersion {
  /** The go.mod served (its `module` line may deliberately differ from the path asked for). */
  mod: string;
  files: Record<string, string>;
}

const hello = (path: string, v: string): ModuleVersion => ({
  mod: `module ${path}\n\ngo 1.16\n`,
  files: {
    'hello.go': `package ${
      path
        .split('/')
        .pop()
        ?.replace(/[^a-z]/g, '') || 'p'
    }\n\n// Version is ${v}.\nfunc Hello() string { return "${v}" }\n`,
  },
});

export const MODULES: Record<string, Record<string, ModuleVersion>> = {
  'example.com/hello': { 'v1.0.0': hello('example.com/hello', 'v1.0.0'), 'v1.1.0': hello('example.com/hello', 'v1.1.0') },
  'git.corp.example/team/lib': { 'v1.0.0': hello('git.corp.example/team/lib', 'v1.0.0') },
  'github.com/acme/secret': { 'v1.0.0': hello('github.com/acme/secret', 'v1.0.0') },
  // What GOTOOLCHAIN=auto asks for when go.mod says go 1.99.0.
  'golang.org/toolchain': {
    'v0.0.1-go1.99.0.linux-amd64': { mod: 'module golang.org/toolchain\n', files: { README: 'not a real toolchain\n' } },
  },
  // A fork whose go.mod still names the original path.
  'github.com/someone/fork': { 'v1.0.0': hello('github.com/original/project', 'v1.0.0') },
};

/** Modules proxy.golang.org can serve (the others are private to it). */
const PUBLIC = new Set(['example.com/hello', 'github.com/someone/fork']);

/** Go's module.EscapePath: upper case becomes '!' + lower case. */
function unescapePath(p: string): string {
  return p.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** A stored (uncompressed) zip with the `module@version/` prefix the go command requires. */
export function moduleZip(path: string, version: string, mv: ModuleVersion): Buffer {
  const entries: Array<[string, Buffer]> = [[`${path}@${version}/go.mod`, Buffer.from(mv.mod)]];
  for (const [name, body] of Object.entries(mv.files)) entries.push([`${path}@${version}/${name}`, Buffer.from(body)]);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBuf = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

// ---------------------------------------------------------------------------------------------
// The GOPROXY-protocol handler. The first path element picks the behaviour:
//   /ok/…        serves MODULES; /sumdb/<name>/supported answers 404 (go then talks to the DB itself)
//   /sNNN/…      always answers NNN with a short text/plain body
//   /auth/…      like /ok/ but only with Basic lab:secret, else 401
//   /altzip/…    like /ok/ but the zips differ (a re-tagged release: go.sum no longer matches)
//   /badzip/…    like /ok/ but the zips are not zip files
//   /public404/… answers like proxy.golang.org for a path it cannot fetch (body carries the reason)
//   /sumproxy/…  like /ok/ and proxies the checksum DB, whose lookups answer 404 for every module
//   /sum500/…    like /ok/ but /sumdb/…/supported answers 500
//   /pub/…       proxy.golang.org behind the 'corp' tunnel: PUBLIC modules, else like /public404/

const statusText: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  500: 'Internal Server Error',
};

function text(res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

/** What proxy.golang.org says when it cannot fetch a path itself (the wording of its real answers). */
function publicProxyReason(path: string, version: string): string {
  const host = path.split('/')[0] ?? path;
  if (host === 'github.com') {
    return (
      `not found: ${path}@${version}: invalid version: git ls-remote -q origin in /tmp/gopath/pkg/mod/cache/vcs/` +
      `9e6a1d4b1f0a7c3e2d5b8f6a4c1e0d9b7a5f3e1c2d4b6a8f0e9d7c5b3a1f2e4d: exit status 128:\n` +
      `\tfatal: could not read Username for 'https://github.com': terminal prompts disabled\n` +
      `Confirm the import path was entered correctly.\n` +
      `If this is a private repository, see https://golang.org/doc/faq#git_https for additional information.`
    );
  }
  return (
    `not found: ${path}@${version}: unrecognized import path "${path}": https fetch: ` +
    `Get "https://${path}?go-get=1": dial tcp: lookup ${host} on 8.8.8.8:53: no such host`
  );
}

export function proxyHandler(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
  const m = /^\/([^/]+)(\/.*)$/.exec(url);
  if (!m) return text(res, 404, 'not found');
  const mode = m[1] as string;
  const rest = m[2] as string;
  const st = /^s(\d{3})$/.exec(mode);
  if (st) {
    const code = Number(st[1]);
    return text(res, code, code === 404 || code === 410 ? `not found: ${rest.slice(1)}` : `mock ${code} for ${rest}`);
  }
  const sumdb = /^\/sumdb\/([^/]+)\/(.*)$/.exec(rest);
  if (sumdb) {
    if (mode === 'sum500') return text(res, 500, 'upstream checksum database unavailable');
    if (mode !== 'sumproxy') return text(res, 404, 'not found');
    if (sumdb[2] === 'supported') return text(res, 200, '');
    const lk = /^lookup\/(.+)@(v[^/]+)$/.exec(sumdb[2] ?? '');
    if (lk) return text(res, 404, publicProxyReason(unescapePath(lk[1] as string), lk[2] as string));
    return text(res, 404, 'not found');
  }
  if (mode === 'auth') {
    const want = `Basic ${Buffer.from('lab:secret').toString('base64')}`;
    if (req.headers.authorization !== want) return text(res, 401, 'unauthorized\n', { 'WWW-Authenticate': 'Basic realm="lab proxy"' });
  }
  const fm = /^\/(.+)\/@v\/(list|[^/]+\.(info|mod|zip))$/.exec(rest) ?? /^\/(.+)\/(@latest)$/.exec(rest);
  if (!fm) return text(res, 404, 'not found');
  const path = unescapePath(fm[1] as string);
  const file = fm[2] as string;
  if (mode === 'public404' || (mode === 'pub' && !PUBLIC.has(path))) {
    const version = file.replace(/\.(info|mod|zip)$/, '');
    return text(res, 404, publicProxyReason(path, version === 'list' || version === '@latest' ? 'latest' : version));
  }
  if (!['ok', 'pub', 'auth', 'altzip', 'badzip', 'sumproxy', 'sum500'].includes(mode)) return text(res, 404, 'not found');
  const versions = MODULES[path];
  if (!versions) return text(res, 404, `not found: module ${path}: no matching versions`);
  if (file === 'list') return text(res, 200, `${Object.keys(versions).join('\n')}\n`);
  const version = file === '@latest' ? (Object.keys(versions).at(-1) as string) : file.replace(/\.(info|mod|zip)$/, '');
  const mv = versions[version];
  if (!mv) return text(res, 404, `not found: ${path}@${version}: invalid version: unknown revision ${version}`);
  if (file.endsWith('.info') || file === '@latest') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return void res.end(JSON.stringify({ Version: version, Time: '2024-01-02T03:04:05Z' }));
  }
  if (file.endsWith('.mod')) return text(res, 200, mv.mod);
  res.writeHead(200, { 'Content-Type': 'application/zip' });
  if (mode === 'badzip') return void res.end('<html><body>502 Bad Gateway</body></html>\n');
  const served = mode === 'altzip' ? { ...mv, files: { ...mv.files, 'retag.go': 'package hello\n\n// re-tagged\n' } } : mv;
  res.end(moduleZip(path, version, served));
}

// ---------------------------------------------------------------------------------------------
// Certificates (openssl at test time)

export interface CertPair {
  key: string;
  cert: string;
  certFile: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

/** A certificate for `names`, self-signed or signed by the lab CA. */
function makeCert(dir: string, base: string, names: string[], ca?: { key: string; cert: string }): CertPair {
  const keyFile = join(dir, `${base}.key`);
  const certFile = join(dir, `${base}.pem`);
  const san = `subjectAltName=${names.map((n) => (/^\d/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',')}`;
  if (!ca) {
    openssl(
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '2',
        '-subj',
        `/CN=${names[0]}`,
        '-addext',
        san,
      ],
      dir,
    );
  } else {
    const csr = join(dir, `${base}.csr`);
    const ext = join(dir, `${base}.ext`);
    writeFileSync(ext, `${san}\n`);
    openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', csr, '-subj', `/CN=${names[0]}`], dir);
    openssl(
      ['x509', '-req', '-in', csr, '-CA', ca.cert, '-CAkey', ca.key, '-CAcreateserial', '-out', certFile, '-days', '2', '-extfile', ext],
      dir,
    );
  }
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile };
}

// ---------------------------------------------------------------------------------------------
// Servers

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

type ConnectMode = 'refuse407' | 'badgateway' | 'tunnel-selfsigned' | 'tunnel-wronghost' | 'reset' | 'corp';

/** An HTTPS_PROXY that answers CONNECT according to its mode. */
function connectProxy(mode: ConnectMode, tunnels: { selfsigned: number; wronghost: number; corp: number }): net.Server {
  const server = http.createServer((_req, res) => text(res, 400, 'CONNECT only'));
  server.on('connect', (req: http.IncomingMessage, socket: net.Socket) => {
    socket.on('error', () => {});
    if (mode === 'refuse407') {
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (mode === 'badgateway') {
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
    if (mode === 'reset') {
      // A middlebox that lets the tunnel open, then kills it at the TLS ClientHello.
      socket.once('data', () => socket.resetAndDestroy());
      return;
    }
    const port = mode === 'tunnel-selfsigned' ? tunnels.selfsigned : mode === 'corp' ? tunnels.corp : tunnels.wronghost;
    const upstream = net.connect(port, '127.0.0.1');
    upstream.on('error', () => socket.destroy());
    socket.pipe(upstream).pipe(socket);
    void req;
  });
  return server;
}

/**
 * "The internet" as seen through the 'corp' CONNECT proxy (one TLS server, lab CA, routed by Host):
 * proxy.golang.org serves example.com/hello and answers 404 with its usual reason for private
 * paths; sum.golang.org answers 410 for lookups (it cannot see private modules); any other host is
 * a corporate code host answering `?go-get=1` discovery and git smart-HTTP like GitLab for a private
 * repo — 401 without or with wrong credentials, 403 for paths under /forbidden/.
 */
function internet(cert: CertPair): https.Server {
  return https.createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (host === 'proxy.golang.org') {
      req.url = `/pub${req.url ?? '/'}`;
      return proxyHandler(req, res);
    }
    if (host === 'sum.golang.org') {
      const lk = /^\/lookup\/(.+)@(v[^/]+)$/.exec(decodeURIComponent(req.url ?? ''));
      if (lk) return text(res, 410, publicProxyReason(unescapePath(lk[1] as string), lk[2] as string));
      return text(res, 404, 'not found');
    }
    const u = new URL(req.url ?? '/', `https://${host}`);
    const parts = u.pathname.split('/').filter(Boolean);
    if (u.searchParams.get('go-get') === '1') {
      const root = `${host}/${parts.slice(0, 2).join('/')}`;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return void res.end(`<html><head><meta name="go-import" content="${root} git https://${root}.git"></head></html>\n`);
    }
    if (parts[0] === 'forbidden') return text(res, 403, 'forbidden\n');
    text(res, 401, 'HTTP Basic: Access denied\n', { 'WWW-Authenticate': 'Basic realm="GitLab"' });
  });
}

export interface Lab {
  dir: string;
  /** http://127.0.0.1:<port> of the plain proxy. */
  proxy: string;
  /** https://127.0.0.1:<port> of the TLS proxy (self-signed, not trusted). */
  tlsProxy: string;
  /** https://localhost:<port> whose certificate is valid for proxy.golang.org only (trusted via labCA). */
  wrongHostProxy: string;
  /** A port where nothing listens. */
  closedPort: number;
  /** A server that accepts TCP and resets the connection. */
  resetPort: number;
  connect: Record<ConnectMode, number>;
  /** CA bundle that trusts the lab CA (for SSL_CERT_FILE and git's http.sslCAInfo). */
  labCA: string;
  /** file:// base of the local bare repositories (git insteadOf target). */
  gitRepos: string;
  /** Ports by role, for normalising captured output. */
  ports: Record<string, number>;
  close(): Promise<void>;
}

function git(args: string[], cwd: string): void {
  execFileSync('git', args, {
    cwd,
    stdio: 'pipe',
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'lab',
      GIT_AUTHOR_EMAIL: 'lab@example.com',
      GIT_COMMITTER_NAME: 'lab',
      GIT_COMMITTER_EMAIL: 'lab@example.com',
      GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z',
      GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z',
    },
  });
}

/** A bare repository `<root>/<name>.git` with one commit whose go.mod says `module <declared>`, tagged with `tags`. */
function bareRepo(root: string, name: string, declared: string, tags: string[]): void {
  const work = mkdtempSync(join(root, 'work-'));
  writeFileSync(join(work, 'go.mod'), `module ${declared}\n\ngo 1.16\n`);
  writeFileSync(join(work, 'lib.go'), 'package lib\n\nfunc Lib() int { return 1 }\n');
  git(['init', '-q', '-b', 'main'], work);
  git(['add', '.'], work);
  git(['commit', '-q', '-m', 'init'], work);
  for (const t of tags) git(['tag', t], work);
  git(['clone', '-q', '--bare', work, join(root, `${name}.git`)], root);
  rmSync(work, { recursive: true, force: true });
}

export async function startLab(): Promise<Lab> {
  const dir = mkdtempSync(join(tmpdir(), 'modfix-lab-'));
  const certs = join(dir, 'certs');
  mkdirSync(certs);
  // Self-signed, with the names an intercepting middlebox would forge.
  const selfSigned = makeCert(certs, 'selfsigned', ['127.0.0.1', 'localhost', 'proxy.golang.org', 'sum.golang.org']);
  const caKey = join(certs, 'ca.key');
  const caCert = join(certs, 'ca.pem');
  openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', caKey, '-out', caCert, '-days', '2', '-subj', '/CN=Modfix Lab CA'],
    certs,
  );
  const wrongHost = makeCert(certs, 'wronghost', ['proxy.golang.org'], { key: caKey, cert: caCert });
  const otherHost = makeCert(certs, 'otherhost', ['www.example.net'], { key: caKey, cert: caCert });
  const netCert = makeCert(certs, 'internet', ['proxy.golang.org', 'sum.golang.org', 'git.corp.example', 'gitlab.corp.example'], {
    key: caKey,
    cert: caCert,
  });

  const servers: net.Server[] = [];
  const add = async <T extends net.Server>(s: T): Promise<number> => {
    servers.push(s);
    return listen(s);
  };
  const plain = await add(http.createServer(proxyHandler));
  const tlsPort = await add(https.createServer({ key: selfSigned.key, cert: selfSigned.cert }, proxyHandler));
  const wrongPort = await add(https.createServer({ key: wrongHost.key, cert: wrongHost.cert }, proxyHandler));
  // TLS endpoints reached through CONNECT tunnels: an untrusted interceptor and a trusted cert for another host.
  const tunnelSelf = await add(tls.createServer({ key: selfSigned.key, cert: selfSigned.cert }, (s) => s.destroy()));
  const tunnelWrong = await add(https.createServer({ key: otherHost.key, cert: otherHost.cert }, proxyHandler));
  const corpPort = await add(internet(netCert));
  const tunnels = { selfsigned: tunnelSelf, wronghost: tunnelWrong, corp: corpPort };
  const connect = {} as Record<ConnectMode, number>;
  for (const mode of ['refuse407', 'badgateway', 'tunnel-selfsigned', 'tunnel-wronghost', 'reset', 'corp'] as const) {
    connect[mode] = await add(connectProxy(mode, tunnels));
  }
  const resetServer = net.createServer((s) => {
    s.on('error', () => {});
    s.once('data', () => s.resetAndDestroy());
  });
  const resetPort = await add(resetServer);
  const closed = net.createServer();
  const closedPort = await listen(closed);
  await new Promise<void>((r) => closed.close(() => r()));

  const gitRoot = join(dir, 'gitsrv');
  mkdirSync(gitRoot);
  bareRepo(gitRoot, 'repo', 'example.com/repo.git', ['v1.0.0', 'v2.0.0']);
  bareRepo(gitRoot, 'renamed', 'example.com/wrongname', ['v1.0.0']);

  const labCA = join(certs, 'bundle.pem');
  writeFileSync(labCA, readFileSync(caCert, 'utf8'));

  const ports: Record<string, number> = {
    proxy: plain,
    tlsProxy: tlsPort,
    wrongHostProxy: wrongPort,
    closed: closedPort,
    reset: resetPort,
    internet: corpPort,
    ...Object.fromEntries(Object.entries(connect).map(([k, v]) => [`connect-${k}`, v])),
  };
  return {
    dir,
    proxy: `http://127.0.0.1:${plain}`,
    tlsProxy: `https://127.0.0.1:${tlsPort}`,
    wrongHostProxy: `https://localhost:${wrongPort}`,
    closedPort,
    resetPort,
    connect,
    labCA,
    gitRepos: `file://${gitRoot}/`,
    ports,
    async close() {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((r) => {
              (s as http.Server).closeAllConnections?.();
              s.close(() => r());
            }),
        ),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Running go

export interface GoRun {
  /** Files of the main module (relative path → content); go.mod defaults to `module example.com/app`. */
  files?: Record<string, string>;
  /** go sub-command and arguments, e.g. ['mod', 'download', 'example.com/hello@v1.0.0']. */
  args: string[];
  env?: Record<string, string>;
  /** git config --global entries for the temp HOME, e.g. [['url.X.insteadOf', 'Y']]. */
  gitConfig?: Array<[string, string]>;
  /** Extra files in the temp HOME (e.g. .netrc). */
  home?: Record<string, string>;
  /** Run a preparatory go command first (same env) — e.g. to fill go.sum. */
  before?: { args: string[]; env?: Record<string, string>; cleanCache?: boolean };
  /** Leave git off PATH. */
  noGit?: boolean;
  /** Do not write the default go.mod (run outside a module). */
  noModule?: boolean;
  /** After `before`: overwrite (string) or delete (null) paths under GOMODCACHE. */
  mutateCache?: Record<string, string | null>;
}

export interface GoResult {
  status: number | null;
  stderr: string;
  /** Temp directories used, for normalising paths. */
  paths: { root: string; gopath: string; work: string; home: string };
}

/** Runs go asynchronously (the lab servers live in this process, so the event loop must stay free). */
function goProcess(
  goBin: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(goBin, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

export async function runGo(goBin: string, run: GoRun): Promise<GoResult> {
  const root = mkdtempSync(join(tmpdir(), 'modfix-go-'));
  const gopath = join(root, 'gopath');
  const home = join(root, 'home');
  const work = join(root, 'work');
  mkdirSync(home);
  mkdirSync(work);
  const files = { ...(run.noModule ? {} : { 'go.mod': 'module example.com/app\n\ngo 1.18\n' }), ...run.files };
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(work, name, '..'), { recursive: true });
    writeFileSync(join(work, name), body);
  }
  for (const [name, body] of Object.entries(run.home ?? {})) writeFileSync(join(home, name), body, { mode: 0o600 });
  const gitEnv = { HOME: home, PATH: process.env.PATH ?? '/usr/bin:/bin', GIT_CONFIG_NOSYSTEM: '1' };
  for (const [k, v] of run.gitConfig ?? []) execFileSync('git', ['config', '--global', '--add', k, v], { env: gitEnv });
  const goRoot = join(goBin, '..', '..');
  const env: Record<string, string> = {
    PATH: run.noGit ? `${goRoot}/bin:/nonexistent` : `${goRoot}/bin:/usr/bin:/bin`,
    HOME: home,
    GOPATH: gopath,
    GOMODCACHE: join(gopath, 'pkg', 'mod'),
    GOCACHE: join(root, 'gocache'),
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-mod=mod -modcacherw',
    GOSUMDB: 'off',
    GOPROXY: 'off',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt',
    SSL_CERT_DIR: '/nonexistent',
    LANG: 'C',
    ...run.env,
  };
  const goEnv = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  if (run.before) {
    await goProcess(goBin, run.before.args, work, { ...goEnv, ...run.before.env });
    if (run.before.cleanCache) await goProcess(goBin, ['clean', '-modcache'], work, goEnv);
  }
  for (const [rel, body] of Object.entries(run.mutateCache ?? {})) {
    const target = join(goEnv.GOMODCACHE as string, rel);
    if (body === null) rmSync(target, { recursive: true, force: true });
    else writeFileSync(target, body);
  }
  const r = await goProcess(goBin, run.args, work, goEnv);
  return { ...r, paths: { root, gopath, work, home } };
}

/**
 * Makes a capture reproducible: temp paths become a typical home layout, random ports become
 * fixed ones per role, and hashes that depend on them become fixed.
 */
export function normaliseCapture(text: string, lab: Lab, paths: GoResult['paths']): string {
  let s = text;
  s = s.split(paths.gopath).join('/home/dev/go');
  s = s.split(paths.work).join('/home/dev/src/app');
  s = s.split(paths.home).join('/home/dev');
  s = s.split(lab.dir).join('/srv/lab');
  const fixed: Record<string, number> = {
    proxy: 18081,
    tlsProxy: 18443,
    wrongHostProxy: 18444,
    closed: 18099,
    reset: 18098,
    internet: 18082,
    'connect-refuse407': 13128,
    'connect-badgateway': 13129,
    'connect-tunnel-selfsigned': 13130,
    'connect-tunnel-wronghost': 13131,
    'connect-reset': 13132,
    'connect-corp': 3128,
  };
  for (const [role, port] of Object.entries(lab.ports)) {
    const to = fixed[role];
    if (to !== undefined) s = s.replace(new RegExp(`(127\\.0\\.0\\.1|localhost):${port}\\b`, 'g'), `$1:${to}`);
  }
  // Client-side ephemeral ports in "read tcp a:p->b:q" messages.
  s = s.replace(/(127\.0\.0\.1):\d+->/g, '$1:40312->');
  s = s.replace(/cache\/vcs\/[0-9a-f]{64}/g, 'cache/vcs/5b1e3fd5ac0b2f9b1d93aa2a1c4e8c7f0f2b6b9d4d0a3e8c1f7e6d5c4b3a2918');
  return s;
}

export function cleanupRun(r: GoResult): void {
  rmSync(r.paths.root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
