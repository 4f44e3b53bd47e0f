// `modfix simulate`: replay how the go command walks a GOPROXY list for one module download.
import { parseArgs } from 'node:util';
import type { Lang, SimulateInput, Trace } from '../lib/simulator/model.ts';
import { traceToMermaid } from '../lib/simulator/mermaid.ts';
import { simulate } from '../lib/simulator/simulate.ts';
import { validateSimulateInput } from '../lib/simulator/validate.ts';
import type { CliIO } from './io.ts';

const usage = `usage: modfix simulate --goproxy '<value>' --outcomes '<o1>,<o2>,…' [options]

One outcome per GOPROXY entry, in order (\`off\` takes none):
  proxy URL   200 404 410 403 (any other 4xx) 500 (any 5xx) refused timeout tls
  file://     200 404 403
  direct      ok auth unknown-revision no-git

options:
  --module <path@version>   module to download (default example.com/hello@v1.0.0)
  --goprivate <patterns>    GOPRIVATE
  --gonoproxy <patterns>    GONOPROXY (default: GOPRIVATE)
  --gonosumdb <patterns>    GONOSUMDB (default: GOPRIVATE)
  --gosumdb <value>         GOSUMDB (default sum.golang.org; off disables)
  --vcs <outcome>           what git does for a GONOPROXY module when the list has no direct
  --sumdb-outcomes <list>   per proxy URL: answer to <proxy>/sumdb/<name>/supported
  --sumdb-direct <outcome>  lookup answer of the checksum database reached directly (default 200)
  --sumdb-lookup <outcome>  lookup answer of the proxy that offers the checksum database (default 200)
  --go <version>            Go release whose rules apply, e.g. 1.19 (default: newest)
  --lang en|zh-CN           language of the explanations (default en)
  --json                    print the trace as JSON
  --mermaid                 print the trace as a Mermaid flowchart
`;

const list = (s: string | undefined) => (s === undefined || s.trim() === '' ? [] : s.split(',').map((x) => x.trim()));

export async function run(args: string[], io: CliIO): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        goproxy: { type: 'string' },
        outcomes: { type: 'string' },
        module: { type: 'string' },
        goprivate: { type: 'string' },
        gonoproxy: { type: 'string' },
        gonosumdb: { type: 'string' },
        gosumdb: { type: 'string' },
        vcs: { type: 'string' },
        'sumdb-outcomes': { type: 'string' },
        'sumdb-direct': { type: 'string' },
        'sumdb-lookup': { type: 'string' },
        go: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        mermaid: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.err(`modfix simulate: ${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const str = (k: string) => values[k] as string | undefined;
  const fail = (en: string, zh: string) => {
    io.err(`modfix simulate: ${en}\nmodfix simulate：${zh}\n`);
    return 2;
  };
  const lang = (str('lang') ?? 'en') as Lang;
  if (lang !== 'en' && lang !== 'zh-CN') return fail('--lang must be en or zh-CN', '--lang 只能是 en 或 zh-CN');
  if (str('goproxy') === undefined) return fail('--goproxy is required', '必须提供 --goproxy');

  const raw: Record<string, unknown> = { goproxy: str('goproxy'), outcomes: list(str('outcomes')) };
  const mv = str('module');
  if (mv !== undefined) {
    const at = mv.lastIndexOf('@');
    if (at <= 0) return fail(`--module must be path@version, got '${mv}'`, `--module 应为 路径@版本，实际为 '${mv}'`);
    raw.module = mv.slice(0, at);
    raw.version = mv.slice(at + 1);
  }
  for (const k of ['goprivate', 'gonoproxy', 'gonosumdb', 'gosumdb', 'vcs', 'go'] as const) {
    if (str(k) !== undefined) raw[k] = str(k);
  }
  if (str('sumdb-outcomes') !== undefined) raw.sumdbOutcomes = list(str('sumdb-outcomes'));
  if (str('sumdb-direct') !== undefined) raw.sumdbDirect = str('sumdb-direct');
  if (str('sumdb-lookup') !== undefined) raw.sumdbLookup = str('sumdb-lookup');

  const v = validateSimulateInput(raw);
  if (!v.ok) {
    return fail(v.issues.map((i) => `${i.path}: ${i.en}`).join('\n'), v.issues.map((i) => `${i.path}：${i['zh-CN']}`).join('\n'));
  }
  const trace = simulate(v.input as SimulateInput);
  if (values.json) io.out(`${JSON.stringify(trace, null, 2)}\n`);
  else if (values.mermaid) io.out(`${traceToMermaid(trace, lang)}\n`);
  else io.out(readable(trace, lang));
  return 0;
}

const LABELS: Record<Lang, Record<'note' | 'result' | 'sumdb', string>> = {
  en: { note: 'note', result: 'result', sumdb: 'checksum database' },
  'zh-CN': { note: '说明', result: '结果', sumdb: '校验和数据库' },
};

function readable(t: Trace, lang: Lang): string {
  const out: string[] = [];
  const i = t.input;
  const l = LABELS[lang];
  out.push(`GOPROXY=${i.goproxy}  ${i.module}@${i.version}  (Go ${i.go})`);
  for (const n of t.notes) out.push(`  ${l.note}: ${n[lang]}`);
  for (const s of t.steps) {
    out.push(`  ${s.id}  ${s.entry}${s.outcome ? `  [${s.outcome}]` : ''}  → ${s.decision}`);
    out.push(`      ${s.text[lang]}`);
  }
  out.push(`${l.result}: ${t.result}`);
  if (t.error) out.push(t.error.replace(/^/gm, '  '));
  out.push(`${l.sumdb} (${t.sumdb.name}): ${t.sumdb.status}`);
  for (const s of t.sumdb.steps) out.push(`  ${s.id}  ${s.entry}${s.outcome ? `  [${s.outcome}]` : ''}  → ${s.decision}`);
  out.push(`  ${t.sumdb.text[lang]}`);
  out.push(t.summary[lang]);
  return `${out.join('\n')}\n`;
}
