// Reads the concrete values a fix needs from an error block: module path and version, the proxy
// that answered, the private host, addresses, certificate names, Go versions, VCS, paths. Each
// extractor is one precompiled pattern; the first block that yields a value wins.
import type { Extracted } from './types.ts';

type Key = Exclude<keyof Extracted, 'context'>;

// A module path: a dotted first element, then path elements (no spaces, quotes or colons).
const MOD = String.raw`(?:[a-zA-Z0-9][-a-zA-Z0-9]*\.)+[a-zA-Z][-a-zA-Z0-9]*(?:/[^\s@:"'()/]+)*`;
const VERSION = String.raw`(?:v\d[^\s:"'()]*|latest|upgrade|patch|[<>=]+v?[\d.]+[^\s:"'()]*|[0-9a-f]{7,40}|master|main)`;

interface Extractor {
  key: Key;
  re: RegExp;
  /** Which capture group holds the value (default 1). */
  group?: number;
  clean?: (v: string) => string;
}

const trimDotSlash = (v: string) => v.replace(/[.,;]+$/, '');

/** Order matters: earlier extractors win for the same key. */
const EXTRACTORS: Extractor[] = [
  // `verifying x@v: checksum mismatch`, `verifying x@v/go.mod`
  { key: 'module', re: new RegExp(`verifying (${MOD})@(${VERSION})`) },
  { key: 'version', re: new RegExp(`verifying (${MOD})@(${VERSION})`), group: 2, clean: (v) => v.replace(/\/go\.mod$/, '') },
  // `go: x@v: …` / `x@v: …` at line start (module errors), incl. `go get x@v:` (older style)
  { key: 'module', re: new RegExp(`^(?:go(?: get| mod download)?:? )?(${MOD})@(${VERSION}):`, 'm') },
  { key: 'version', re: new RegExp(`^(?:go(?: get| mod download)?:? )?(${MOD})@(${VERSION}):`, 'm'), group: 2 },
  // `module x: …`, `cannot find module providing package x`
  { key: 'module', re: new RegExp(String.raw`\bmodule (${MOD}): `) },
  { key: 'module', re: new RegExp(`cannot find module providing package (${MOD})`) },
  { key: 'module', re: new RegExp(String.raw`(?:^|\s)(${MOD})@(${VERSION})`, 'm') },
  { key: 'version', re: new RegExp(String.raw`(?:^|\s)(${MOD})@(${VERSION})`, 'm'), group: 2 },
  { key: 'module', re: new RegExp(String.raw`^\s+(${MOD}): `, 'm') },
  { key: 'status', re: /: (\d{3} [A-Z][A-Za-z ]+?)(?:\s*$|\n)/m },
  { key: 'host', re: /(?:Get|Head|Post) "https?:\/\/(?:[^\s"@/]*@)?([^\s"/:]+)/ },
  {
    key: 'host',
    re: /(?:fatal: unable to access|could not read Username for|Authentication failed for|repository) '(?:https?|ssh):\/\/(?:[^\s'@/]*@)?([^\s'/:]+)/,
  },
  { key: 'host', re: /(?:Could not resolve host|Failed to connect to|unable to look up|ssh: Could not resolve hostname) ([^\s:(]+)/ },
  {
    key: 'privateHost',
    re: /(?:could not read (?:Username|Password) for|Authentication failed for|fatal: unable to access|repository) '(?:https?|ssh):\/\/(?:[^\s'@/]*@)?([^\s'/:]+)/,
  },
  { key: 'privateHost', re: /(?:^|\s)(?:[\w.-]+@)([\w.-]+\.[a-z]{2,}): Permission denied/m },
  { key: 'address', re: /dial tcp (\[[0-9a-fA-F:.]+\]:\d+|\d{1,3}(?:\.\d{1,3}){3}:\d+)/ },
  { key: 'address', re: /read tcp [^\s]+->(\[[0-9a-fA-F:.]+\]:\d+|\d{1,3}(?:\.\d{1,3}){3}:\d+)/ },
  { key: 'lookupHost', re: /lookup ([^\s:]+?)(?: on |: )/ },
  { key: 'lookupHost', re: /(?:Could not resolve host|unable to look up|Could not resolve hostname) ([^\s:(]+)/ },
  { key: 'resolver', re: /lookup [^\s:]+ on (\[[0-9a-fA-F:.]+\]:\d+|[\d.]+:\d+)/ },
  { key: 'certNames', re: /certificate is valid for (.+?), not ([^\s"]+)/ },
  { key: 'httpProxy', re: /proxyconnect tcp: (?:dial tcp )?([^\s:]+:\d+)/ },
  { key: 'goRequired', re: /requires go >= ?(\d+\.\d+(?:\.\d+)?(?:rc\d+)?)/ },
  { key: 'goRequired', re: /go\.mod file indicates go (\d+\.\d+)/ },
  { key: 'goRequired', re: /invalid go version '(\d+\.\d+(?:\.\d+)?(?:rc\d+)?)'/ },
  { key: 'goRequired', re: /(?:downloading|download) go(\d+\.\d+(?:\.\d+)?(?:rc\d+)?)/ },
  { key: 'goRequired', re: /golang\.org\/toolchain@v0\.0\.1-go(\d+\.\d+(?:\.\d+)?)/ },
  { key: 'goRequired', re: /module requires Go (\d+\.\d+(?:\.\d+)?)/ },
  { key: 'goRunning', re: /running go (\d+\.\d+(?:\.\d+)?)/ },
  { key: 'goRunning', re: /maximum version supported by tidy is (\d+\.\d+)/ },
  { key: 'declaredPath', re: /module declares its path as: (\S+)/ },
  { key: 'requiredPath', re: /but was required as: (\S+)/ },
  { key: 'requiredPath', re: /must match major version \("([^"]+)"\)/ },
  { key: 'vcs', re: /exec: "(\w+)": executable file not found/ },
  { key: 'vcs', re: /GOVCS disallows using (\w+)/ },
  { key: 'vcs', re: /missing (\w+) command/, clean: (v) => v.toLowerCase().replace('mercurial', 'hg').replace('subversion', 'svn') },
  { key: 'replacementDir', re: /replacement directory (\S+) does not exist/ },
  { key: 'badValue', re: /invalid proxy URL (?:missing scheme|scheme \(must be https, http, file\)): (\S+)/ },
  { key: 'badValue', re: /invalid file:\/\/ proxy URL with non-path elements: (\S+)/ },
  { key: 'badValue', re: /lookup ([^\s:]*[;|,][^\s:]*)[: ]/ },
  { key: 'badValue', re: /parsing \$GOFLAGS: (?:unknown flag|non-flag) "?(-?[^\s"]+)/ },
  { key: 'badValue', re: /malformed entry in GOVCS \(missing colon\): "([^"]+)"/ },
  { key: 'badValue', re: /GOAUTH=([^)\s]+)/ },
];

/** Hosts where the first path element under the host is an account, not the whole company. */
const SHARED_CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'gitee.com', 'codeberg.org', 'dev.azure.com', 'git.sr.ht']);

