// The doctor's engine: normalise the paste, group lines into error blocks, run the rules (one pass
// over the lines, keyword-gated), rank causes using each block's context, and build serialisable
// diagnoses in the reader's language with evidence and fix steps filled from the text.
import { type Advice, CAUSE_ADVICE, fill, VARIANTS } from './advice.ts';
import { extractFrom, looksPrivate } from './extract.ts';
import { checkText, decodeInput, type Line, normalize, tailOf } from './normalize.ts';
import { RULES, type Rule } from './rules.ts';
import type { CauseId, Confidence, DiagnoseResult, Diagnosis, Evidence, Extracted, InputError, Lang, Localized } from './types.ts';
import { LANGS } from './types.ts';

const CONF_SCORE: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };
const MAX_EVIDENCE = 6;
const MAX_BLOCK_CHARS = 16_000;

/** Lines that continue the previous error even when they are not indented (go and git print them flush left). */
const CONTINUATION =
  /^(?:Confirm the import path|If this is a private repository|SECURITY ERROR|This download does NOT match|The bits may have been replaced|have intercepted the download|For more information, see 'go help module-auth'|server response:|downloaded: |go\.sum: |(?:\/|[A-Za-z]:\\)\S*go\.(?:mod|work):\d+:|go\.(?:mod|work):\d+:)/;

// Keyword index: one case-insensitive scan of a line finds every rule whose keyword it contains.
// Longest keywords are tried first at each position; a keyword also wakes the rules of keywords
// it contains ("404 not found" implies "not found"), and scanning resumes one character later so
// overlapping keywords are all seen.
const KEYWORDS = [...new Set(RULES.flatMap((r) => r.keywords))].sort((a, b) => b.length - a.length);
const KEYWORD_RE = new RegExp(KEYWORDS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
const RULES_BY_KEYWORD = new Map<string, number[]>(
  KEYWORDS.map((k) => [k, RULES.flatMap((r, i) => (r.keywords.some((rk) => k.includes(rk)) ? [i] : []))]),
);

/** Indices (ascending) of the rules whose keywords occur in `text`, or null. */
function rulesFor(text: string, seen: Uint8Array): number[] | null {
  const found: number[] = [];
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(text); m !== null; m = KEYWORD_RE.exec(text)) {
    for (const i of RULES_BY_KEYWORD.get(m[0].toLowerCase()) ?? []) {
      if (seen[i]) continue;
      seen[i] = 1;
      found.push(i);
    }
    KEYWORD_RE.lastIndex = m.index + 1;
  }
  if (found.length === 0) return null;
  for (const i of found) seen[i] = 0;
  return found.sort((a, b) => a - b);
}

interface Hit {
  rule: Rule;
  line: number; // index into lines
  block: number;
  score: number;
}

function scoreOf(rule: Rule): number {
  return CONF_SCORE[rule.confidence] + (rule.priority ?? 0);
}

function confidenceOf(score: number): Confidence {
  return score >= 3 ? 'high' : score >= 2 ? 'medium' : 'low';
}

/**
 * Gives each line a block id (-1 for noise/blank) and records where each block starts. A block is
 * an error line plus its continuations (indented lines, go's and git's flush-left follow-ups).
 */
function groupBlocks(lines: Line[]): { ids: Int32Array; starts: number[] } {
  const ids = new Int32Array(lines.length).fill(-1);
  const starts: number[] = [];
  let current = -1;
  let lastText = '';
  let gap = 0; // blank/noise lines since the last block line
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.transparent) continue;
    if (l.noise) {
      gap++;
      if (l.text !== '') current = -1; // a progress line ends the block; a blank line only pauses it
      continue;
    }
    const t = l.text;
    const first = t.charCodeAt(0);
    const indented = first === 9 || first === 32;
    const joins =
      current >= 0 &&
      ((gap === 0 && (indented || (lastText.endsWith(':') && !t.startsWith('go: ')))) || (gap <= 2 && CONTINUATION.test(t.trimStart())));
    if (!joins) {
      current = starts.length;
      starts.push(i);
    }
    ids[i] = current;
    lastText = t;
    gap = 0;
  }
  return { ids, starts };
}

function adviceOf(rule: Rule | undefined, cause: CauseId): Advice {
  const a = rule?.advice;
  if (a === undefined) return CAUSE_ADVICE[cause];
  return typeof a === 'string' ? VARIANTS[a] : a;
}

