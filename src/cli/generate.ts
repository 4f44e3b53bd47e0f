// `modfix generate`: the generator core for terminals and CI. Same model, validation and
// renderers as the page; stdout carries only the snippet (or JSON), so it can be piped.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type Locale,
  type ModfixConfig,
  type ModfixConfigInput,
  presetById,
  presets,
  t,
  validateConfig,
  withoutSecrets,
} from '../lib/config/index.ts';
import { type Format, formatById, formats, render } from '../lib/render/index.ts';
import type { CliIO } from './io.ts';

const usage = `usage: modfix generate (--preset <name> | --config <file.json>) (--format <fmt> | --json) [options]
       modfix generate --list-presets [--json]
       modfix generate --list-formats [--json]

  --preset <name>     start from a preset (see --list-presets)
  --config <file>     a config in the model's JSON form ("-" reads standard input)
  --format <fmt>      print one snippet (see --list-formats)
  --json              print { "config": <model without secrets>, "outputs": { "<fmt>": "<text>" } }
                      for the given format, or for every format that applies
  --scope <scope>     session, persistent or project (default: the config file's
                      target.scope, else session; presets always default to session)
  --os <os>           linux, macos or windows (default: from the preset or config)
  --shell <shell>     bash, zsh, fish, powershell or cmd, for commands such as go env -w
  --explain           also print notes, the verify command and undo to stderr
  --lang en|zh-CN     language of messages (default: from LANG)

An invalid config exits with status 2 and writes nothing to stdout; so does a value that the
chosen format cannot hold safely.
`;

const SCOPES = ['session', 'persistent', 'project'] as const;
const OSES = ['linux', 'macos', 'windows'] as const;
const SHELLS = ['bash', 'zsh', 'fish', 'powershell', 'cmd'] as const;

type Values = Record<string, string | boolean | undefined>;

function pick<T extends string>(io: CliIO, name: string, value: unknown, allowed: readonly T[]): T | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  io.err(`modfix generate: --${name} must be one of ${allowed.join(', ')}\n`);
  return null;
}

