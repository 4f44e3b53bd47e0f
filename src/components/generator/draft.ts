// The generator page's state logic, kept free of Preact so it can be tested directly: the form's
// draft (config-shaped, possibly invalid), presets and what differs from them, issues by field,
// the URL and the few non-secret preferences kept in localStorage. Free of zod: reading a link
// (restore.ts) needs the schema and is loaded only when the address carries state.
import {
  defaultConfig,
  hostsBy,
  type Issue,
  type ModfixConfig,
  presetById,
  presets,
  type TargetOS,
  type TargetShell,
  withDefaults,
  withoutSecrets,
} from '../../lib/config/data.ts';
import { encodeState } from '../../lib/permalink/state.ts';
import type { FormatMeta } from '../../lib/render/meta.ts';

/** What the form holds: the config's shape, but values may be invalid until validateConfig agrees. */
export type Draft = ModfixConfig;
export type Locale = 'en' | 'zh-CN';

/** The preset a first visit starts from: most readers of the Chinese page are in mainland China. */
export const startPreset = (locale: Locale) => (locale === 'zh-CN' ? 'china-mainland' : 'global-default');

const parsed = new Map<string, Draft>();
/** A preset's full config (defaults filled in); a fresh copy each time. */
export function presetConfig(id: string): Draft {
  let c = parsed.get(id);
  if (!c) {
    const p = presetById(id) ?? presetById('global-default')!;
    c = withDefaults(p.config);
    parsed.set(id, c);
  }
  return structuredClone(c);
}

type Path = string | readonly (string | number)[];
const split = (p: Path) => (typeof p === 'string' ? (p === '' ? [] : p.split('.')) : p.map(String));

export function getAt(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const k of split(path)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** A copy of `obj` with `value` at `path`; undefined removes the key (optional fields left empty). */
export function setAt<T>(obj: T, path: Path, value: unknown): T {
  const [k, ...rest] = split(path);
  if (k === undefined) return value as T;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(obj) ? [...obj] : { ...(obj as Record<string, unknown>) };
  const next = rest.length ? setAt((copy as Record<string, unknown>)[k], rest, value) : value;
  if (next === undefined && !Array.isArray(copy)) delete copy[k];
  else (copy as Record<string, unknown>)[k] = next;
  return copy as T;
}

/** Deep equality that ignores object key order (drafts are edited key by key). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The machine the reader is on: kept when presets change, so a preset never switches shells. */
export interface Machine {
  os: TargetOS;
  shell: TargetShell;
}

/** A preset as applied on this machine. */
export function presetFor(id: string, machine: Machine): Draft {
  const c = presetConfig(id);
  c.target = { ...c.target, os: machine.os, shell: machine.shell };
  return c;
}

/** The preset whose situation the draft describes (OS, shell and secrets aside), or undefined. */
export function matchingPreset(draft: Draft): string | undefined {
  const mine = withoutSecrets(draft);
  return presets.find((p) => same(mine, withoutSecrets(presetFor(p.id, draft.target))))?.id;
}

/** Form sections and the model paths each one edits (reset restores these from the preset). */
export const SECTIONS = {
  target: ['target', 'build.go'],
  proxy: ['proxy'],
  sumdb: ['sumdb'],
  private: ['private', 'auth'],
  network: ['network'],
  build: ['build.goflags', 'build.gomodcache', 'build.gotoolchain', 'build.go111module'],
  extras: ['npm', 'athens'],
} as const;
export type SectionId = keyof typeof SECTIONS;

export function resetSection(draft: Draft, base: Draft, id: SectionId): Draft {
  let out = draft;
  for (const p of SECTIONS[id]) out = setAt(out, p, structuredClone(getAt(base, p)));
  // The machine stays the reader's own.
  if (id === 'target') out = setAt(setAt(out, 'target.os', draft.target.os), 'target.shell', draft.target.shell);
  return out;
}

export const sectionChanged = (draft: Draft, base: Draft, id: SectionId) =>
  SECTIONS[id].some((p) => !same(getAt(draft, p), getAt(base, p)));

/** Whether the field at `path` differs from the preset the form started from. */
export const changedFrom = (draft: Draft, base: Draft, path: string) => !same(getAt(draft, path), getAt(base, path));

/** Every path the form shows a field for, so each issue can be placed beside the right control. */
export function fieldPaths(d: Draft): string[] {
  const out = [
    'target.os',
    'target.shell',
    'target.scope',
    'build.go',
    'proxy',
    'sumdb.mode',
    'sumdb.key',
    'sumdb.url',
    'private.goprivate',
    'private.gonoproxy',
    'private.gonosumdb',
    'private.goinsecure',
    'private.govcs',
    'auth.hosts',
    'auth.goauth',
    'network.httpsProxy',
    'network.httpProxy',
    'network.noProxy',
    'network.proxyUser',
    'network.proxyPasswordEnv',
    'network.gitProxy',
    'network.caBundle',
    'build.goflags',
    'build.gomodcache',
    'build.gotoolchain',
    'build.go111module',
    'npm.registry',
    'athens.storage',
    'athens.port',
    'athens.image',
  ];
  const proxy = Array.isArray(d.proxy) ? d.proxy : [];
  proxy.forEach((e, i) => {
    out.push(`proxy.${i}`, `proxy.${i}.sep`);
    if (e.kind === 'url') out.push(`proxy.${i}.url`);
  });
  const hosts = Array.isArray(d.auth?.hosts) ? d.auth.hosts : [];
  hosts.forEach((_, i) => {
    for (const k of ['host', 'method', 'login', 'token', 'tokenEnv']) out.push(`auth.hosts.${i}.${k}`);
  });
  return out;
}

/** The field a warning links to: the one holding its path, else the first inside it. */
export function anchorFor(path: string, fields: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const f of fields) if ((path === f || path.startsWith(`${f}.`)) && f.length > (best?.length ?? 0)) best = f;
  return best ?? fields.find((f) => f.startsWith(`${path}.`));
}