const MODULE_IN_BLOCK = /(?:^|\s)((?:[a-zA-Z0-9][-a-zA-Z0-9]*\.)+[a-zA-Z][-a-zA-Z0-9]*(?:\/[^\s@:"'()/]+)*)@/m;

export interface DiagnoseOptions {
  /** Clock for stats.ms (injectable for tests). */
  now?: () => number;
}

function failed(error: InputError, lang: Lang): DiagnoseResult {
  return { ok: false, lang, error };
}

/** Diagnoses raw bytes (CLI, file upload): rejects binary, oversize and invalid UTF-8. */
export function diagnoseBytes(bytes: Uint8Array, lang: Lang, opts: DiagnoseOptions = {}): DiagnoseResult {
  const text = decodeInput(bytes);
  if (typeof text !== 'string') return failed(text, lang);
  return diagnose(text, lang, opts);
}

/** Diagnoses pasted text. Never throws on any input. */
export function diagnose(input: string, lang: Lang, opts: DiagnoseOptions = {}): DiagnoseResult {
  const now = opts.now ?? (() => (globalThis.performance ? performance.now() : Date.now()));
  const t0 = now();
  const err = checkText(input);
  if (err) return failed(err, lang);
  const tail = tailOf(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const { lines, context } = normalize(tail.text, tail.firstLine);
  const { ids: blockOf, starts } = groupBlocks(lines);

  // 1. Candidate hits: the keyword index picks the rules, then each rule's line pattern decides.
  const candidates: Array<{ rule: Rule; line: number }> = [];
  const seen = new Uint8Array(RULES.length);
  let errorLines = 0;
  for (let i = 0; i < lines.length; i++) {
    if (blockOf[i] === -1) continue;
    errorLines++;
    const text = (lines[i] as Line).text;
    for (const r of rulesFor(text, seen) ?? []) {
      const rule = RULES[r] as Rule;
      if (rule.line.test(text) && !rule.notLine?.test(text)) candidates.push({ rule, line: i });
    }
  }

  // 2. Context: block-level conditions.
  const blockTextCache = new Map<number, string>();
  const blockText = (b: number): string => {
    let s = blockTextCache.get(b);
    if (s === undefined) {
      const parts: string[] = [];
      let size = 0;
      for (let i = starts[b] as number; i < lines.length && size < MAX_BLOCK_CHARS; i++) {
        const id = blockOf[i] as number;
        if (id > b) break;
        if (id !== b) continue;
        const t = (lines[i] as Line).text;
        parts.push(t);
        size += t.length + 1;
      }
      s = parts.join('\n');
      blockTextCache.set(b, s);
    }
    return s;
  };
  const hits: Hit[] = [];
  for (const c of candidates) {
    const b = blockOf[c.line] as number;
    const r = c.rule;
    if (r.block || r.notBlock || r.modulePrivate !== undefined) {
      const bt = blockText(b);
      if (r.block && !r.block.test(bt)) continue;
      if (r.notBlock?.test(bt)) continue;
      if (r.modulePrivate !== undefined) {
        const m = MODULE_IN_BLOCK.exec(bt);
        if (!m || looksPrivate(m[1] as string) !== r.modulePrivate) continue;
      }
    }
    hits.push({ rule: r, line: c.line, block: b, score: scoreOf(r) });
  }

  // 3. Rank: per block the best rule names the cause; everything else is an alternative.
  interface Agg {
    score: number;
    winnerBlocks: number;
    best?: Hit;
    evidence: Map<number, number>; // line index → score of the hit that produced it
    blocks: Set<number>;
    rules: Set<string>;
  }
  const agg = new Map<CauseId, Agg>();
  const get = (cause: CauseId): Agg => {
    let a = agg.get(cause);
    if (!a) {
      a = { score: 0, winnerBlocks: 0, evidence: new Map(), blocks: new Set(), rules: new Set() };
      agg.set(cause, a);
    }
    return a;
  };
  const byBlock = new Map<number, Hit[]>();
  for (const h of hits) {
    const list = byBlock.get(h.block);
    if (list) list.push(h);
    else byBlock.set(h.block, [h]);
  }
  for (const [block, list] of byBlock) {
    let winner = list[0] as Hit;
    for (const h of list) if (h.score > winner.score) winner = h;
    for (const h of list) {
      const isWinnerCause = h.rule.cause === winner.rule.cause;
      const s = isWinnerCause ? h.score : Math.min(h.score, winner.score) - 1;
      const a = get(h.rule.cause);
      if (s > a.score || (s === a.score && !a.best)) {
        a.score = s;
        a.best = h;
      }
      a.rules.add(h.rule.id);
      a.evidence.set(h.line, Math.max(a.evidence.get(h.line) ?? 0, s));
      a.blocks.add(block);
      for (const alt of h.rule.also ?? []) {
        if (alt === winner.rule.cause) continue;
        const b = get(alt);
        const as = Math.min(h.score, winner.score) - 1.5;
        if (as > b.score) b.score = as;
        b.evidence.set(h.line, Math.max(b.evidence.get(h.line) ?? 0, as));
        b.blocks.add(block);
      }
    }
    get(winner.rule.cause).winnerBlocks++;
  }

  const ranked = [...agg.entries()]
    .map(([cause, a]) => {
      let first = Number.POSITIVE_INFINITY;
      for (const k of a.evidence.keys()) if (k < first) first = k;
      return { cause, a, score: a.score + Math.min(0.3, 0.1 * Math.max(0, a.winnerBlocks - 1)), first };
    })
    .sort((x, y) => y.score - x.score || x.first - y.first);

  const diagnoses: Diagnosis[] = ranked.map(({ cause, a, score }) => {
    const extracted: Extracted = {};
    const bestBlock = a.best?.block ?? a.blocks.values().next().value;
    const order = [...(bestBlock === undefined ? [] : [bestBlock]), ...[...a.blocks].filter((b) => b !== bestBlock).slice(0, 3)];
    for (const b of order) extractFrom(blockText(b), extracted);
    finishExtracted(cause, extracted, context);
    const evidence = pickEvidence(a.evidence, lines, blockOf, starts, bestBlock);
    const rule = a.best?.rule;
    return build(cause, confidenceOf(score), adviceOf(rule, cause), rule, extracted, evidence, [...a.rules]);
  });

  const matched = diagnoses.length > 0;
  if (!matched) diagnoses.push(otherDiagnosis(lines, blockOf, context));
  return {
    ok: true,
    lang,
    matched,
    diagnoses,
    ...(tail.firstLine > 1 ? { truncated: { firstLine: tail.firstLine } } : {}),
    stats: { lines: tail.firstLine - 1 + lines.length, errorLines, ms: Math.round((now() - t0) * 100) / 100 },
  };
}

function finishExtracted(cause: CauseId, x: Extracted, context: { docker: boolean; githubActions: boolean }): void {
  if (context.docker) x.context = 'docker';
  else if (context.githubActions) x.context = 'github-actions';
  const privateCause = cause === 'private-module-auth' || cause === 'private-module-via-public-proxy' || cause === 'sumdb-private-module';
  if (privateCause && x.module) x.privateHost ??= x.module.split('/')[0];
  if (privateCause && !x.module && x.privateHost) x.privatePattern ??= x.privateHost;
  // The host a failing request went to is the best name for DNS advice when no lookup was printed.
  if (cause === 'dns-failure' && !x.lookupHost && x.host) x.lookupHost = x.host;
}

/** Continuation lines that show why (what a proxy or git said): shown with the deciding line. */
const SUPPORTING =
  /server response:|^\s+(?:not found|fatal|remote|error|ERROR):|could not read|terminal prompts disabled|downloaded: |go\.sum: |but was required as/;

function pickEvidence(
  ev: Map<number, number>,
  lines: Line[],
  blockOf: Int32Array,
  starts: number[],
  bestBlock: number | undefined,
): Evidence[] {
  if (bestBlock !== undefined) {
    for (let i = starts[bestBlock] as number; i < lines.length && blockOf[i] !== undefined && (blockOf[i] as number) <= bestBlock; i++) {
      if (blockOf[i] === bestBlock && !ev.has(i) && SUPPORTING.test((lines[i] as Line).text)) ev.set(i, 0);
    }
  }
  const entries = [...ev.entries()];
  // Lines of the deciding block first, then the strongest other lines.
  entries.sort((x, y) => Number(blockOf[y[0]] === bestBlock) - Number(blockOf[x[0]] === bestBlock) || y[1] - x[1] || x[0] - y[0]);
  return entries
    .slice(0, MAX_EVIDENCE)
    .sort((x, y) => x[0] - y[0])
    .map(([i]) => ({ line: (lines[i] as Line).n, text: (lines[i] as Line).text }));
}

function build(
  cause: CauseId,
  confidence: Confidence,
  advice: Advice,
  rule: Rule | undefined,
  x: Extracted,
  evidence: Evidence[],
  rules: string[],
): Diagnosis {
  const loc = (t: Localized) => Object.fromEntries(LANGS.map((l) => [l, fill(t[l], x, l)])) as Localized;
  return {
    cause,
    confidence,
    evidence,
    title: loc(advice.title),
    explanation: loc(advice.explanation),
    // Commands are language-neutral: their placeholders use the English form.
    fix: advice.fix.filter((s) => s.when?.(x) ?? true).map((s) => ({ ...loc(s), ...(s.code ? { code: fill(s.code, x, 'en') } : {}) })),
    extracted: x,
    guide: rule?.guide ?? advice.guide,
    generator: advice.generator?.(x) ?? {},
    rules,
    ...(rule ? { goVersions: rule.go } : {}),
  };
}

const ERRORISH = /^go: |error|fatal|failed|cannot|invalid|denied|refused|timeout|not found/i;

function otherDiagnosis(lines: Line[], blockOf: Int32Array, context: { docker: boolean; githubActions: boolean }): Diagnosis {
  // Show the last error-looking lines: the go command prints the failure last.
  const picked: Evidence[] = [];
  for (let i = lines.length - 1; i >= 0 && picked.length < 3; i--) {
    const l = lines[i] as Line;
    if (blockOf[i] !== -1 && ERRORISH.test(l.text)) picked.unshift({ line: l.n, text: l.text });
  }
  const x: Extracted = {};
  finishExtracted('other', x, context);
  return build('other', 'low', CAUSE_ADVICE.other, undefined, x, picked, []);
}
