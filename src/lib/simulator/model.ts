// Vocabulary of the GOPROXY chain simulator: what a reader can make each GOPROXY entry answer,
// and the shape of the trace the simulator returns (rendered by the CLI, the island and diagrams).

/** What a proxy URL answers: an HTTP status (403 stands for any other 4xx, 500 for any 5xx) or a network failure. */
export const URL_OUTCOMES = ['200', '404', '410', '403', '500', 'refused', 'timeout', 'tls'] as const;
/** What `direct` (the VCS) does: fetches, needs credentials, lacks the version, or git is not installed. */
export const DIRECT_OUTCOMES = ['ok', 'auth', 'unknown-revision', 'no-git'] as const;
/** A file:// proxy can only find the file, not find it (ENOENT ⇒ 404) or not read it (EACCES ⇒ 403). */
export const FILE_OUTCOMES = ['200', '404', '403'] as const;

export type UrlOutcome = (typeof URL_OUTCOMES)[number];
export type DirectOutcome = (typeof DIRECT_OUTCOMES)[number];
export type Outcome = UrlOutcome | DirectOutcome;

export type Lang = 'en' | 'zh-CN';
export type I18n = Record<Lang, string>;

export interface SimulateInput {
  /** GOPROXY as the user would set it. Empty means unset: the version's default applies. */
  goproxy: string;
  /** One outcome per entry that takes one (URL entries and `direct`, in order; `off` takes none). */
  outcomes: Outcome[];
  /** Module path (default `example.com/hello`). */
  module?: string;
  /** Canonical version (default `v1.0.0`). */
  version?: string;
  goprivate?: string;
  gonoproxy?: string;
  gonosumdb?: string;
  /** GOSUMDB (default `sum.golang.org`). */
  gosumdb?: string;
  /** Overrides the pattern match: does the module match GONOPROXY (default GOPRIVATE)? */
  noproxy?: boolean;
  /** Overrides the pattern match: does the module match GONOSUMDB (default GOPRIVATE)? */
  nosumdb?: boolean;
  /** What the VCS does when reached through GONOPROXY's implicit `noproxy` entry and the list has no `direct` (default `ok`). */
  vcs?: DirectOutcome;
  /** Per URL entry, what `<proxy>/sumdb/<name>/supported` answers (default: the entry's outcome, 200 stays 200). */
  sumdbOutcomes?: UrlOutcome[];
  /** What the checksum database answers to the lookup when reached directly or via GOSUMDB's URL (default `200`). */
  sumdbDirect?: UrlOutcome;
  /** What the proxy that offers the checksum database answers to the lookup (default `200`). */
  sumdbLookup?: UrlOutcome;
  /** Go release whose rules apply, e.g. "1.19" (default: newest). */
  go?: string;
}

export type EntryKind = 'url' | 'direct' | 'off' | 'noproxy';

/** Why the go command moved on from (or stopped at) an entry. */
export type ReasonKey =
  | 'served' // the entry answered 200 / the VCS had the version
  | 'not-found' // 404/410 or another "does not exist" error: always try the next entry
  | 'pipe-fallback' // any other error, but the entry is followed by `|`
  | 'comma-stop' // any other error and the entry is followed by `,` (or nothing can follow)
  | 'list-end' // the last entry failed
  | 'off' // `off`: lookups disabled
  | 'noproxy-direct' // GONOPROXY match: the implicit first entry fetches directly
  | 'noproxy-skip' // module does not match GONOPROXY: the implicit entry passes
  | 'private-skip' // GONOPROXY match: a proxy entry is never asked
  | 'insecure-credentials' // http://user:pass@… never sends a request
  | 'sumdb-supported' // /sumdb/<name>/supported answered 200
  | 'sumdb-direct' // direct/off in the sumdb walk: connect to the database directly
  | 'sumdb-verify'; // the entry served go.mod but checking it against the checksum database failed

export interface Step {
  /**
   * Stable id: `m<N>` for the walk that finds the version (`.info`), `s<N>` for the checksum-database
   * probe, `g<N>` for the go.mod walk shown when checksum verification fails.
   */
  id: string;
  walk: 'module' | 'sumdb' | 'gomod';
  /** The entry as written (trimmed), or `noproxy` for GONOPROXY's implicit first entry. */
  entry: string;
  kind: EntryKind;
  /** Separator written after the entry; decides fall-through (null for the last one). */
  separator: ',' | '|' | null;
  outcome: Outcome | null;
  /** The URL requested (proxy entries) or the repository contacted (VCS). */
  request?: string;
  /** True when a request left the machine (or git was run) for this entry. */
  contacted: boolean;
  /** The error this entry produced, as the go command words it (without the `go: module@version:` prefix). */
  error?: string;
  /** errors.Is(err, fs.ErrNotExist): the go command always tries the next entry after such errors. */
  notFound: boolean;
  decision: 'success' | 'next' | 'stop' | 'end';
  reason: ReasonKey;
  text: I18n;
}

export type SumdbStatus =
  | 'not-reached' // the module download failed first
  | 'off' // GOSUMDB=off
  | 'nosumdb' // module matches GONOSUMDB (default GOPRIVATE)
  | 'explicit-url' // GOSUMDB names a URL (or the sum.golang.google.cn alias): no proxy probing
  | 'proxied' // a proxy answered 200 to /sumdb/<name>/supported
  | 'direct' // connect to https://<name> directly
  | 'failed'; // the database is unavailable: the download fails

export interface SumdbTrace {
  status: SumdbStatus;
  /** Database name, e.g. sum.golang.org. */
  name: string;
  /** Base URL of checksum lookups when the database is used. */
  base?: string;
  /** How lookups reach the database, once the route is known (also when the lookup then fails). */
  route?: 'proxy' | 'direct' | 'explicit-url';
  steps: Step[];
  contacted: string[];
  error?: string;
  text: I18n;
}

export interface Trace {
  /** Entries the go command sent a request to (or ran git for), as written, in order. */
  contacted: string[];
  /** Every entry whose turn came, including `off` and the implicit `noproxy`. */
  tried: string[];
  result: 'success' | 'failure';
  /** What the go command prints (empty on success). */
  error: string;
  /** Id of the step whose error is printed. */
  errorStep?: string;
  steps: Step[];
  sumdb: SumdbTrace;
  /** Facts about the input worth showing (defaults applied, ignored entries). */
  notes: I18n[];
  summary: I18n;
  /** Normalised input: effective GOPROXY, module, version, Go release. */
  input: { goproxy: string; module: string; version: string; go: string; noproxy: boolean; nosumdb: boolean };
}
