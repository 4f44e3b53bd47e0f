// The GOPROXY chain simulator: given a GOPROXY value and what each entry answers, replay what the
// go command does for one `go mod download module@version` — which entries it asks, why it goes
// on or stops, which error it prints — and what happens with the checksum database.
// Rules: cmd/go/internal/modfetch proxy.go `proxyList`/`TryProxies`, repo.go `lookup`,
// sumdb.go `dbDial`/`initBase` (FACTS.md §1, §4). Pure: no I/O, safe in the browser.
import { type ProxyEntry, parseGoproxy, redactUrl } from '../goproxy/list.ts';
import { matchPrefixPatterns } from '../goproxy/patterns.ts';
import { atLeast, formatGo, type GoVersion, LATEST_GO, parseGoVersion } from '../goversion.ts';
import type {
  DirectOutcome,
  EntryKind,
  I18n,
  Outcome,
  ReasonKey,
  SimulateInput,
  Step,
  SumdbStatus,
  SumdbTrace,
  Trace,
  UrlOutcome,
} from './model.ts';
import { NOTES, SUMDB_TEXT, stepText, summaryText } from './texts.ts';

export const DEFAULT_GOPROXY = 'https://proxy.golang.org,direct';
export const DEFAULT_MODULE = 'example.com/hello';
export const DEFAULT_VERSION = 'v1.0.0';
export const DEFAULT_GOSUMDB = 'sum.golang.org';

// Errors the go command synthesises itself (repo.go); all count as "not found".
const ERR_PROXY_OFF = 'module lookup disabled by GOPROXY=off';
const ERR_NOPROXY = 'disabled by GOPRIVATE/GONOPROXY';
const ERR_USE_PROXY = 'path does not match GOPRIVATE/GONOPROXY';

/** How a module path or version appears in a request URL: upper case as `!x` (module.EscapePath), `!` percent-encoded. */
export function escapeForUrl(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `%21${c.toLowerCase()}`);
}

/** `<base>/<suffix>` the way the go command joins a proxy URL and a path: one trailing `/` dropped, query kept. */
export function joinUrl(base: string, suffix: string): string {
  const i = base.search(/[?#]/);
  const head = i < 0 ? base : base.slice(0, i);
  return `${head.replace(/\/$/, '')}/${suffix}${i < 0 ? '' : base.slice(i)}`;
}

/** net/http prints URLs in its errors with the password as `***`. */
function httpRedact(u: string): string {
  return u.replace(/^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/@:]*):[^/@]*@/, '$1:***@');
}

/** The address in `dial tcp <addr>` errors: an IP literal as written, a host name as a placeholder for its IP. */
function dialAddress(url: string): string {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)/.exec(url);
  const scheme = (m?.[1] ?? '').toLowerCase();
  const authority = (m?.[2] ?? '').replace(/^.*@/, '');
  let host = authority;
  let port = scheme === 'https' ? '443' : '80';
  const v6 = /^(\[[^\]]*\])(?::(\d+))?$/.exec(authority);
  if (v6) {
    host = v6[1] as string;
    port = v6[2] ?? port;
  } else {
    const i = authority.lastIndexOf(':');
    if (i >= 0) {
      host = authority.slice(0, i);
      port = authority.slice(i + 1) || port;
    }
  }
  const literal = host.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
  return `${literal ? host : `<IP of ${host}>`}:${port}`;
}

const STATUS: Record<string, string> = {
  '404': '404 Not Found',
  '410': '410 Gone',
  '403': '403 Forbidden',
  '500': '500 Internal Server Error',
};

/** The error a GET of `url` produces for outcome `o` (null for 200), as web/api.go and net/http word it. */
export function requestError(o: UrlOutcome, url: string, go: GoVersion): { error: string; notFound: boolean } | null {
  if (o === '200') return null;
  const notFound = o === '404' || o === '410';
  if (url.startsWith('file:')) {
    // A missing file is a synthesised 404, an unreadable one a 403; the message shows the OS error.
    return { error: `reading ${redactUrl(url)}: ${o === '403' ? 'permission denied' : 'no such file or directory'}`, notFound };
  }
  const status = STATUS[o];
  if (status) return { error: `reading ${redactUrl(url)}: ${status}`, notFound };
  const get = `Get "${httpRedact(url)}"`;
  if (o === 'refused') return { error: `${get}: dial tcp ${dialAddress(url)}: connect: connection refused`, notFound: false };
  if (o === 'timeout') return { error: `${get}: dial tcp ${dialAddress(url)}: i/o timeout`, notFound: false };
  const x509 = 'x509: certificate signed by unknown authority';
  return { error: `${get}: ${atLeast(go, 20) ? `tls: failed to verify certificate: ${x509}` : x509}`, notFound: false };
}