/** The config input named by --preset or --config, or null after reporting why not. */
function loadInput(v: Values, io: CliIO): ModfixConfigInput | null {
  if ((v.preset === undefined) === (v.config === undefined)) {
    io.err(`modfix generate: give exactly one of --preset and --config\n\n${usage}`);
    return null;
  }
  if (typeof v.preset === 'string') {
    const p = presetById(v.preset);
    if (!p) {
      io.err(`modfix generate: unknown preset '${v.preset}' (known: ${presets.map((x) => x.id).join(', ')})\n`);
      return null;
    }
    return p.config;
  }
  const file = v.config as string;
  try {
    const text = file === '-' ? io.readStdin().toString('utf8') : readFileSync(file, 'utf8');
    const json: unknown = JSON.parse(text);
    if (!isObject(json)) throw new Error('the config must be a JSON object');
    return json as ModfixConfigInput;
  } catch (e) {
    io.err(`modfix generate: cannot read ${file === '-' ? 'standard input' : file}: ${(e as Error).message}\n`);
    return null;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Applies --scope/--os/--shell (and the shell a shell format implies) to the target. Snippets are
 * for this shell session unless --scope says otherwise; a config file's own scope is kept.
 */
function retarget(input: ModfixConfigInput, v: Values, format: Format | undefined, io: CliIO): ModfixConfigInput | null {
  const scope = pick(io, 'scope', v.scope, SCOPES);
  const os = pick(io, 'os', v.os, OSES);
  const shell = pick(io, 'shell', v.shell, SHELLS);
  if (scope === null || os === null || shell === null) return null;
  // Leave a malformed target alone so that validation reports it with its path.
  if (input.target !== undefined && !isObject(input.target)) return input;
  const fileScope = typeof v.config === 'string' ? input.target?.scope : undefined;
  const target = { ...input.target, scope: scope ?? fileScope ?? 'session' };
  if (os) target.os = os;
  if (shell) target.shell = shell;
  const implied = (SHELLS as readonly string[]).includes(format?.id ?? '') ? (format?.id as (typeof SHELLS)[number]) : undefined;
  if (implied) {
    target.shell = implied;
    if (implied === 'cmd') target.os = 'windows';
  }
  return { ...input, target };
}

function list(v: Values, io: CliIO, locale: Locale): number {
  if (v['list-presets']) {
    const rows = presets.map((p) => ({ id: p.id, name: p.name, description: p.description }));
    io.out(v.json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((p) => `${p.id.padEnd(18)} ${p.description[locale]}\n`).join(''));
  } else {
    const rows = formats.map((f) => ({ id: f.id, label: f.label, ...(f.fileName ? { fileName: f.fileName } : {}) }));
    io.out(v.json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((f) => `${f.id.padEnd(16)} ${f.label[locale]}\n`).join(''));
  }
  return 0;
}

function explain(io: CliIO, f: Format, c: ModfixConfig, locale: Locale): void {
  const r = render(f, c);
  if (!r.ok) return;
  const o = r.output;
  for (const n of o.notes) io.err(`note: ${n[locale]}\n`);
  if (o.path) io.err(`file: ${o.path}\n`);
  if (o.verify) io.err(`verify: ${o.verify.command}\n  ${o.verify.expect[locale].replaceAll('\n', '\n  ')}\n`);
  if (o.undo) io.err(`undo:\n${o.undo}`);
}

export async function run(args: string[], io: CliIO): Promise<number> {
  let v: Values;
  try {
    ({ values: v } = parseArgs({
      args,
      strict: true,
      options: {
        preset: { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean' },
        scope: { type: 'string' },
        os: { type: 'string' },
        shell: { type: 'string' },
        explain: { type: 'boolean' },
        lang: { type: 'string' },
        'list-presets': { type: 'boolean' },
        'list-formats': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.err(`modfix generate: ${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  if (v.help) {
    io.out(usage);
    return 0;
  }
  const lang = pick(io, 'lang', v.lang ?? (/^zh/i.test(process.env.LANG ?? '') ? 'zh-CN' : 'en'), ['en', 'zh-CN'] as const);
  if (!lang) return 2;
  if (v['list-presets'] || v['list-formats']) return list(v, io, lang);

  const format = typeof v.format === 'string' ? formatById(v.format) : undefined;
  if (v.format !== undefined && !format) {
    io.err(`modfix generate: unknown format '${String(v.format)}' (known: ${formats.map((f) => f.id).join(', ')})\n`);
    return 2;
  }
  if (!format && !v.json) {
    io.err(`modfix generate: give --format <fmt> or --json\n\n${usage}`);
    return 2;
  }
  const loaded = loadInput(v, io);
  const input = loaded && retarget(loaded, v, format, io);
  if (!input) return 2;

  const result = validateConfig(input, lang);
  if (!result.ok || !result.config) {
    for (const e of result.errors) io.err(`error: ${e.path || '(config)'}: ${e.message}\n`);
    return 2;
  }
  const c = result.config;
  for (const w of result.warnings) io.err(`warning: ${w.path}: ${w.message}\n`);

  if (format && !format.applies(c)) {
    const why = t(
      'nothing to write for this configuration (e.g. no host or setting uses this format)',
      '此配置没有需要写入该格式的内容（例如没有主机或设置用到它）',
    );
    io.err(`error: ${format.id}: ${why[lang]}\n`);
    return 2;
  }
  const chosen = format ? [format] : formats.filter((f) => f.applies(c));
  const outputs: Record<string, string> = {};
  let failed = false;
  for (const f of chosen) {
    const r = render(f, c);
    if (r.ok) outputs[f.id] = r.output.text;
    else {
      io.err(`error: ${r.error[lang]}\n`);
      failed = true;
    }
  }
  if (failed) return 2;
  if (v.json) io.out(`${JSON.stringify({ config: withoutSecrets(c), outputs }, null, 2)}\n`);
  else if (format) {
    io.out(outputs[format.id] ?? '');
    if (v.explain) explain(io, format, c, lang);
  }
  return 0;
}
