// The simulator island's state, kept free of Preact so it can be tested directly: what the form
// holds, how it becomes simulator input (and the equivalent CLI command), presets and the URL.
import { matchPrefixPatterns } from '../../lib/goproxy/patterns.ts';
import { formatGo, LATEST_GO, parseGoVersion } from '../../lib/goversion.ts';
import { quote } from '../../lib/quoting/posix.ts';
import {
  DIRECT_OUTCOMES,
  type DirectOutcome,
  FILE_OUTCOMES,
  type Outcome,
  type SimulateInput,
  URL_OUTCOMES,
  type UrlOutcome,
} from '../../lib/simulator/model.ts';
import { PRESETS } from '../../lib/simulator/presets.ts';
import { DEFAULT_MODULE, DEFAULT_VERSION, outcomeSlots } from '../../lib/simulator/simulate.ts';

/** GONOPROXY / GONOSUMDB: unset (defaults to GOPRIVATE), set and matching the module, set and not matching. */
export type Match = 'inherit' | 'match' | 'nomatch';
/** GOSUMDB: the default database, off, or the sum.golang.google.cn alias (a fixed URL). */
export type SumdbMode = 'on' | 'off' | 'cn';

export interface SimState {
  /** GOPROXY as typed; '' means unset (the default list applies). */
  goproxy: string;
  /** One per entry that takes an outcome (see slotsOf), in order. */
  outcomes: Outcome[];
  module: string;
  /** The module matches GOPRIVATE. */
  goprivate: boolean;
  gonoproxy: Match;
  gonosumdb: Match;
  /** What git does for a GONOPROXY module when the list has no `direct` to say it. */
  vcs: DirectOutcome;
  gosumdb: SumdbMode;
  /** Per proxy URL entry: its answer to /sumdb/<name>/supported; '' = the same as for the module. */
  supported: Array<UrlOutcome | ''>;
  /** What the checksum database (or the proxy relaying it) answers to the lookup. */
  lookup: UrlOutcome;
  /** Go release whose rules apply, "1.<minor>". */
  go: string;
}

export const LATEST = formatGo({ ...LATEST_GO, patch: 0 });
/** Every release the simulator knows, oldest first: 1.13 (GOPROXY lists appeared) to the newest. */
export const GO_VERSIONS = Array.from({ length: LATEST_GO.minor - 12 }, (_, i) => `1.${13 + i}`);

export type SlotKind = 'url' | 'file' | 'direct';
export interface Slot {
  raw: string;
  kind: SlotKind;
  separator: ',' | '|' | null;
}

/** The entries that take an outcome, as the go command of release `go` parses the value. */
export function slotsOf(goproxy: string, go: string): Slot[] {
  return outcomeSlots(goproxy, parseGoVersion(go) ?? undefined).map((e) => ({
    raw: e.raw,
    kind: e.kind === 'direct' ? 'direct' : (e.url ?? '').startsWith('file:') ? 'file' : 'url',
    separator: e.separator,
  }));
}

export const outcomesFor = (kind: SlotKind): readonly Outcome[] =>
  kind === 'direct' ? DIRECT_OUTCOMES : kind === 'file' ? FILE_OUTCOMES : URL_OUTCOMES;
const defaultOutcome = (kind: SlotKind): Outcome => (kind === 'direct' ? 'ok' : '200');

/**
 * Outcomes for new slots after GOPROXY (or the Go release) changed: an entry keeps its outcome when
 * it is still there (matched by text, else by position), new entries start with success.
 */
export function reconcileOutcomes(prev: Slot[], prevOutcomes: readonly string[], next: Slot[]): Outcome[] {
  const used = new Set<number>();
  return next.map((s, i) => {
    const allowed = outcomesFor(s.kind) as readonly string[];
    let j = prev.findIndex((p, k) => !used.has(k) && p.raw === s.raw && allowed.includes(prevOutcomes[k] ?? ''));
    if (j < 0 && !used.has(i) && allowed.includes(prevOutcomes[i] ?? '')) j = i;
    if (j < 0) return defaultOutcome(s.kind);
    used.add(j);
    return prevOutcomes[j] as Outcome;
  });
}

const urlCount = (slots: Slot[]) => slots.filter((s) => s.kind !== 'direct').length;

/** A state whose outcome lists fit its GOPROXY value; `prev` supplies outcomes of entries kept. */
export function withGoproxy(state: SimState, goproxy: string, go = state.go, prev: SimState = state): SimState {
  const before = slotsOf(prev.goproxy, prev.go);
  const after = slotsOf(goproxy, go);
  const outcomes = reconcileOutcomes(before, prev.outcomes, after);
  const supported = Array.from({ length: urlCount(after) }, (_, i) => prev.supported[i] ?? '');
  return { ...state, goproxy, go, outcomes, supported };
}

const hostOf = (module: string) => module.split('/')[0] ?? module;