/** The repository `direct` uses: known hosts map without discovery; elsewhere `?go-get=1` usually names the module path. */
export function repoUrl(module: string): string {
  const parts = module.split('/');
  const known = ['github.com', 'gitlab.com', 'bitbucket.org'].includes(parts[0] ?? '');
  return `https://${(known ? parts.slice(0, 3) : parts).join('/')}`;
}

/** What the VCS step reports for an outcome (codehost/git.go wording). */
export function vcsError(o: DirectOutcome, module: string, version: string): { error: string; notFound: boolean } | null {
  const dir = '<GOMODCACHE>/cache/vcs/<hash>';
  switch (o) {
    case 'ok':
      return null;
    case 'unknown-revision':
      return { error: `invalid version: unknown revision ${version}`, notFound: true };
    case 'auth': {
      const origin = repoUrl(module).replace(/^(https:\/\/[^/]+).*$/, '$1');
      return {
        error:
          `invalid version: git ls-remote -q origin in ${dir}: exit status 128:\n` +
          `\tfatal: could not read Username for '${origin}': terminal prompts disabled\n` +
          'Confirm the import path was entered correctly.\n' +
          'If this is a private repository, see https://golang.org/doc/faq#git_https for additional information.',
        // After a failed ls-remote the go command GETs the repository URL itself; hosts such as
        // GitHub answer 404 to anonymous requests for private repositories, which marks the error
        // "not found" (codehost/git.go loadRefs).
        notFound: true,
      };
    }
    case 'no-git':
      return { error: `git init --bare in ${dir}: exec: "git": executable file not found in $PATH`, notFound: false };
  }
}

export type SumdbConfig = { off: true } | { off: false; name: string; url?: string } | { error: string };

/** GOSUMDB as dbDial reads it (sumdb.go): `off`, a known name, `name+hash+key`, optionally followed by a URL. */
export function parseGosumdb(value: string): SumdbConfig {
  if (value === '') value = DEFAULT_GOSUMDB; // empty = unset
  if (value === 'off') return { off: true };
  if (value === 'sum.golang.google.cn') return { off: false, name: 'sum.golang.org', url: 'https://sum.golang.google.cn' };
  const fields = value.split(/\s+/).filter((f) => f !== '');
  if (fields.length === 0) return { error: 'missing GOSUMDB' };
  if (fields.length > 2) return { error: 'invalid GOSUMDB: too many fields' };
  const key = fields[0] as string;
  let name: string;
  if (key === DEFAULT_GOSUMDB) name = key;
  else if (/^[^+\s]+\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/.test(key)) name = key.slice(0, key.indexOf('+'));
  else return { error: 'invalid GOSUMDB: malformed verifier id' };
  return fields[1] ? { off: false, name, url: fields[1] } : { off: false, name };
}

/** One entry in a walk, with what it will answer. */
interface Candidate {
  entry: string;
  kind: EntryKind;
  separator: ',' | '|' | null;
  fallBackOnError: boolean;
  outcome: Outcome | null;
  proxy?: ProxyEntry;
}

interface Attempt {
  error?: string;
  notFound: boolean;
  contacted: boolean;
  request?: string;
  reason?: ReasonKey;
  /** errUseProxy from `noproxy`: ranked as "not found", not as a direct error. */
  useProxy?: boolean;
  repo?: string;
  reused?: boolean;
}

interface WalkResult {
  steps: Step[];
  /** Index of the serving candidate. */
  served?: number;
  /** Index of the candidate whose error TryProxies returns. */
  errorAt?: number;
  attempts: Attempt[];
}

const ID_PREFIX: Record<Step['walk'], string> = { module: 'm', sumdb: 's', gomod: 'g' };

