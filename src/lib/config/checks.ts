// The rules that need several fields or Go's own parsing (FACTS.md §10), for a config that already
// fits the schema. Free of zod, so the generator page can check a preset before the schema loads.
// Errors block output; warnings are shown beside it.
import { parseGoproxy } from '../goproxy/list.ts';
import { matchPrefixPatterns, pathMatch } from '../goproxy/patterns.ts';
import { atLeast, type GoVersion, parseGoVersion } from '../goversion.ts';
import { mirrorById } from './catalogue.ts';
import { entryValue, GO_VAR_SINCE, type GoVar, goEnv, hostName } from './derive.ts';
import type { Locale } from './i18n.ts';
import { message } from './messages.ts';
import type { ModfixConfig } from './schema.ts';

export interface Issue {
  /** Dotted path of the field, e.g. `proxy.1.url`; '' for the whole config. */
  path: string;
  code: string;
  message: string;
}

export interface ValidationResult {
  ok: boolean;
  config?: ModfixConfig;
  errors: Issue[];
  warnings: Issue[];
}

type Params = Record<string, string | number>;
type Report = (level: 'error' | 'warning', path: string, code: string, params?: Params) => void;

/** The rules beyond the schema, for a config that already fits it (a preset, or a parsed input). */
export function checkConfig(config: ModfixConfig, locale: Locale = 'en'): ValidationResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const report: Report = (level, path, code, params) =>
    (level === 'error' ? errors : warnings).push({ path, code, message: message(code, locale, params) });
  crossCheck(config, report);
  return { ok: errors.length === 0, config, errors, warnings };
}

function crossCheck(c: ModfixConfig, report: Report): void {
  const go = parseGoVersion(c.build.go) as GoVersion;
  checkProxy(c, go, report);
  checkSumdb(c, report);
  checkPrivate(c, go, report);
  checkBuild(c, go, report);
  checkAuth(c, report);
  checkNetwork(c, report);
  checkNpm(c, report);
  checkTarget(c, report);
  // Variables newer than the target Go: `go env -w` refuses them and the go command ignores them.
  const pathOf: Partial<Record<GoVar, string>> = {
    GOINSECURE: 'private.goinsecure',
    GOMODCACHE: 'build.gomodcache',
    GOVCS: 'private.govcs',
    GOTOOLCHAIN: 'build.gotoolchain',
    GOAUTH: 'auth.goauth',
  };
  for (const [name] of goEnv(c).set) {
    const since = GO_VAR_SINCE[name];
    if (!atLeast(go, since)) report('error', pathOf[name] ?? '', 'too-new', { name, need: `1.${since}`, go: c.build.go });
  }
}

type Problem = [code: string, params?: Params] | null;