/** Issues grouped by the field they are shown beside; '' holds the ones no field shows. */
export function issuesByField(issues: readonly Issue[], fields: readonly string[]): Map<string, Issue[]> {
  const map = new Map<string, Issue[]>();
  for (const issue of issues) {
    const f = anchorFor(issue.path, fields) ?? '';
    map.set(f, [...(map.get(f) ?? []), issue]);
  }
  return map;
}

/** Query-string parameter naming the preset the form started from (marks "changed" fields). */
export const FROM = 'from';

/**
 * A copy with object keys sorted, so a link's text does not depend on the order fields were
 * edited in. A list equal to the default keeps the default's own form: the link compares lists
 * as text, and a reordered copy of the default list would otherwise count as a change.
 */
function canonical(x: unknown, base: unknown): unknown {
  if (Array.isArray(x)) return same(x, base) ? base : x.map((v) => canonical(v, undefined));
  if (x === null || typeof x !== 'object') return x;
  const o = x as Record<string, unknown>;
  const b = (base ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, canonical(o[k], b[k])]),
  );
}

/**
 * The URL query (without "?") for a draft: only non-default, non-secret values. An empty query
 * means "the start preset of this page's language" (`start`), so Go's defaults reached from
 * another start still name their preset.
 */
export function toSearch(draft: Draft, baseId: string, start = 'global-default'): string {
  const q = new URLSearchParams(encodeState(canonical(draft, defaultConfig) as Draft));
  if (baseId !== 'global-default' || (q.toString() === '' && start !== 'global-default')) q.set(FROM, baseId);
  return q.toString();
}

export interface Restored {
  draft: Draft;
  baseId: string;
  /** Set when the link could not be read; the form then shows the start preset. */
  problem?: 'bad-encoding' | 'newer-version' | 'unknown-preset';
}

/** Guess the reader's machine from the browser (only on a first visit without saved choices). */
export function detectMachine(ua: string): Machine {
  if (/Windows/i.test(ua)) return { os: 'windows', shell: 'powershell' };
  if (/Mac OS X|Macintosh/i.test(ua) && !/iPhone|iPad/i.test(ua)) return { os: 'macos', shell: 'zsh' };
  return { os: 'linux', shell: 'bash' };
}

const PREFS_KEY = 'modfix-generator';
const OSES: readonly string[] = ['linux', 'macos', 'windows'];
const SHELLS: readonly string[] = ['bash', 'zsh', 'fish', 'powershell', 'cmd'];

/** Non-secret preferences: the machine and the last output tab. Nothing else is ever stored. */
export interface Prefs {
  machine?: Machine;
  tab?: string;
}

export function loadPrefs(storage: Pick<Storage, 'getItem'> | undefined): Prefs {
  try {
    const raw = JSON.parse(storage?.getItem(PREFS_KEY) ?? '{}') as Record<string, unknown>;
    const m = raw.machine as Record<string, unknown> | undefined;
    const prefs: Prefs = {};
    if (m && OSES.includes(String(m.os)) && SHELLS.includes(String(m.shell))) prefs.machine = { os: m.os, shell: m.shell } as Machine;
    if (typeof raw.tab === 'string' && /^[a-z0-9-]{1,40}$/.test(raw.tab)) prefs.tab = raw.tab;
    return prefs;
  } catch {
    return {};
  }
}

export function savePrefs(storage: Pick<Storage, 'setItem'> | undefined, prefs: Prefs): void {
  const clean: Prefs = {};
  if (prefs.machine) clean.machine = { os: prefs.machine.os, shell: prefs.machine.shell };
  if (prefs.tab) clean.tab = prefs.tab;
  try {
    storage?.setItem(PREFS_KEY, JSON.stringify(clean));
  } catch {
    // Storage may be disabled (private mode); preferences are only a convenience.
  }
}

/** Lines of `next` that were not in `prev` (0-based), for the brief highlight after an edit. */
export function changedLines(prev: string | undefined, next: string): number[] {
  if (prev === undefined || prev === next) return [];
  const before = new Set(prev.split('\n'));
  return next.split('\n').flatMap((l, i) => (before.has(l) || l.trim() === '' ? [] : [i]));
}

/**
 * Whether a format's output is the file itself (offered as a download) rather than commands that
 * change it. .netrc is the file only when every token was typed in; otherwise it is the command
 * that writes the file from the token variables.
 */
export function isFileText(format: FormatMeta, c: Draft): boolean {
  if (!format.fileName) return false;
  return format.id !== 'netrc' || hostsBy(c, 'netrc').every((h) => h.token);
}

/**
 * The query for the address bar: empty while the form is the unedited start preset on this
 * machine (what a bare link opens anyway), else the full non-secret state.
 */
export function linkFor(draft: Draft, baseId: string, start: string, machine: Machine): string {
  if (baseId === start && same(withoutSecrets(draft), withoutSecrets(presetFor(start, machine)))) return '';
  return toSearch(draft, baseId, start);
}