/** TryProxies: walk the candidates, stop on success or on a non-"not found" error without `|`; pick the error to report. */
function tryProxies(
  cands: Candidate[],
  attempt: (c: Candidate) => Attempt,
  go: GoVersion,
  walk: Step['walk'],
  version: string,
): WalkResult {
  const ranked = atLeast(go, 15);
  const steps: Step[] = [];
  const attempts: Attempt[] = [];
  let errorAt: number | undefined;
  let rank = 0; // 0 not found, 1 proxy error, 2 direct/noproxy error
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    const a = attempt(c);
    attempts.push(a);
    const last = i === cands.length - 1;
    const ok = a.error === undefined;
    let decision: Step['decision'];
    if (ok) decision = 'success';
    else if (a.notFound || c.fallBackOnError) decision = last ? 'end' : 'next';
    else decision = 'stop';
    const reason: ReasonKey =
      a.reason ??
      (ok ? 'served' : a.notFound ? 'not-found' : c.fallBackOnError && !last ? 'pipe-fallback' : last ? 'list-end' : 'comma-stop');
    const base = {
      id: `${ID_PREFIX[walk]}${i}`,
      walk,
      entry: c.entry,
      kind: c.kind,
      separator: c.separator,
      outcome: c.outcome,
      contacted: a.contacted,
      notFound: a.notFound,
      decision,
      reason,
      ...(a.request ? { request: a.request } : {}),
      ...(a.error !== undefined ? { error: a.error } : {}),
    };
    steps.push({
      ...base,
      text: stepText({ step: base, version, last, ...(a.repo ? { repo: a.repo } : {}), ...(a.reused ? { reused: true } : {}) }),
    });
    if (ok) return { steps, served: i, attempts };
    if (!ranked) errorAt = i;
    else if (c.kind === 'direct' || (c.kind === 'noproxy' && !a.useProxy)) {
      errorAt = i;
      rank = 2;
    } else if (rank <= 1 && !a.notFound) {
      errorAt = i;
      rank = 1;
    } else if (rank === 0) errorAt = i;
    if (decision === 'stop') break;
  }
  return { steps, attempts, ...(errorAt !== undefined ? { errorAt } : {}) };
}

interface Context {
  go: GoVersion;
  module: string;
  version: string;
  noproxyMatch: boolean;
  vcs: DirectOutcome;
}

/**
 * One entry of a module walk. `file` is what is fetched (`.info` finds the version, `.mod` the
 * go.mod); `verify` is the checksum-database error that go.mod fails with, if any.
 */
function moduleAttempt(ctx: Context, c: Candidate, vcsTried: { done: boolean }, file: 'info' | 'mod', verify?: string): Attempt {
  const { module, version } = ctx;
  const served = (a: Attempt): Attempt =>
    a.error === undefined && verify !== undefined ? { ...a, error: verify, notFound: false, reason: 'sumdb-verify' } : a;
  const vcs = (outcome: DirectOutcome): Attempt => {
    const repo = repoUrl(module);
    const reused = vcsTried.done;
    vcsTried.done = true;
    const e = vcsError(outcome, module, version);
    return served({
      notFound: e?.notFound ?? false,
      contacted: !reused && outcome !== 'no-git',
      request: repo,
      repo,
      ...(reused ? { reused } : {}),
      ...(e ? { error: e.error } : {}),
    });
  };
  if (c.kind === 'noproxy') {
    if (ctx.noproxyMatch) return vcs(ctx.vcs);
    return { error: ERR_USE_PROXY, notFound: true, contacted: false, useProxy: true, reason: 'noproxy-skip' };
  }
  if (c.kind === 'direct') return vcs(ctx.vcs);
  if (ctx.noproxyMatch) return { error: ERR_NOPROXY, notFound: true, contacted: false, reason: 'private-skip' };
  if (c.kind === 'off') return { error: ERR_PROXY_OFF, notFound: true, contacted: false, reason: 'off' };
  const url = joinUrl(c.proxy?.url ?? '', `${escapeForUrl(module)}/@v/${escapeForUrl(version)}.${file}`);
  if (c.proxy?.insecureCredentials) {
    return {
      error: `refusing to pass credentials to insecure URL: ${redactUrl(url)}`,
      notFound: false,
      contacted: false,
      request: redactUrl(url),
      reason: 'insecure-credentials',
    };
  }
  const e = requestError(c.outcome as UrlOutcome, url, ctx.go);
  return served({ notFound: e?.notFound ?? false, contacted: true, request: redactUrl(url), ...(e ? { error: e.error } : {}) });
}

