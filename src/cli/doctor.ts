// `modfix doctor [--json] [--lang en|zh-CN] [file] < go-output.txt`
// Diagnoses what a failing go command (or a docker build running it) printed. Exit 0 with a
// diagnosis — also when no known cause matched; 2 on unreadable input (empty, binary, too large).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type DiagnoseResult, type Diagnosis, diagnoseBytes, type Lang } from '../lib/doctor/index.ts';
import type { CliIO } from './io.ts';

const usage = `usage: modfix doctor [options] [file] < go-output.txt

Reads the output of a failing go command (go mod tidy, go get, go build, docker build …) from
stdin or the file given, and names the cause, the lines that prove it and the fix.

options:
  --json             print the diagnoses as JSON (cause ids as in the doctor's fixed list)
  --lang en|zh-CN    language of the readable report (default en)
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  let opts: ReturnType<typeof parse>;
  try {
    opts = parse(args);
  } catch (e) {
    io.err(`modfix doctor: ${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = opts;
  if (values.help) {
    io.out(usage);
    return 0;
  }
  if (values.lang !== undefined && !['en', 'zh', 'zh-CN'].includes(values.lang)) {
    io.err(`modfix doctor: --lang must be en or zh-CN, not ${values.lang}\n`);
    return 2;
  }
  const lang: Lang = values.lang === 'zh-CN' || values.lang === 'zh' ? 'zh-CN' : 'en';
  if (positionals.length > 1) {
    io.err(`modfix doctor: at most one input file\n\n${usage}`);
    return 2;
  }
  let bytes: Uint8Array;
  const file = positionals[0];
  try {
    bytes = file === undefined ? io.readStdin() : readFileSync(file);
  } catch (e) {
    io.err(`modfix doctor: cannot read ${file ?? 'standard input'}: ${(e as Error).message}\n`);
    return 2;
  }
  const result = diagnoseBytes(bytes, lang);
  if (!result.ok) {
    io.err(`modfix doctor: ${result.error.message[lang]}\n`);
    return 2;
  }
  io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : report(result, lang));
  return 0;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

const LABEL = {
  en: {
    confidence: { high: 'high', medium: 'medium', low: 'low' },
    header: 'modfix doctor',
    causes: 'possible causes',
    confidenceLabel: 'confidence',
    evidence: 'Evidence',
    line: 'line',
    fix: 'Fix',
    guide: 'Guide',
    generator: 'Generator preset',
    also: 'Also possible',
    truncated: 'Only the last 1 MB was read, from line',
  },
  'zh-CN': {
    confidence: { high: '高', medium: '中', low: '低' },
    header: 'modfix doctor',
    causes: '个可能原因',
    confidenceLabel: '可信度',
    evidence: '依据',
    line: '第',
    fix: '修复',
    guide: '指南',
    generator: '生成器预设',
    also: '其他可能',
    truncated: '只读取了最后 1 MB，起始行',
  },
} as const;

function lineRef(lang: Lang, n: number): string {
  return lang === 'en' ? `${LABEL.en.line} ${n}` : `第 ${n} 行`;
}

function describeDiagnosis(d: Diagnosis, lang: Lang, lines: string[]): void {
  const L = LABEL[lang];
  lines.push(`${d.title[lang]}  [${d.cause}, ${L.confidenceLabel}: ${L.confidence[d.confidence]}]`);
  lines.push('', `  ${d.explanation[lang]}`, '');
  if (d.evidence.length) {
    lines.push(`  ${L.evidence}:`);
    for (const e of d.evidence) lines.push(`    ${lineRef(lang, e.line)}: ${e.text.trim()}`);
    lines.push('');
  }
  lines.push(`  ${L.fix}:`);
  d.fix.forEach((s, i) => {
    lines.push(`    ${i + 1}. ${s[lang]}`);
    if (s.code) for (const c of s.code.split('\n')) lines.push(`         ${c}`);
  });
  lines.push('', `  ${L.guide}: guides/${d.guide.slug}#${d.guide.anchor}`);
  if (d.generator.preset) lines.push(`  ${L.generator}: ${d.generator.preset}`);
}

export function report(r: Extract<DiagnoseResult, { ok: true }>, lang: Lang): string {
  const L = LABEL[lang];
  const [top, ...rest] = r.diagnoses;
  const n = r.diagnoses.length;
  const lines = [r.matched ? `${L.header} — ${n} ${lang === 'en' && n === 1 ? 'possible cause' : L.causes}` : L.header, ''];
  if (r.truncated) lines.push(`${L.truncated} ${r.truncated.firstLine}.`, '');
  if (top) describeDiagnosis(top, lang, lines);
  if (rest.length) {
    lines.push('', `${L.also}:`);
    for (const d of rest) {
      lines.push(`  - ${d.title[lang]}  [${d.cause}, ${L.confidence[d.confidence]}]  guides/${d.guide.slug}#${d.guide.anchor}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