/** The GOPRIVATE pattern FACTS recommends: the bare host (covers the module itself), or host/owner on shared hosts. */
export function privatePatternFor(modulePath: string): string {
  const parts = modulePath.split('/');
  const host = parts[0] ?? modulePath;
  if (SHARED_CODE_HOSTS.has(host) && parts[1]) return `${host}/${parts[1]}`;
  return host;
}

/** Public hosts and well-known vanity domains: a module there is assumed public. */
const PUBLIC_HOSTS =
  /^(?:github\.com|gitlab\.com|bitbucket\.org|gitee\.com|golang\.org|google\.golang\.org|gopkg\.in|go\.uber\.org|k8s\.io|sigs\.k8s\.io|cloud\.google\.com|go\.opentelemetry\.io|go\.etcd\.io|honnef\.co|gorm\.io|go\.mongodb\.org|modernc\.org|rsc\.io|example\.com|example\.org|[\w-]+\.io)$/;

/** Heuristic: a module path whose host looks internal (corp/internal/local TLDs, git.* hosts, IPs). */
export function looksPrivate(modulePath: string): boolean {
  const host = (modulePath.split('/')[0] ?? '').toLowerCase();
  if (PUBLIC_HOSTS.test(host)) return false;
  return (
    /\.(?:corp|internal|intranet|local|lan|home|private|example|test|invalid)$/.test(host) ||
    /^(?:git|gitlab|gitea|gerrit|code|scm|bitbucket|svn|repo|source|dev)\./.test(host) ||
    /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)
  );
}

/** Go's module.EscapePath: an upper-case letter becomes '!' and its lower case. */
const escapePath = (p: string) => p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);

// The first URL the go command read from (a proxy, the checksum DB, or go-get discovery).
const READ_URL = /(?:reading|Get|unexpected status \() ?"?(https?:\/\/[^\s"()]+)/;

/** The GOPROXY entry (or checksum DB base) of a request URL: what comes before the module path or /lookup/. */
function proxyBase(url: string, module: string | undefined): string | undefined {
  if (url.includes('?go-get=1')) return undefined;
  const db = /\/(?:sumdb|lookup|tile)\//.exec(url);
  if (db) return url.slice(0, db.index);
  const at = module ? url.indexOf(`/${escapePath(module)}/@`) : -1;
  if (at > 0) return url.slice(0, at);
  return /^https?:\/\/[^/]+/.exec(url)?.[0];
}

/** Fills `into` with values found in `text` (keeps values already present). */
export function extractFrom(text: string, into: Extracted): Extracted {
  for (const x of EXTRACTORS) {
    if (into[x.key] !== undefined) continue;
    const m = x.re.exec(text);
    const v = m?.[x.group ?? 1];
    if (v) into[x.key] = (x.clean ?? trimDotSlash)(v);
  }
  if (into.module) {
    into.module = into.module.replace(/\/go\.mod$/, '');
    into.privatePattern ??= privatePatternFor(into.module);
  }
  if (into.proxyUrl === undefined) {
    const url = READ_URL.exec(text)?.[1];
    const base = url ? proxyBase(url, into.module) : undefined;
    if (base) into.proxyUrl = base;
  }
  if (into.proxyUrl)
    into.proxyHost ??= into.proxyUrl
      .replace(/^https?:\/\//, '')
      .replace(/[/:].*$/, '')
      .replace(/^[^@]*@/, '');
  return into;
}