function sumdbAttempt(ctx: Context, c: Candidate, name: string, outcome: UrlOutcome | undefined): Attempt {
  if (c.kind === 'noproxy') return { error: ERR_USE_PROXY, notFound: true, contacted: false, useProxy: true, reason: 'noproxy-skip' };
  if (c.kind === 'direct' || c.kind === 'off') return { error: ERR_PROXY_OFF, notFound: true, contacted: false, reason: 'sumdb-direct' };
  const url = joinUrl(c.proxy?.url ?? '', `sumdb/${name}/supported`);
  if (c.proxy?.insecureCredentials) {
    return {
      error: `refusing to pass credentials to insecure URL: ${redactUrl(url)}`,
      notFound: false,
      contacted: false,
      request: redactUrl(url),
      reason: 'insecure-credentials',
    };
  }
  const e = requestError(outcome ?? '200', url, ctx.go);
  return {
    notFound: e?.notFound ?? false,
    contacted: true,
    request: redactUrl(url),
    ...(e ? { error: e.error } : { reason: 'sumdb-supported' }),
  };
}

function sumdbTrace(status: SumdbStatus, name: string, extra: Partial<SumdbTrace> & { entry?: string } = {}): SumdbTrace {
  const { entry, ...rest } = extra;
  return {
    status,
    name,
    steps: [],
    contacted: [],
    ...rest,
    text: (SUMDB_TEXT[status] as (a: { name: string; base?: string; entry?: string }) => I18n)({
      name,
      ...(rest.base ? { base: rest.base } : {}),
      ...(entry ? { entry } : {}),
    }),
  };
}

/** The candidates of a walk: GONOPROXY's implicit `noproxy` first, then the parsed entries. */
function candidates(entries: ProxyEntry[], outcomes: Outcome[], withNoproxy: boolean): Candidate[] {
  const list: Candidate[] = withNoproxy
    ? [{ entry: 'noproxy', kind: 'noproxy', separator: null, fallBackOnError: false, outcome: null }]
    : [];
  let k = 0;
  for (const p of entries) {
    const outcome = p.kind === 'off' ? null : (outcomes[k++] ?? null);
    list.push({ entry: p.raw, kind: p.kind, separator: p.separator, fallBackOnError: p.fallBackOnError, outcome, proxy: p });
  }
  return list;
}

/** Entries that take an outcome (URL entries and `direct`), as the go command parses `goproxy`. */
export function outcomeSlots(goproxy: string, go?: GoVersion): ProxyEntry[] {
  const value = goproxy === '' ? DEFAULT_GOPROXY : goproxy;
  return parseGoproxy(value, go).entries.filter((e) => e.kind !== 'off');
}

