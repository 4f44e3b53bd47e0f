// What a configuration means as environment: the Go variables with their exact values, the
// network variables, and the Go release that introduced each variable. Every renderer starts here,
// so a value is computed once and every format writes the same thing.
import type { ShellWord } from '../quoting/word.ts';
import { mirrorById } from './catalogue.ts';
import type { ModfixConfig, ProxyEntry } from './schema.ts';

/** Go variables the model manages, with the minor release of Go 1.x that introduced them. */
export const GO_VAR_SINCE = {
  GOPROXY: 13,
  GOSUMDB: 13,
  GOPRIVATE: 13,
  GONOPROXY: 13,
  GONOSUMDB: 13,
  GOINSECURE: 14,
  GOMODCACHE: 15,
  GOVCS: 16,
  GOFLAGS: 11,
  GO111MODULE: 11,
  GOTOOLCHAIN: 21,
  GOAUTH: 24,
} as const;
export type GoVar = keyof typeof GO_VAR_SINCE;

/** The text of one GOPROXY entry. */
export function entryValue(e: ProxyEntry): string {
  if (e.kind === 'mirror') return mirrorById(e.id)?.url ?? e.id;
  if (e.kind === 'url') return e.url;
  return e.kind;
}

/** The GOPROXY value: entries joined by the separator written after each. */
export function goproxyValue(entries: readonly ProxyEntry[]): string {
  return entries.map((e, i) => entryValue(e) + (i < entries.length - 1 ? e.sep : '')).join('');
}

export function gosumdbValue(c: ModfixConfig): string | undefined {
  const s = c.sumdb;
  if (s.mode === 'google-cn') return 'sum.golang.google.cn';
  if (s.mode === 'off') return 'off';
  if (s.mode === 'custom') return s.url ? `${s.key} ${s.url}` : s.key;
  return undefined;
}

const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join(',') : undefined);

/**
 * Go variables to set (in a stable order) and the managed ones the model leaves at their default.
 * Values are never empty: an empty `GOPROXY=` in the go env file would shadow $GOROOT/go.env.
 */
export function goEnv(c: ModfixConfig): { set: Array<[GoVar, string]>; unset: GoVar[] } {
  const values: Record<GoVar, string | undefined> = {
    GOPROXY: c.proxy.length > 0 ? goproxyValue(c.proxy) : undefined,
    GOSUMDB: gosumdbValue(c),
    GOPRIVATE: list(c.private.goprivate),
    GONOPROXY: list(c.private.gonoproxy),
    GONOSUMDB: list(c.private.gonosumdb),
    GOINSECURE: list(c.private.goinsecure),
    GOMODCACHE: c.build.gomodcache || undefined,
    GOVCS: list(c.private.govcs.map((r) => `${r.pattern}:${r.vcs.join('|')}`)),
    GOFLAGS: c.build.goflags.length > 0 ? c.build.goflags.join(' ') : undefined,
    GO111MODULE: c.build.go111module,
    GOTOOLCHAIN: c.build.gotoolchain || undefined,
    GOAUTH: c.auth.goauth || undefined,
  };
  const set: Array<[GoVar, string]> = [];
  const unset: GoVar[] = [];
  for (const name of Object.keys(GO_VAR_SINCE) as GoVar[]) {
    const v = values[name];
    if (v !== undefined) set.push([name, v]);
    else unset.push(name);
  }
  return { set, unset };
}

/** The proxy URL with the user name and a reference to the password variable (never the password). */
export function proxyWord(url: string, c: ModfixConfig): ShellWord {
  const user = c.network.proxyUser;
  if (!user) return [url];
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(.*)$/i.exec(url);
  const scheme = m?.[1] ?? 'http://';
  const rest = m ? (m[2] ?? '') : url;
  const u = encodeURIComponent(user);
  const pw = c.network.proxyPasswordEnv;
  return pw ? [`${scheme}${u}:`, { env: pw }, `@${rest}`] : [`${scheme}${u}@${rest}`];
}

/**
 * Proxy and CA variables for the environment. Both cases are set: the go command prefers the
 * upper-case names, curl (used by git) reads only the lower-case http_proxy.
 */
export function networkEnv(c: ModfixConfig): Array<[string, ShellWord]> {
  const n = c.network;
  const out: Array<[string, ShellWord]> = [];
  if (n.httpsProxy) {
    const w = proxyWord(n.httpsProxy, c);
    out.push(['HTTPS_PROXY', w], ['https_proxy', w]);
  }
  if (n.httpProxy) {
    const w = proxyWord(n.httpProxy, c);
    out.push(['HTTP_PROXY', w], ['http_proxy', w]);
  }
  if (n.noProxy.length > 0 && (n.httpsProxy || n.httpProxy)) {
    const v = n.noProxy.join(',');
    out.push(['NO_PROXY', [v]], ['no_proxy', [v]]);
  }
  // Go reads SSL_CERT_FILE only on Linux and the BSDs; macOS and Windows use the system store.
  if (n.caBundle && c.target.os === 'linux') out.push(['SSL_CERT_FILE', [n.caBundle]]);
  return out;
}

/** Everything exported to the environment, Go variables first, as shell words. */
export function allEnv(c: ModfixConfig): Array<[string, ShellWord]> {
  return [...goEnv(c).set.map(([k, v]): [string, ShellWord] => [k, [v]]), ...networkEnv(c)];
}

/** Private hosts whose git access goes through a given method. */
export const hostsBy = (c: ModfixConfig, method: ModfixConfig['auth']['hosts'][number]['method']) =>
  c.auth.hosts.filter((h) => h.method === method);

/** `host` without `:port`. */
export const hostName = (host: string) => host.replace(/:\d+$/, '');
