// A simulator trace as Mermaid flowchart source: one node per GOPROXY entry (entries never asked
// drawn dashed), edges labelled with what each entry answered, and the final result. Pure text,
// so the island can render it lazily and the guides can pre-render it at build time.
import { parseGoproxy } from '../goproxy/list.ts';
import { parseGoVersion } from '../goversion.ts';
import type { Lang, Step, Trace } from './model.ts';

/** Mermaid node text: quotes and angle brackets as entities, kept on one line and short. */
function label(s: string, max = 90): string {
  const one = s.split('\n')[0] ?? '';
  const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
  return cut.replace(/`/g, '').replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

const WORDS: Record<Lang, Record<string, string>> = {
  en: {
    ok: 'downloaded from',
    fail: 'fails',
    notAsked: 'not asked',
    noMatch: 'no match',
    private: 'never asked',
    sumdb: 'checksum DB',
    via: 'via',
    direct: 'direct to',
    off: 'not checked',
    failed: 'unavailable',
  },
  'zh-CN': {
    ok: '下载自',
    fail: '失败',
    notAsked: '未询问',
    noMatch: '不匹配',
    private: '不会询问',
    sumdb: '校验和数据库',
    via: '经由',
    direct: '直连',
    off: '不校验',
    failed: '不可用',
  },
};

function edgeLabel(s: Step, w: Record<string, string>): string {
  if (s.reason === 'noproxy-skip') return w.noMatch as string;
  if (s.reason === 'private-skip') return w.private as string;
  if (s.kind === 'off') return 'off';
  const o = s.outcome ?? '';
  if (s.reason === 'pipe-fallback') return `${o} · |`;
  if (s.decision === 'stop' && s.separator === ',') return `${o} · ,`;
  return o;
}

export function traceToMermaid(t: Trace, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const lines = ['flowchart TD', `  accTitle: GOPROXY ${label(t.input.goproxy)}`, `  accDescr: ${label(t.summary[lang], 200)}`];
  lines.push(`  start(["go mod download ${label(`${t.input.module}@${t.input.version}`)}"])`);
  const ids: string[] = [];
  t.steps.forEach((s) => {
    ids.push(s.id);
    lines.push(`  ${s.id}["${label(s.entry)}"]`);
  });
  // Entries after the last one tried: the go command never asks them.
  const entries = parseGoproxy(t.input.goproxy, parseGoVersion(t.input.go) ?? undefined).entries;
  const offset = t.steps[0]?.kind === 'noproxy' ? 1 : 0;
  const untried = t.steps.length > 0 ? entries.slice(t.steps.length - offset) : [];
  for (const [i, e] of untried.entries()) lines.push(`  u${i}["${label(e.raw)}"]:::skipped`);

  const dbFailed = t.sumdb.status === 'failed';
  if (t.result === 'success') {
    const served = t.steps.find((s) => s.decision === 'success');
    lines.push(`  ok(["${w.ok} ${label(served?.entry ?? '')}"]):::ok`);
  } else {
    lines.push(`  fail(["${w.fail}: ${label(t.error.replace(/^go: [^:]+: /, ''))}"]):::fail`);
  }

  lines.push(`  start --> ${ids[0] ?? 'fail'}`);
  t.steps.forEach((s, i) => {
    const target = s.decision === 'success' ? (dbFailed ? 'db' : 'ok') : s.decision === 'next' ? ids[i + 1] : 'fail';
    lines.push(`  ${s.id} -->|"${label(edgeLabel(s, w))}"| ${target ?? 'fail'}`);
  });
  const lastTried = ids[ids.length - 1];
  if (lastTried && untried.length > 0) {
    lines.push(`  ${lastTried} -.-|"${w.notAsked}"| u0`);
    for (let i = 1; i < untried.length; i++) lines.push(`  u${i - 1} -.- u${i}`);
  }

  const db = t.sumdb;
  if (db.status !== 'not-reached') {
    const how: Record<string, string> = {
      off: `${w.off} (GOSUMDB=off)`,
      nosumdb: `${w.off} (GONOSUMDB)`,
      'explicit-url': `${w.direct} ${db.base ?? ''}`,
      proxied: `${w.via} ${db.base ?? ''}`,
      direct: `${w.direct} ${db.base ?? ''}`,
      failed: w.failed as string,
    };
    lines.push(`  db{{"${w.sumdb} ${label(db.name)}: ${label(how[db.status] ?? '')}"}}`);
    lines.push(dbFailed ? '  db --> fail' : '  ok --> db');
  }
  lines.push('  classDef ok fill:#e6f4ea,stroke:#2e7d32,color:#1b5e20');
  lines.push('  classDef fail fill:#fdecea,stroke:#c62828,color:#b71c1c');
  lines.push('  classDef skipped fill:#f5f5f5,stroke:#9e9e9e,color:#616161,stroke-dasharray: 5 5');
  return lines.join('\n');
}
