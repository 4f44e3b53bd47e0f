// A loopback lab that makes the real go command fail in the ways readers see: a GOPROXY-protocol
// server whose path prefix picks the failure, a TLS copy of it with a self-signed certificate,
// CONNECT proxies (HTTPS_PROXY) that refuse, demand auth or intercept TLS, git remotes that need
// credentials (reached through `git insteadOf` in a temp HOME) and local bare repositories.
// Nothing leaves 127.0.0.1: hosts such as proxy.golang.org only ever reach the CONNECT proxies here.
// DNS failures come from small resolvers on 127.0.53.x:53 that a private mount namespace puts in
// /etc/resolv.conf for one go run (needs root and unshare; those scenarios skip loudly without).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { storedZip } from '../support/zip.ts';

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
  // A public module whose origin the public proxy and checksum DB cannot reach right now.
  'github.com/flaky/widgets': { 'v1.0.0': hello('github.com/flaky/widgets', 'v1.0.0') },
  // A dependency that needs a Go release newer than any installed (GOTOOLCHAIN=auto switches).
  'example.com/newgo': { 'v1.0.0': { mod: 'module example.com/newgo\n\ngo 1.98.0\n', files: { 'newgo.go': 'package newgo\n' } } },
};

/** Modules proxy.golang.org can serve (the others are private to it). */
const PUBLIC = new Set(['example.com/hello', 'github.com/someone/fork']);

