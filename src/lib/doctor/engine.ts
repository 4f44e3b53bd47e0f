// The doctor's engine: normalise the paste, group lines into error blocks, run the rules (one pass
// over the lines, keyword-gated), rank causes using each block's context, and build serialisable,
// bilingual diagnoses with evidence and fix steps filled from the text.
import { type Advice, CAUSE_ADVICE, fill, fillCode, VARIANTS } from './advice.ts';
import { extractFrom, looksPrivate } from './extract.ts';
import { checkText, decodeInput, type Line, normalize } from './normalize.ts';
import { RULES, type Rule } from './rules.ts';
import type { CauseId, Confidence, DiagnoseResult, Diagnosis, Evidence, Extracted, Lang } from './types.ts';
import { LANGS } from './types.ts';

const CONF_SCORE: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };
const MAX_EVIDENCE = 6;
const MAX_BLOCK_CHARS = 16_000;

/** Lines that continue the previous error even when they are not indented (go and git print them flush left). */
const CONTINUATION =
  /^(?:Confirm the import path|If this is a private repository|SECURITY ERROR|This download does NOT match|The bits may have been replaced|have intercepted the download|For more information, see 'go help module-auth'|server response:|downloaded: |go\.sum: |(?:\/|[A-Za-z]:\\)\S*go\.(?:mod|work):\d+:|go\.(?:mod|work):\d+:)/;

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

/** Diagnoses raw bytes (CLI, file upload): rejects binary, oversize and invalid UTF-8. */
export function diagnoseBytes(bytes: Uint8Array, opts: DiagnoseOptions = {}): DiagnoseResult {
  const text = decodeInput(bytes);
  if (typeof text !== 'string') return { ok: false, error: text };
  return diagnose(text, opts);
}

/** Diagnoses pasted text. Never throws on any input. */
export function diagnose(input: string, opts: DiagnoseOptions = {}): DiagnoseResult {
  const now = opts.now ?? (() => (globalThis.performance ? performance.now() : Date.now()));
  const t0 = now();
  const err = checkText(input);
  if (err) return { ok: false, error: err };
  const { lines, context } = normalize(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const { ids: blockOf, starts } = groupBlocks(lines);

  // 1. Candidate hits: keyword gate, then the line pattern.
  const candidates: Array<{ rule: Rule; line: number }> = [];
  let errorLines = 0;
  for (let i = 0; i < lines.length; i++) {
    if (blockOf[i] === -1) continue;
    errorLines++;
    const text = (lines[i] as Line).text;
    const lower = text.toLowerCase();
    for (const rule of RULES) {
      let gated = false;
      for (const k of rule.keywords) {
        if (lower.includes(k)) {
          gated = true;
          break;
        }
      }
      if (!gated || !rule.line.test(text) || rule.notLine?.test(text)) continue;
      candidates.push({ rule, line: i });
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
    if (r.block || r.notBlock || r.modulePrivate) {
      const bt = blockText(b);
      if (r.block && !r.block.test(bt)) continue;
      if (r.notBlock?.test(bt)) continue;
      if (r.modulePrivate) {
        const m = MODULE_IN_BLOCK.exec(bt);
        if (!m || !looksPrivate(m[1] as string)) continue;
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
    blocks: number[];
    rules: Set<string>;
  }
  const agg = new Map<CauseId, Agg>();
  const get = (cause: CauseId): Agg => {
    let a = agg.get(cause);
    if (!a) {
      a = { score: 0, winnerBlocks: 0, evidence: new Map(), blocks: [], rules: new Set() };
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
      if (!a.blocks.includes(block)) a.blocks.push(block);
      for (const alt of h.rule.also ?? []) {
        if (alt === winner.rule.cause) continue;
        const b = get(alt);
        const as = Math.min(h.score, winner.score) - 1.5;
        if (as > b.score) b.score = as;
        b.evidence.set(h.line, Math.max(b.evidence.get(h.line) ?? 0, as));
        if (!b.blocks.includes(block)) b.blocks.push(block);
      }
    }
    get(winner.rule.cause).winnerBlocks++;
  }

  const ranked = [...agg.entries()]
    .map(([cause, a]) => ({ cause, a, score: a.score + Math.min(0.3, 0.1 * Math.max(0, a.winnerBlocks - 1)), first: Math.min(...a.evidence.keys()) }))
    .sort((x, y) => y.score - x.score || x.first - y.first);

  const diagnoses: Diagnosis[] = ranked.map(({ cause, a, score }) => {
    const extracted: Extracted = {};
    const bestBlock = a.best?.block ?? a.blocks[0];
    const order = bestBlock === undefined ? a.blocks : [bestBlock, ...a.blocks.filter((b) => b !== bestBlock)];
    for (const b of order.slice(0, 4)) extractFrom(blockText(b), extracted);
    finishExtracted(cause, extracted, context);
    const evidence = pickEvidence(a.evidence, lines, blockOf, bestBlock);
    return build(cause, confidenceOf(score), adviceOf(a.best?.rule, cause), extracted, evidence, [...a.rules]);
  });

  if (diagnoses.length === 0) diagnoses.push(otherDiagnosis(lines, blockOf, context));
  return { ok: true, diagnoses, stats: { lines: lines.length, errorLines, ms: Math.round((now() - t0) * 100) / 100 } };
}

function finishExtracted(cause: CauseId, x: Extracted, context: { docker: boolean; githubActions: boolean }): void {
  if (context.docker) x.context = 'docker';
  else if (context.githubActions) x.context = 'github-actions';
  const privateCause = cause === 'private-module-auth' || cause === 'private-module-via-public-proxy' || cause === 'sumdb-private-module';
  if (privateCause && x.module) x.privateHost ??= x.module.split('/')[0];
  if (privateCause && !x.module && x.privateHost) x.privatePattern ??= x.privateHost;
  // The host a failing request went to is the best name for DNS advice when no lookup was printed.
  if (cause === 'dns-failure' && !x.lookupHost) x.lookupHost = x.host;
}

function pickEvidence(ev: Map<number, number>, lines: Line[], blockOf: Int32Array, bestBlock: number | undefined): Evidence[] {
  const entries = [...ev.entries()];
  // Lines of the deciding block first, then the strongest other lines.
  entries.sort((x, y) => Number(blockOf[y[0]] === bestBlock) - Number(blockOf[x[0]] === bestBlock) || y[1] - x[1] || x[0] - y[0]);
  return entries
    .slice(0, MAX_EVIDENCE)
    .sort((x, y) => x[0] - y[0])
    .map(([i]) => ({ line: (lines[i] as Line).n, text: (lines[i] as Line).text }));
}

function build(cause: CauseId, confidence: Confidence, advice: Advice, x: Extracted, evidence: Evidence[], rules: string[]): Diagnosis {
  const loc = (t: { en: string; 'zh-CN': string }) => Object.fromEntries(LANGS.map((l: Lang) => [l, fill(t[l], x, l)])) as Record<Lang, string>;
  return {
    cause,
    confidence,
    evidence,
    title: loc(advice.title),
    explanation: loc(advice.explanation),
    fix: advice.fix.map((s) => ({ ...loc(s), ...(s.code ? { code: fillCode(s.code, x) } : {}) })),
    extracted: x,
    guide: advice.guide,
    generator: advice.generator?.(x) ?? {},
    rules,
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
  return build('other', 'low', CAUSE_ADVICE.other, x, picked, []);
}