function checkProxy(c: ModfixConfig, go: GoVersion, report: Report): void {
  if (c.proxy.length === 0) {
    report('error', 'proxy', 'proxy-empty');
    return;
  }
  const seen = new Set<string>();
  let stop: string | null = null;
  c.proxy.forEach((e, i) => {
    const path = `proxy.${i}`;
    const value = entryValue(e);
    if (stop !== null) report('warning', path, 'proxy-ignored', { entry: value, stop });
    if (seen.has(value)) report('warning', path, 'proxy-duplicate', { entry: value });
    seen.add(value);
    if ((e.kind === 'direct' || e.kind === 'off') && stop === null) stop = e.kind;
    if (e.sep === '|' && i < c.proxy.length - 1 && !atLeast(go, 15)) report('error', `${path}.sep`, 'proxy-pipe-old', { go: c.build.go });
    const problem = e.kind === 'url' ? proxyUrlProblem(e.url, go) : null;
    if (problem) report('error', `${path}.url`, ...problem);
    // Plain http:// works, but nothing protects what the proxy serves. Loopback too: the config
    // may run on another machine (CI, a container) than the one where the proxy was local.
    else if (e.kind === 'url' && /^http:\/\//i.test(e.url)) report('warning', `${path}.url`, 'proxy-http', { entry: e.url });
  });
}

function proxyUrlProblem(url: string, go: GoVersion): Problem {
  if (url === 'direct' || url === 'off') return ['proxy-url-keyword', { entry: url }];
  if (/[\s,|]/.test(url)) return ['proxy-url-separator'];
  const p = parseGoproxy(url, go);
  if (p.problem) return ['proxy-url', { go: p.problem.goMessage }];
  const entry = p.entries[0];
  if (entry?.insecureCredentials) return ['proxy-http-credentials'];
  if (/^https?:\/\/[^/]*@/i.test(entry?.url ?? '')) return ['proxy-credentials'];
  return null;
}

function checkSumdb(c: ModfixConfig, report: Report): void {
  const s = c.sumdb;
  if (s.mode === 'off') report('warning', 'sumdb', 'sumdb-off');
  if (s.mode === 'custom') {
    // name+hash+key: hash is 8 hex digits, key is base64 (see golang.org/x/mod/sumdb/note).
    // "sum.golang.org" is the one name cmd/go knows the key of (knownGOSUMDB in modfetch/sumdb.go),
    // so `sum.golang.org <url>` reaches the real database through another host.
    const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+=*)$/.exec(s.key);
    const known = s.key === 'sum.golang.org';
    if (!known && (!m || !/^[a-z0-9.-]+(\/[^/\s]+)*$/.test(m[1] as string))) report('error', 'sumdb.key', 'sumdb-key');
    // The go command splits GOSUMDB on white space: a space inside the URL breaks it.
    if (s.url !== undefined && (!/^https?:\/\/[^\s/]+/.test(s.url) || /\s/.test(s.url))) report('error', 'sumdb.url', 'sumdb-url');
  }
  if (s.mode === 'default') {
    // Until the first direct/off, does any entry reach sum.golang.org for the go command?
    const before = c.proxy.slice(0, firstStop(c)).filter((e) => e.kind === 'mirror' || e.kind === 'url');
    const mirrors = before.map((e) => (e.kind === 'mirror' ? mirrorById(e.id) : undefined));
    if (mirrors.length > 0 && mirrors.every((m) => m !== undefined && m.proxiesSumdb !== true)) {
      report('warning', 'sumdb', 'sumdb-direct', { mirror: mirrors.map((m) => m?.url).join(', ') });
    }
  }
}

function firstStop(c: ModfixConfig): number {
  const i = c.proxy.findIndex((e) => e.kind === 'direct' || e.kind === 'off');
  return i < 0 ? c.proxy.length : i;
}

/** What a pattern matching every module turns off, per variable (en, zh-CN). */
const ALL_OFF: Record<string, [string, string]> = {
  GOPRIVATE: ['the proxy and checksum verification', '代理和校验和验证'],
  GONOPROXY: ['the proxy', '代理'],
  GONOSUMDB: ['checksum verification', '校验和验证'],
};

/** Problems of one GOPRIVATE-style pattern (FACTS §3, §10.5). */
function checkPattern(p: string, path: string, go: GoVersion, report: Report, label: string): void {
  const problem = patternProblem(p, go, label);
  if (problem) {
    report('error', path, ...problem);
    return;
  }
  if (p.replace(/\/$/, '') === '*') {
    const what = ALL_OFF[label];
    if (what) report('warning', path, 'pattern-all', { label, what: what[0], whatZh: what[1] });
  }
  const segs = p.replace(/\/$/, '').split('/');
  if (segs.length > 1 && segs[segs.length - 1] === '*') {
    report('warning', path, 'pattern-star-root', { label, p, root: segs.slice(0, -1).join('/') });
  }
}