/** Does the module match GONOPROXY (which defaults to GOPRIVATE)? */
export const noproxyMatches = (s: SimState) => (s.gonoproxy === 'inherit' ? s.goprivate : s.gonoproxy === 'match');
export const nosumdbMatches = (s: SimState) => (s.gonosumdb === 'inherit' ? s.goprivate : s.gonosumdb === 'match');
/** The `vcs` choice matters only when GONOPROXY sends the module to git and no `direct` entry says what git does. */
export const needsVcs = (s: SimState) => noproxyMatches(s) && !slotsOf(s.goproxy, s.go).some((x) => x.kind === 'direct');

/** The simulator input (unvalidated) for a state. Matching patterns are the module's host, as GOPRIVATE usually is. */
export function toInput(s: SimState): SimulateInput {
  const host = hostOf(s.module);
  const pattern = (m: Match) => (m === 'match' ? host : 'none');
  const input: SimulateInput = { goproxy: s.goproxy, outcomes: s.outcomes, go: s.go };
  if (s.module !== DEFAULT_MODULE) input.module = s.module;
  if (s.goprivate) input.goprivate = host;
  if (s.gonoproxy !== 'inherit') input.gonoproxy = pattern(s.gonoproxy);
  if (s.gonosumdb !== 'inherit') input.gonosumdb = pattern(s.gonosumdb);
  if (needsVcs(s)) input.vcs = s.vcs;
  if (s.gosumdb === 'off') input.gosumdb = 'off';
  if (s.gosumdb === 'cn') input.gosumdb = 'sum.golang.google.cn';
  if (s.supported.some((x) => x !== '')) {
    const slots = slotsOf(s.goproxy, s.go);
    const urlOutcomes = s.outcomes.filter((_, i) => slots[i]?.kind !== 'direct') as UrlOutcome[];
    input.sumdbOutcomes = s.supported.map((x, i) => x || (urlOutcomes[i] ?? '200'));
  }
  if (s.lookup !== '200') {
    input.sumdbDirect = s.lookup;
    input.sumdbLookup = s.lookup;
  }
  return input;
}

/** The same simulation as a `modfix simulate` command line (POSIX shell quoting). */
export function toCommand(input: SimulateInput): string {
  const args: string[] = ['--goproxy', input.goproxy, '--outcomes', input.outcomes.join(',')];
  if (input.module) args.push('--module', `${input.module}@${DEFAULT_VERSION}`);
  const opt = (flag: string, v: string | undefined) => v !== undefined && args.push(flag, v);
  opt('--goprivate', input.goprivate);
  opt('--gonoproxy', input.gonoproxy);
  opt('--gonosumdb', input.gonosumdb);
  opt('--gosumdb', input.gosumdb);
  opt('--vcs', input.vcs);
  opt('--sumdb-outcomes', input.sumdbOutcomes?.join(','));
  opt('--sumdb-direct', input.sumdbDirect);
  opt('--sumdb-lookup', input.sumdbLookup);
  if (input.go && input.go !== LATEST) args.push('--go', input.go);
  return `npm run --silent modfix -- simulate ${args.map((a) => quote(a)).join(' ')}`;
}

const BASE: Omit<SimState, 'goproxy' | 'outcomes' | 'supported'> = {
  module: DEFAULT_MODULE,
  goprivate: false,
  gonoproxy: 'inherit',
  gonosumdb: 'inherit',
  vcs: 'ok',
  gosumdb: 'on',
  lookup: '200',
  go: LATEST,
};

/** The form state a preset describes (its patterns reduced to whether they match the module). */
export function presetState(id: string): SimState {
  const p = PRESETS.find((x) => x.id === id) ?? (PRESETS[0] as (typeof PRESETS)[number]);
  const i = p.input;
  const module = i.module ?? DEFAULT_MODULE;
  const match = (v: string | undefined): Match => (v === undefined ? 'inherit' : matchPrefixPatterns(v, module) ? 'match' : 'nomatch');
  const s: SimState = {
    ...BASE,
    goproxy: i.goproxy,
    outcomes: [...i.outcomes],
    supported: [],
    module,
    goprivate: i.goprivate !== undefined && matchPrefixPatterns(i.goprivate, module),
    gonoproxy: match(i.gonoproxy),
    gonosumdb: match(i.gonosumdb),
  };
  return withGoproxy(s, s.goproxy);
}

export const DEFAULT_PRESET = PRESETS[0]?.id ?? '';
export const defaultState = () => presetState(DEFAULT_PRESET);

/** Key order differs between states built in different ways; compare by content. */
const canon = (s: SimState) => JSON.stringify(Object.entries(s).sort(([a], [b]) => (a < b ? -1 : 1)));
export const same = (a: SimState, b: SimState) => canon(a) === canon(b);