export function simulate(input: SimulateInput): Trace {
  const go = (input.go ? parseGoVersion(input.go) : null) ?? LATEST_GO;
  const module = input.module ?? DEFAULT_MODULE;
  const version = input.version ?? DEFAULT_VERSION;
  const notes: I18n[] = [];
  const goproxy = input.goproxy === '' ? DEFAULT_GOPROXY : input.goproxy;
  if (input.goproxy === '') notes.push(NOTES.defaultGoproxy(DEFAULT_GOPROXY, atLeast(go, 21)));
  const parsed = parseGoproxy(goproxy, go);
  if (parsed.ignored.length > 0) notes.push(NOTES.ignored(parsed.ignored));

  const goprivate = input.goprivate ?? '';
  const gonoproxy = input.gonoproxy || goprivate; // envOr: empty means "use GOPRIVATE"
  const gonosumdb = input.gonosumdb || goprivate;
  const noproxyMatch = input.noproxy ?? matchPrefixPatterns(gonoproxy, module, go);
  const nosumdb = input.nosumdb ?? matchPrefixPatterns(gonosumdb, module, go);
  const withNoproxy = (input.noproxy === true || gonoproxy !== '') && goproxy !== 'direct';

  const directIndex = parsed.entries.filter((e) => e.kind !== 'off').findIndex((e) => e.kind === 'direct');
  const vcs = ((directIndex >= 0 ? input.outcomes[directIndex] : undefined) ?? input.vcs ?? 'ok') as DirectOutcome;
  const ctx: Context = { go, module, version, noproxyMatch, vcs };
  const prefix = `go: ${module}@${version}: `;
  const inputEcho = { goproxy, module, version, go: formatGo(go), noproxy: noproxyMatch, nosumdb };
  const sumdbCfg = parseGosumdb(input.gosumdb ?? '');
  const sumdbName = 'name' in sumdbCfg ? sumdbCfg.name : DEFAULT_GOSUMDB;

  const emptyAsOff = parsed.problem?.code === 'no-entries' && !atLeast(go, 15);
  if (parsed.problem && !emptyAsOff) {
    return {
      contacted: [],
      tried: [],
      result: 'failure',
      error: prefix + parsed.problem.goMessage,
      steps: [],
      sumdb: sumdbTrace('not-reached', sumdbName),
      notes,
      summary: summaryText(false, undefined),
      input: inputEcho,
    };
  }
  // The implicit entry fetches a GONOPROXY match from the same repository `direct` would use.
  let cands = candidates(parsed.entries, input.outcomes, withNoproxy).map((c) =>
    c.kind === 'noproxy' && noproxyMatch ? { ...c, outcome: vcs } : c,
  );
  if (cands.length === 0) {
    // Go 1.13–1.14: TryProxies calls f("off") when the list is empty.
    notes.push(NOTES.emptyAsOff());
    cands = [{ entry: 'off', kind: 'off', separator: null, fallBackOnError: false, outcome: null }];
  }
  const vcsTried = { done: false };
  const walk = tryProxies(cands, (c) => moduleAttempt(ctx, c, vcsTried, 'info'), go, 'module', version);
  const tried = walk.steps.map((s) => s.entry);
  const contacted = walk.steps.filter((s) => s.contacted).map((s) => s.entry);

  if (walk.served === undefined) {
    const at = walk.errorAt ?? walk.steps.length - 1;
    const step = walk.steps[at];
    if (step && at !== walk.steps.length - 1) notes.push(atLeast(go, 15) ? NOTES.ranked(step.entry) : NOTES.unranked());
    // Lab-verified on 1.19 and 1.23; later cmd/go quotes the git command differently.
    if (atLeast(go, 24) && (step?.outcome === 'auth' || step?.outcome === 'no-git')) notes.push(NOTES.vcsWording());
    return {
      contacted,
      tried,
      result: 'failure',
      error: prefix + (walk.attempts[at]?.error ?? ''),
      ...(step ? { errorStep: step.id } : {}),
      steps: walk.steps,
      sumdb: sumdbTrace('not-reached', sumdbName),
      notes,
      summary: summaryText(false, step?.entry),
      input: inputEcho,
    };
  }

  const servedBy = walk.steps[walk.served]?.entry;
  const sumdb = checksumDb(ctx, input, parsed.entries, withNoproxy, sumdbCfg, nosumdb);
  if (sumdb.status !== 'failed') {
    return {
      contacted,
      tried,
      result: 'success',
      error: '',
      steps: walk.steps,
      sumdb,
      notes,
      summary: summaryText(true, servedBy),
      input: inputEcho,
    };
  }
  // go.mod is checked inside the go.mod walk's TryProxies callback (cachingRepo.GoMod ⇒ checkGoMod),
  // so a failed check is that entry's error: after `|` the next entry is asked for go.mod too.
  const verify = `verifying go.mod: ${sumdb.error ?? ''}`;
  const mod = tryProxies(cands, (c) => moduleAttempt(ctx, c, vcsTried, 'mod', verify), go, 'gomod', version);
  const at = mod.errorAt ?? mod.steps.length - 1;
  const union = (a: string[], b: string[]) => [...a, ...b.filter((x) => !a.includes(x))];
  return {
    contacted: union(
      contacted,
      mod.steps.filter((s) => s.contacted).map((s) => s.entry),
    ),
    tried: union(
      tried,
      mod.steps.map((s) => s.entry),
    ),
    result: 'failure',
    error: prefix + (mod.attempts[at]?.error ?? verify),
    ...(mod.steps[at] ? { errorStep: mod.steps[at].id } : {}),
    steps: [...walk.steps, ...mod.steps],
    sumdb,
    notes,
    summary: summaryText(false, mod.steps[at]?.entry),
    input: inputEcho,
  };
}