function patternProblem(p: string, go: GoVersion, label: string): Problem {
  if (p === '') return ['pattern-empty', { label }];
  if (/\s/.test(p)) return ['pattern-space', { label, p }];
  if (p.includes(',')) return ['pattern-comma', { label }];
  if (p.includes('://')) return ['pattern-scheme', { label, p, fix: p.replace(/^[a-z]+:\/\//i, '') }];
  if (/^[^/]*:\d+/.test(p)) return ['pattern-port', { label, p }];
  if (p.endsWith('/') && !atLeast(go, 18)) return ['pattern-slash-old', { label, p, fix: p.replace(/\/+$/, '') }];
  if (p.split('/').some((s) => pathMatch(s, 'x') === null)) return ['pattern-malformed', { label, p }];
  return null;
}

function checkPatternList(items: readonly string[], path: string, go: GoVersion, report: Report, label: string): void {
  const seen = new Set<string>();
  items.forEach((p, i) => {
    checkPattern(p, `${path}.${i}`, go, report, label);
    if (seen.has(p)) report('warning', `${path}.${i}`, 'pattern-duplicate', { label, p });
    seen.add(p);
  });
}

function checkPrivate(c: ModfixConfig, go: GoVersion, report: Report): void {
  const pr = c.private;
  checkPatternList(pr.goprivate, 'private.goprivate', go, report, 'GOPRIVATE');
  for (const key of ['gonoproxy', 'gonosumdb'] as const) {
    const list = pr[key];
    const label = key.toUpperCase();
    if (!list || list.length === 0) continue;
    checkPatternList(list, `private.${key}`, go, report, label);
    // A set GONOPROXY/GONOSUMDB replaces GOPRIVATE for its decision (FACTS §3).
    const joined = list.join(',');
    const uncovered = pr.goprivate.filter((p) => !matchPrefixPatterns(joined, sample(p), go));
    if (uncovered.length > 0) report('warning', `private.${key}`, 'pattern-replaces', { label, p: uncovered.join(',') });
  }
  checkPatternList(pr.goinsecure, 'private.goinsecure', go, report, 'GOINSECURE');
  if (pr.goinsecure.length > 0) {
    report('warning', 'private.goinsecure', 'goinsecure');
    const proxyHosts = c.proxy.flatMap((e) => {
      const m = /^https?:\/\/([^/:]+)/.exec(entryValue(e));
      return m ? [m[1] as string] : [];
    });
    const hit = proxyHosts.find((h) => matchPrefixPatterns(pr.goinsecure.join(','), h, go));
    if (hit) report('warning', 'private.goinsecure', 'goinsecure-proxy', { host: hit });
  }
  const anyPrivate = pr.goprivate.length > 0 || (pr.gonoproxy?.length ?? 0) > 0;
  const stop = c.proxy[firstStop(c)];
  if (anyPrivate && stop?.kind === 'off') report('warning', 'proxy', 'private-off');
  pr.govcs.forEach((r, i) => {
    const path = `private.govcs.${i}`;
    if (r.pattern !== 'public' && r.pattern !== 'private') checkPattern(r.pattern, `${path}.pattern`, go, report, 'GOVCS');
    const exclusive = r.vcs.filter((x) => x === 'all' || x === 'off');
    if (r.vcs.length === 0 || (exclusive.length > 0 && r.vcs.length > 1)) report('error', `${path}.vcs`, 'govcs-vcs');
  });
}

/** A module path that a pattern is meant to cover, to test coverage by other pattern lists. */
function sample(p: string): string {
  return p
    .replace(/\/$/, '')
    .replace(/\*/g, 'x')
    .replace(/\?/g, 'x')
    .replace(/\[[^\]]*\]/g, 'x');
}

function checkBuild(c: ModfixConfig, go: GoVersion, report: Report): void {
  const b = c.build;
  b.goflags.forEach((f, i) => {
    const problem = goflagProblem(f);
    if (problem) report('error', `build.goflags.${i}`, ...problem);
  });
  if (b.gomodcache !== undefined && !isAbsolute(b.gomodcache)) report('error', 'build.gomodcache', 'path-absolute', { name: 'GOMODCACHE' });
  if (b.gotoolchain !== undefined) {
    if (!/^(local|auto|path|go1\.\d+(\.\d+)?((rc|beta)\d+)?(\+(auto|path))?)$/.test(b.gotoolchain)) {
      report('error', 'build.gotoolchain', 'gotoolchain');
    } else if (c.sumdb.mode === 'off' && b.gotoolchain !== 'local') report('warning', 'build.gotoolchain', 'gotoolchain-sumdb-off');
  }
  if (b.go111module === 'off') report('warning', 'build.go111module', 'go111module-off');
  else if (b.go111module && atLeast(go, 16)) report('warning', 'build.go111module', 'go111module-needless', { v: b.go111module });
  const ga = c.auth.goauth;
  if (ga !== undefined) {
    const cmds = ga.split(';').map((s) => s.trim());
    if (cmds.some((s) => s === '')) report('error', 'auth.goauth', 'goauth-empty');
    else if (cmds.includes('off') && cmds.length > 1) report('error', 'auth.goauth', 'goauth-off');
    else if (cmds.some((s) => /^git(\s|$)/.test(s) && !isAbsolute(s.slice(3).trim()))) report('error', 'auth.goauth', 'goauth-git');
  }
}

function goflagProblem(f: string): Problem {
  if (!/^--?[A-Za-z]/.test(f) || /\s/.test(f)) return ['goflags-word', { f }];
  if (/^--?insecure(=|$)/.test(f)) return ['goflags-insecure'];
  // GOFLAGS reaches `go env` too, which then refuses -w ("cannot use -u with -w").
  const envFlag = /^--?(u|json)(=|$)/.exec(f)?.[1];
  if (envFlag) return ['goflags-env', { f: `-${envFlag}` }];
  const mod = /^--?mod=(.*)$/.exec(f)?.[1];
  if (mod !== undefined && !['mod', 'readonly', 'vendor'].includes(mod)) return ['goflags-mod', { v: mod }];
  return null;
}

const isAbsolute = (p: string) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p);

function checkAuth(c: ModfixConfig, report: Report): void {
  const seen = new Set<string>();
  // A host is private when some GOPRIVATE/GONOPROXY pattern's first element matches it.
  const firstElems = [...c.private.goprivate, ...(c.private.gonoproxy ?? [])].map((p) => p.split('/')[0] as string);
  const proxyHosts = c.proxy.map((e) => /^https?:\/\/([^/]+)/.exec(entryValue(e))?.[1]);
  c.auth.hosts.forEach((h, i) => {
    const path = `auth.hosts.${i}`;
    if (seen.has(h.host)) report('error', `${path}.host`, 'auth-duplicate', { host: h.host });
    seen.add(h.host);
    if (h.method !== 'ssh' && !h.login) report('error', `${path}.login`, 'auth-login');
    if (h.login !== undefined && /[\s"']/.test(h.login)) report('error', `${path}.login`, 'auth-space');
    if (h.token !== undefined && /[\s"']/.test(h.token)) report('error', `${path}.token`, 'auth-space');
    const name = hostName(h.host);
    if (!firstElems.some((p) => pathMatch(p, name) === true) && !proxyHosts.includes(h.host)) {
      report('warning', `${path}.host`, 'auth-not-private', { host: name });
    }
  });
}

function checkNetwork(c: ModfixConfig, report: Report): void {
  const n = c.network;
  for (const key of ['httpsProxy', 'httpProxy'] as const) {
    const u = n[key];
    if (u === undefined) continue;
    let url: URL | null = null;
    try {
      url = new URL(u.includes('://') ? u : `http://${u}`);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:', 'socks5:'].includes(url.protocol) || url.hostname === '')
      report('error', `network.${key}`, 'net-proxy-url');
    else if (url.username || url.password) report('error', `network.${key}`, 'net-proxy-credentials');
  }
  if (n.proxyPasswordEnv && !n.proxyUser) report('error', 'network.proxyPasswordEnv', 'net-password-without-user');
  const usesHttps = c.proxy.some((e) => entryValue(e).startsWith('https://'));
  if (n.httpProxy && !n.httpsProxy && usesHttps) report('warning', 'network.httpsProxy', 'net-http-only');
  n.noProxy.forEach((p, i) => {
    if (p === '' || /[\s,]/.test(p)) report('error', `network.noProxy.${i}`, 'net-noproxy');
  });
  if (n.caBundle !== undefined) {
    if (!isAbsolute(n.caBundle)) report('error', 'network.caBundle', 'path-absolute', { name: 'SSL_CERT_FILE' });
    if (c.target.os !== 'linux') report('warning', 'network.caBundle', 'ca-os');
  }
}

function checkNpm(c: ModfixConfig, report: Report): void {
  const urls: Array<[string, string]> = c.npm.scopes.map((s, i) => [`npm.scopes.${i}.registry`, s.registry]);
  if (c.npm.registry !== undefined) urls.unshift(['npm.registry', c.npm.registry]);
  for (const [path, u] of urls) {
    if (!/^https?:\/\/[^\s/]+/.test(u) || /\s/.test(u)) report('error', path, 'npm-registry');
  }
}

function checkTarget(c: ModfixConfig, report: Report): void {
  const { os, shell, scope } = c.target;
  // networkEnv puts the proxy user (and a reference to the password variable) into HTTP(S)_PROXY;
  // persistent shell formats write that into ~/.bashrc, ~/.zshrc, fish universal variables or setx.
  const n = c.network;
  if (scope === 'persistent' && n.proxyUser && (n.httpsProxy || n.httpProxy)) report('warning', 'network.proxyUser', 'secret-persistent');
  if (shell === 'cmd' && os !== 'windows') report('error', 'target.shell', 'shell-os', { shell, os });
  if (os === 'windows' && (shell === 'bash' || shell === 'zsh' || shell === 'fish'))
    report('warning', 'target.shell', 'shell-os-posix', { shell });
}
