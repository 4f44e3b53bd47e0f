// `modfix lint-env [--json] [--lang en|zh-CN] [--gomod go.mod] [--os-env file] [--os-set A,B]
//                  [--goenv-file file] [--go-version 1.23] [file] < go-env.txt`
// Checks `go env` output (Unix, Windows or -json form). Exit 0 even with findings; 2 on bad input.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseGoVersion } from '../lib/goversion.ts';
import { lintGoEnv } from '../lib/lint/lint.ts';
import type { Finding, Lang, LintReport } from '../lib/lint/types.ts';
import type { CliIO } from './io.ts';

const usage = `usage: modfix lint-env [options] [file] < go-env.txt

Reads \`go env\` or \`go env -json\` output (from stdin, or the file given) and reports
settings that break or weaken module downloads.

options:
  --json               print the findings as JSON
  --lang en|zh-CN      language of the readable report (default en)
  --gomod PATH         go.mod of the module (checks its go/toolchain lines)
  --os-env PATH        OS environment listing (e.g. env | grep -i -E 'go|proxy')
  --os-set NAMES       comma-separated names set in the OS environment (values unknown)
  --goenv-file PATH    the go env file (cat "$(go env GOENV)")
  --go-version V       Go release whose rules apply (default: GOVERSION from the input)
`;

const decoder = new TextDecoder('utf-8');

function readText(path: string, what: string, io: CliIO): string | null {
  try {
    return decoder.decode(readFileSync(path));
  } catch (e) {
    io.err(`modfix lint-env: cannot read ${what} ${path}: ${(e as Error).message}\n`);
    return null;
  }
}

export async function run(args: string[], io: CliIO): Promise<number> {
  let opts: ReturnType<typeof parse>;
  try {
    opts = parse(args);
  } catch (e) {
    io.err(`modfix lint-env: ${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = opts;
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const lang: Lang = values.lang === 'zh-CN' || values.lang === 'zh' ? 'zh-CN' : 'en';
  if (values.lang !== undefined && !['en', 'zh', 'zh-CN'].includes(values.lang)) {
    io.err(`modfix lint-env: --lang must be en or zh-CN, not ${values.lang}\n`);
    return 2;
  }
  if (values['go-version'] !== undefined && !parseGoVersion(values['go-version'])) {
    io.err(`modfix lint-env: --go-version ${values['go-version']} is not a Go version (e.g. 1.23.4)\n`);
    return 2;
  }
  if (positionals.length > 1) {
    io.err(`modfix lint-env: at most one input file\n\n${usage}`);
    return 2;
  }

  let goEnv: string;
  if (positionals[0] !== undefined) {
    const text = readText(positionals[0], 'input', io);
    if (text === null) return 2;
    goEnv = text;
  } else {
    try {
      goEnv = decoder.decode(io.readStdin());
    } catch (e) {
      io.err(`modfix lint-env: cannot read standard input: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const extra: Record<string, string> = {};
  for (const [flag, key] of [
    ['gomod', 'goMod'],
    ['os-env', 'osEnv'],
    ['goenv-file', 'goEnvFile'],
  ] as const) {
    const path = values[flag];
    if (path === undefined) continue;
    const text = readText(path, `--${flag}`, io);
    if (text === null) return 2;
    extra[key] = text;
  }

  const result = lintGoEnv({
    goEnv,
    ...extra,
    ...(values['os-set']
      ? {
          osEnvSet: values['os-set']
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        }
      : {}),
    ...(values['go-version'] ? { goVersion: values['go-version'] } : {}),
  });
  if (!result.ok) {
    io.err(`modfix lint-env: ${result.message[lang]}\n`);
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
      gomod: { type: 'string' },
      'os-env': { type: 'string' },
      'os-set': { type: 'string' },
      'goenv-file': { type: 'string' },
      'go-version': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

const LABEL: Record<Lang, Record<Finding['severity'] | 'fix' | 'guide' | 'source' | 'line' | 'none' | 'summary', string>> = {
  en: {
    error: 'ERROR',
    warning: 'WARNING',
    info: 'INFO',
    fix: 'Fix',
    guide: 'Guide',
    source: 'Source',
    line: 'line',
    none: 'No problems found in these settings.',
    summary: 'errors, warnings, notes',
  },
  'zh-CN': {
    error: '错误',
    warning: '警告',
    info: '提示',
    fix: '修复',
    guide: '指南',
    source: '依据',
    line: '第',
    none: '这些设置没有发现问题。',
    summary: '错误、警告、提示',
  },
};

const INPUT_LABEL: Record<Lang, Record<string, string>> = {
  en: { 'go-env': 'go env', 'os-env': 'OS env', 'go-env-file': 'go env file', 'go-mod': 'go.mod' },
  'zh-CN': { 'go-env': 'go env', 'os-env': '系统环境', 'go-env-file': 'go env 文件', 'go-mod': 'go.mod' },
};

export function report(r: LintReport, lang: Lang): string {
  const L = LABEL[lang];
  const version = r.goVersion ? `Go ${r.goVersion}` : lang === 'en' ? 'Go version unknown' : 'Go 版本未知';
  const lines = [`modfix lint-env — ${version}, ${r.format} — ${r.counts.error}/${r.counts.warning}/${r.counts.info} ${L.summary}`, ''];
  if (r.findings.length === 0) lines.push(L.none, '');
  for (const f of r.findings) {
    lines.push(`${L[f.severity]}  ${f.variable || '-'}  [${f.id}]${f.goVersions ? `  (Go ${f.goVersions})` : ''}`);
    lines.push(`  ${f.message[lang]}`);
    if (f.evidence) {
      const where = lang === 'en' ? `${L.line} ${f.evidence.line}` : `${L.line} ${f.evidence.line} 行`;
      lines.push(`  ${INPUT_LABEL[lang][f.evidence.input]}, ${where}: ${f.evidence.text}`);
    }
    lines.push(`  ${L.fix}: ${f.fix[lang]}`);
    for (const c of f.commands ?? []) lines.push(`    ${c}`);
    lines.push(`  ${L.guide}: guides/${f.guide.slug}#${f.guide.anchor}`);
    lines.push(`  ${L.source}: ${f.source}`, '');
  }
  return `${lines.join('\n')}`;
}