/** After a successful download: would the go command verify the go.mod hash with the checksum DB, and how does it reach it? */
function checksumDb(
  ctx: Context,
  input: SimulateInput,
  entries: ProxyEntry[],
  withNoproxy: boolean,
  cfg: SumdbConfig,
  nosumdb: boolean,
): SumdbTrace {
  if ('error' in cfg) return { ...sumdbTrace('failed', DEFAULT_GOSUMDB), error: cfg.error };
  if (cfg.off) return sumdbTrace('off', DEFAULT_GOSUMDB);
  const { name } = cfg;
  if (nosumdb) return sumdbTrace('nosumdb', name);
  const lookup = (
    base: string,
    status: 'explicit-url' | 'direct' | 'proxied',
    steps: Step[],
    contacted: string[],
    entry: string,
  ): SumdbTrace => {
    const url = joinUrl(
      base,
      `lookup/${ctx.module}@${ctx.version}`.replace(/[A-Z]/g, (c) => `%21${c.toLowerCase()}`),
    );
    const outcome = (status === 'proxied' ? input.sumdbLookup : input.sumdbDirect) ?? '200';
    const e = requestError(outcome, url, ctx.go);
    const step: Step = {
      id: `s${steps.length}`,
      walk: 'sumdb',
      entry,
      kind: 'url',
      separator: null,
      outcome,
      request: url,
      contacted: true,
      notFound: e?.notFound ?? false,
      decision: e ? 'end' : 'success',
      reason: e ? 'list-end' : 'served',
      ...(e ? { error: e.error } : {}),
      text: e
        ? { en: `The lookup ${url} failed: ${e.error}`, 'zh-CN': `查询 ${url} 失败：${e.error}` }
        : { en: `The lookup ${url} succeeds.`, 'zh-CN': `查询 ${url} 成功。` },
    };
    const route = status === 'proxied' ? 'proxy' : status;
    const t = sumdbTrace(e ? 'failed' : status, name, {
      base,
      route,
      steps: [...steps, step],
      contacted: contacted.includes(entry) ? contacted : [...contacted, entry],
      entry,
    });
    // The sumdb client prefixes lookup errors with the record it asked for.
    return e ? { ...t, error: `${ctx.module}@${ctx.version}/go.mod: ${e.error}` } : t;
  };
  if (cfg.url) return lookup(cfg.url, 'explicit-url', [], [], cfg.url);

  // initBase: ask each proxy for /sumdb/<name>/supported through TryProxies.
  const urlOutcomes = new Map<ProxyEntry, UrlOutcome | undefined>();
  let slot = 0;
  let urlSlot = 0;
  for (const p of entries) {
    if (p.kind === 'off') continue;
    if (p.kind === 'url') {
      const mod = input.outcomes[slot] as UrlOutcome | undefined;
      urlOutcomes.set(p, input.sumdbOutcomes?.[urlSlot] ?? mod);
      urlSlot++;
    }
    slot++;
  }
  let cands = candidates(entries, input.outcomes, withNoproxy).map((c) => ({
    ...c,
    outcome: c.proxy && c.kind === 'url' ? (urlOutcomes.get(c.proxy) ?? null) : null,
  }));
  if (cands.length === 0) cands = [{ entry: 'off', kind: 'off', separator: null, fallBackOnError: false, outcome: null }];
  const walk = tryProxies(cands, (c) => sumdbAttempt(ctx, c, name, c.outcome as UrlOutcome | undefined), ctx.go, 'sumdb', ctx.version);
  const contacted = walk.steps.filter((s) => s.contacted).map((s) => s.entry);
  if (walk.served !== undefined) {
    const c = cands[walk.served] as Candidate;
    return lookup(joinUrl(c.proxy?.url ?? '', `sumdb/${name}`), 'proxied', walk.steps, contacted, c.entry);
  }
  const best = walk.attempts[walk.errorAt ?? walk.attempts.length - 1];
  if (best?.notFound) return lookup(`https://${name}`, 'direct', walk.steps, contacted, `https://${name}`);
  return {
    ...sumdbTrace('failed', name, { steps: walk.steps, contacted }),
    error: `${ctx.module}@${ctx.version}/go.mod: ${best?.error ?? ''}`,
  };
}