/** Go's module.EscapePath: upper case becomes '!' + lower case. */
function unescapePath(p: string): string {
  return p.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** A stored (uncompressed) zip with the `module@version/` prefix the go command requires. */
export function moduleZip(path: string, version: string, mv: ModuleVersion): Buffer {
  const files: Record<string, string> = { [`${path}@${version}/go.mod`]: mv.mod };
  for (const [name, body] of Object.entries(mv.files)) files[`${path}@${version}/${name}`] = body;
  return storedZip(files);
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
//   /html/…      a captive portal: 200 with an HTML login page for every request
//   /eof/…       closes the connection without answering

function text(res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

/** Public modules whose origin is unreachable from proxy.golang.org and sum.golang.org. */
const FLAKY = new Set(['github.com/flaky/widgets']);

/** What proxy.golang.org says when it cannot fetch a path itself (the wording of its real answers). */
function publicProxyReason(path: string, version: string): string {
  const host = path.split('/')[0] ?? path;
  if (FLAKY.has(path)) {
    return (
      `not found: ${path}@${version}: invalid version: git ls-remote -q origin in /tmp/gopath/pkg/mod/cache/vcs/` +
      `3c9a1e5f7b2d4c6e8a0f1b3d5e7c9a2b4d6f8e0a1c3e5b7d9f2a4c6e8b0d1f3a: exit status 128:\n` +
      `\tfatal: unable to access 'https://${path}/': Failed to connect to ${host} port 443 after 130417 ms: Connection timed out`
    );
  }
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

export function proxyHandler(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
  const m = /^\/([^/]+)(\/.*)$/.exec(url);
  if (!m) return text(res, 404, 'not found');
  const mode = m[1] as string;
  const rest = m[2] as string;
  if (mode === 'eof') return void req.socket.destroy();
  if (mode === 'html') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    return void res.end('<!DOCTYPE html><html><head><title>Sign in</title></head><body>Guest Wi-Fi: please sign in</body></html>\n');
  }
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

/** A certificate for `names` from the lab CA that expired long ago (openssl ca can backdate). */
function expiredCert(dir: string, names: string[], ca: { key: string; cert: string }): CertPair {
  const keyFile = join(dir, 'expired.key');
  const certFile = join(dir, 'expired.pem');
  const csr = join(dir, 'expired.csr');
  const ext = join(dir, 'expired.ext');
  writeFileSync(ext, `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}\n`);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '01\n');
  writeFileSync(
    join(dir, 'ca.cnf'),
    '[ca]\ndefault_ca=lab\n[lab]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\ndefault_md=sha256\npolicy=any\n[any]\ncommonName=supplied\n',
  );
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', csr, '-subj', `/CN=${names[0]}`], dir);
  openssl(
    [
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-cert',
      ca.cert,
      '-keyfile',
      ca.key,
      '-in',
      csr,
      '-out',
      certFile,
      '-notext',
      '-extfile',
      ext,
    ].concat(['-startdate', '20200101000000Z', '-enddate', '20200102000000Z']),
    dir,
  );
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile };
}

// ---------------------------------------------------------------------------------------------
// DNS: resolvers that time out, fail (SERVFAIL) or deny every name (NXDOMAIN)

export type ResolverMode = 'timeout' | 'servfail' | 'nxdomain';
const RESOLVER_IPS: Record<ResolverMode, string> = { timeout: '127.0.53.1', servfail: '127.0.53.2', nxdomain: '127.0.53.3' };

/** The query with its question only, flagged as an answer with `rcode` (2 SERVFAIL, 3 NXDOMAIN). */
function dnsAnswer(q: Buffer, rcode: number): Buffer | null {
  let i = 12;
  while (i < q.length && q[i] !== 0) i += (q[i] as number) + 1;
  if (i + 5 > q.length) return null;
  const r = Buffer.from(q.subarray(0, i + 5));
  r[2] = 0x80 | ((q[2] as number) & 0x01); // QR, keep RD
  r[3] = 0x80 | rcode; // RA
  r.writeUInt16BE(1, 4);
  r.fill(0, 6, 12);
  return r;
}

/** Why DNS scenarios cannot run here, or null: they need a private mount namespace and port 53. */
function dnsUnsupported(dir: string): string | null {
  const probe = join(dir, 'resolv-probe.conf');
  writeFileSync(probe, 'nameserver 127.0.53.9\n');
  const r = spawnSync('unshare', ['-m', 'sh', '-c', 'mount --bind "$0" /etc/resolv.conf && cat /etc/resolv.conf', probe], {
    encoding: 'utf8',
  });
  return r.status === 0 && r.stdout.includes('127.0.53.9')
    ? null
    : `unshare -m with a bind mount failed (${(r.stderr || r.error?.message || '').trim()})`;
}

async function startResolvers(dir: string): Promise<{ files: Record<ResolverMode, string>; sockets: dgram.Socket[] } | string> {
  const why = dnsUnsupported(dir);
  if (why) return why;
  const sockets: dgram.Socket[] = [];
  const files = {} as Record<ResolverMode, string>;
  try {
    for (const mode of Object.keys(RESOLVER_IPS) as ResolverMode[]) {
      const sock = dgram.createSocket('udp4');
      sock.on('message', (msg, from) => {
        if (mode === 'timeout') return;
        const a = dnsAnswer(msg, mode === 'servfail' ? 2 : 3);
        if (a) sock.send(a, from.port, from.address);
      });
      await new Promise<void>((resolve, reject) => {
        sock.once('error', reject);
        sock.bind(53, RESOLVER_IPS[mode], () => resolve());
      });
      sockets.push(sock);
      files[mode] = join(dir, `resolv-${mode}.conf`);
      writeFileSync(files[mode], `nameserver ${RESOLVER_IPS[mode]}\noptions timeout:1 attempts:1\n`);
    }
  } catch (e) {
    for (const s of sockets) s.close();
    return `cannot listen on port 53 (${(e as Error).message})`;
  }
  return { files, sockets };
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
 * repo — 401 without or with wrong credentials, 403 for paths under /forbidden/, 404 (repository not
 * found) under /missing/; discovery itself answers 401 under /authmeta/ and 404 under /nometa/.
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
      if (lk) {
        const path = unescapePath(lk[1] as string);
        return text(res, FLAKY.has(path) ? 404 : 410, publicProxyReason(path, lk[2] as string));
      }
      return text(res, 404, 'not found');
    }
    const u = new URL(req.url ?? '/', `https://${host}`);
    const parts = u.pathname
      .split('/')
      .filter(Boolean)
      .map((p) => p.replace(/\.git$/, ''));
    // GitLab answers discovery of a private project with 401 (or 404) when the caller is anonymous.
    if (parts[0] === 'authmeta') return text(res, 401, 'HTTP Basic: Access denied\n', { 'WWW-Authenticate': 'Basic realm="GitLab"' });
    if (parts[0] === 'nometa') return text(res, 404, 'Not Found\n');
    if (u.searchParams.get('go-get') === '1') {
      const root = `${host}/${parts.slice(0, 2).join('/')}`;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return void res.end(`<html><head><meta name="go-import" content="${root} git https://${root}.git"></head></html>\n`);
    }
    if (parts[0] === 'forbidden') return text(res, 403, 'forbidden\n');
    if (parts[0] === 'missing') return text(res, 404, 'Not Found\n');
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
  /** A server that accepts TCP and never answers (TLS handshake timeout). */
  hangPort: number;
  /** https://localhost:<port> with a lab-CA certificate that expired in 2020. */
  expiredProxy: string;
  /** The commit of example.com/repo.git (deterministic: fixed author, dates and content). */
  repoCommit: string;
  /** resolv.conf files per resolver behaviour, or why DNS scenarios cannot run here. */
  resolvers: Record<ResolverMode, string> | string;
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
  const expired = expiredCert(certs, ['localhost'], { key: caKey, cert: caCert });

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
  const hung = new Set<net.Socket>();
  const hangPort = await add(
    net.createServer((s) => {
      s.on('error', () => {});
      hung.add(s);
    }),
  );
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
  const expiredPort = await add(https.createServer({ key: expired.key, cert: expired.cert }, proxyHandler));
  // Nothing listens on port 1 (an ephemeral port just closed could be reused by another process).
  const closedPort = 1;
  const dns = await startResolvers(dir);

  const gitRoot = join(dir, 'gitsrv');
  mkdirSync(gitRoot);
  bareRepo(gitRoot, 'repo', 'example.com/repo.git', ['v1.0.0', 'v2.0.0']);
  const repoCommit = execFileSync('git', ['--git-dir', join(gitRoot, 'repo.git'), 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  bareRepo(gitRoot, 'renamed', 'example.com/wrongname', ['v1.0.0']);

  const labCA = join(certs, 'bundle.pem');
  writeFileSync(labCA, readFileSync(caCert, 'utf8'));

  const ports: Record<string, number> = {
    proxy: plain,
    tlsProxy: tlsPort,
    wrongHostProxy: wrongPort,
    reset: resetPort,
    hang: hangPort,
    expired: expiredPort,
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
    hangPort,
    expiredProxy: `https://localhost:${expiredPort}`,
    resolvers: typeof dns === 'string' ? dns : dns.files,
    repoCommit,
    connect,
    labCA,
    gitRepos: `file://${gitRoot}/`,
    ports,
    async close() {
      if (typeof dns !== 'string') for (const s of dns.sockets) s.close();
      for (const s of hung) s.destroy();
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
  /** After `before`: overwrite (string), delete (null) or replace by a directory ({ dir: true }) paths under GOMODCACHE. */
  mutateCache?: Record<string, string | null | { dir: true }>;
  /** Run go (and the git it starts) with this resolver in /etc/resolv.conf (Lab.resolvers must be available). */
  resolver?: ResolverMode;
  /** Run go in an empty network namespace (no route anywhere, like a container without a network). */
  isolated?: boolean;
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

export async function runGo(goBin: string, run: GoRun, lab?: Lab): Promise<GoResult> {
  const resolvConf = run.resolver ? (lab && typeof lab.resolvers !== 'string' ? lab.resolvers[run.resolver] : undefined) : undefined;
  if (run.resolver && !resolvConf) throw new Error(`resolver ${run.resolver} is not available in this lab`);
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
  for (const [name, body] of Object.entries(run.home ?? {})) {
    mkdirSync(join(home, name, '..'), { recursive: true });
    writeFileSync(join(home, name), body, { mode: 0o600 });
  }
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
    if (body === null || typeof body === 'object') rmSync(target, { recursive: true, force: true });
    if (typeof body === 'object' && body !== null) mkdirSync(target);
    else if (typeof body === 'string') writeFileSync(target, body);
  }
  let argv = [goBin, ...run.args];
  if (resolvConf) argv = ['unshare', '-m', 'sh', '-c', 'mount --bind "$0" /etc/resolv.conf && exec "$@"', resolvConf, ...argv];
  if (run.isolated) argv = ['unshare', '-n', ...argv];
  const r = await goProcess(argv[0] as string, argv.slice(1), work, goEnv);
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
    reset: 18098,
    hang: 18097,
    expired: 18445,
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
  // Client-side ephemeral ports in "read tcp a:p->b:q" / "read udp a:p->b:53" messages.
  s = s.replace(/(\d+\.\d+\.\d+\.\d+):\d+->/g, '$1:40312->');
  // The clock in x509 validity errors.
  s = s.replace(/current time \S+ is (after|before)/g, 'current time 2026-11-23T08:00:00Z is $1');
  s = s.replace(/cache\/vcs\/[0-9a-f]{64}/g, 'cache/vcs/5b1e3fd5ac0b2f9b1d93aa2a1c4e8c7f0f2b6b9d4d0a3e8c1f7e6d5c4b3a2918');
  return s;
}

export function cleanupRun(r: GoResult): void {
  rmSync(r.paths.root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