/** A preset under the Go release the reader has chosen (examples do not reset it). */
export function presetFor(id: string, go: string): SimState {
  const p = presetState(id);
  return go === p.go ? p : withGoproxy({ ...p, go }, p.goproxy, go, p);
}

export const matchingPreset = (s: SimState) => PRESETS.find((p) => same(s, presetFor(p.id, s.go)))?.id;

// --- URL ---------------------------------------------------------------------------------------

const MATCHES: Record<string, Match> = { match: 'match', none: 'nomatch' };
const MATCH_PARAM: Record<Match, string> = { inherit: '', match: 'match', nomatch: 'none' };
const SUMDB: Record<string, SumdbMode> = { off: 'off', 'sum.golang.google.cn': 'cn' };
const SUMDB_PARAM: Record<SumdbMode, string> = { on: '', off: 'off', cn: 'sum.golang.google.cn' };

/** Query-string value: percent-encoded, but `:`, `/` and `,` kept readable. */
const enc = (v: string) => encodeURIComponent(v).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',');

/** The query string (without `?`) for a state: only what differs from the default. */
export function toSearch(s: SimState): string {
  const d = defaultState();
  const out: Array<[string, string]> = [];
  const put = (k: string, v: string, dv: string) => v !== dv && out.push([k, v]);
  if (s.goproxy !== d.goproxy || s.outcomes.join(',') !== d.outcomes.join(',')) {
    out.push(['goproxy', s.goproxy], ['outcomes', s.outcomes.join(',')]);
  }
  put('module', s.module, d.module);
  put('goprivate', s.goprivate ? '1' : '', '');
  put('gonoproxy', MATCH_PARAM[s.gonoproxy], '');
  put('gonosumdb', MATCH_PARAM[s.gonosumdb], '');
  if (needsVcs(s)) put('vcs', s.vcs, d.vcs);
  put('gosumdb', SUMDB_PARAM[s.gosumdb], '');
  if (s.supported.some((x) => x !== '')) out.push(['supported', s.supported.join(',')]);
  put('lookup', s.lookup, d.lookup);
  put('go', s.go, d.go);
  return out.map(([k, v]) => `${k}=${enc(v)}`).join('&');
}

/**
 * The state a query string describes. Values that cannot be used are replaced by defaults and
 * reported in `problems` (parameter names), so the page can say the link was not fully read.
 * Returns null when the query has none of the simulator's parameters.
 */
export function fromSearch(search: string): { state: SimState; problems: string[] } | null {
  const q = new URLSearchParams(search);
  const keys = ['goproxy', 'outcomes', 'module', 'goprivate', 'gonoproxy', 'gonosumdb', 'vcs', 'gosumdb', 'supported', 'lookup', 'go'];
  if (!keys.some((k) => q.has(k))) return null;
  const problems: string[] = [];
  const d = defaultState();
  const pick = <T>(k: string, table: Record<string, T>, dv: T): T => {
    const v = q.get(k);
    if (v === null || v === '') return dv;
    if (Object.hasOwn(table, v)) return table[v] as T;
    problems.push(k);
    return dv;
  };
  const oneOf = <T extends string>(k: string, list: readonly T[], dv: T): T => pick(k, Object.fromEntries(list.map((x) => [x, x])), dv);
  const go = oneOf('go', GO_VERSIONS, d.go);
  const goproxy = q.get('goproxy') ?? d.goproxy;
  const slots = slotsOf(goproxy, go);
  const given = q.has('goproxy') ? (q.get('outcomes') ?? '').split(',').filter((x) => x !== '') : d.outcomes;
  if (given.length !== slots.length || given.some((o, i) => !outcomesFor(slots[i]?.kind ?? 'url').includes(o as Outcome))) {
    if (q.has('outcomes') || q.has('goproxy')) problems.push('outcomes');
  }
  const outcomes = reconcileOutcomes(slots, given, slots);
  const module = q.get('module') || d.module;
  const supportedRaw = q.get('supported');
  const supported = Array.from({ length: urlCount(slots) }, (_, i) => {
    const v = supportedRaw?.split(',')[i] ?? '';
    if (v === '' || (URL_OUTCOMES as readonly string[]).includes(v)) return v as UrlOutcome | '';
    problems.push('supported');
    return '';
  });
  const state: SimState = {
    goproxy,
    outcomes,
    module,
    goprivate: pick('goprivate', { '1': true, '0': false }, false),
    gonoproxy: pick('gonoproxy', MATCHES, 'inherit'),
    gonosumdb: pick('gonosumdb', MATCHES, 'inherit'),
    vcs: oneOf('vcs', DIRECT_OUTCOMES, d.vcs),
    gosumdb: pick('gosumdb', SUMDB, 'on'),
    supported,
    lookup: oneOf('lookup', URL_OUTCOMES, d.lookup),
    go,
  };
  return { state, problems: [...new Set(problems)] };
}
