// Readers paste `go env` output in three shapes, and sometimes environment listings:
//   Unix, Go 1.21+ (envcmd.shellQuote):   GOPROXY='https://goproxy.cn,direct'   (' written as '\'')
//   Unix, Go ≤ 1.20:                       GOPROXY="https://goproxy.cn,direct"  (no escaping at all)
//   Windows (envcmd.PrintEnv, batchEscape in newer releases: % → %%, ^ before < > | & ^):
//                                          set GOPROXY=https://goproxy.cn^|direct
//   go env -json:                          { "GOPROXY": "https://goproxy.cn,direct", … }
//   OS listings: `env` (KEY=value), `export KEY=…`, `declare -x KEY="…"`, fish `set -gx KEY …`,
//   PowerShell `$env:KEY = "…"`, Dockerfile `ENV KEY=…`.
// The go env file itself is plain KEY=VALUE lines (cmd/go/internal/cfg readEnvFile).
import type { EnvFormat, EnvVar, InputErrorCode, InputKind, Localized } from './types.ts';

/** Pastes larger than this are not `go env` output; refuse them with a clear message. */
export const MAX_INPUT_CHARS = 1_000_000;

type LineForm = 'unix-single' | 'unix-double' | 'windows' | 'plain' | 'shell' | 'powershell' | 'dockerfile';

export interface ParsedLine {
  name: string;
  value: string;
  form: LineForm;
}

export interface ParsedEnv {
  format: EnvFormat;
  vars: Map<string, EnvVar>;
}

export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly input: InputKind;
  readonly localized: Localized;
  constructor(input: InputKind, code: InputErrorCode, localized: Localized) {
    super(localized.en);
    this.input = input;
    this.code = code;
    this.localized = localized;
  }
}

const INPUT_NAMES: Record<InputKind, Localized> = {
  'go-env': { en: 'The go env output', 'zh-CN': 'go env 输出' },
  'os-env': { en: 'The OS environment listing', 'zh-CN': '系统环境变量列表' },
  'go-env-file': { en: 'The go env file', 'zh-CN': 'go env 配置文件' },
  'go-mod': { en: 'go.mod', 'zh-CN': 'go.mod' },
};

// ANSI colour codes from terminals that colourise output.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the ESC of ANSI sequences
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** Checks size, emptiness and binary content; returns the text with ANSI codes and CRs removed. */
export function cleanInput(text: string, input: InputKind): string {
  const what = INPUT_NAMES[input];
  if (text.length > MAX_INPUT_CHARS) {
    const mb = (text.length / 1_000_000).toFixed(1);
    throw new InputError(input, 'too-large', {
      en: `${what.en} is ${mb} MB; go env output is a few kilobytes. Paste only the output of \`go env\`.`,
      'zh-CN': `${what['zh-CN']}有 ${mb} MB，而 go env 的输出只有几 KB。请只粘贴 \`go env\` 的输出。`,
    });
  }
  // U+FFFD appears where bytes were not valid UTF-8; NUL and other C0 controls never occur in go env output.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
  const bad = text.match(/[\x00-\x08\x0e-\x1a\x1c-\x1f\ufffd]/g)?.length ?? 0;
  if (text.includes('\x00') || bad > Math.max(2, text.length / 100)) {
    throw new InputError(input, 'binary', {
      en: `${what.en} looks like binary data, not text. Paste the text printed by the command.`,
      'zh-CN': `${what['zh-CN']}看起来是二进制数据而不是文本。请粘贴命令打印出的文本。`,
    });
  }
  const cleaned = text
    .replace(ANSI, '')
    .replace(/\r(?=\n|$)/g, '')
    .replace(/^\ufeff/, '');
  if (cleaned.trim() === '') {
    throw new InputError(input, 'empty', {
      en: `${what.en} is empty.`,
      'zh-CN': `${what['zh-CN']}为空。`,
    });
  }
  return cleaned;
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';

/**
 * Reads one POSIX-shell word at the start of s: '…' literal, "…" with \" \\ \$ \` escapes,
 * unquoted text with backslash escapes; stops at unquoted whitespace. Returns null if a quote is unclosed.
 */
export function shellWord(s: string): { value: string; rest: string } | null {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) return null;
      out += s.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      let closed = false;
      while (i < s.length) {
        const d = s[i] as string;
        if (d === '\\' && i + 1 < s.length && '"\\$`'.includes(s[i + 1] as string)) {
          out += s[i + 1];
          i += 2;
        } else if (d === '"') {
          closed = true;
          i++;
          break;
        } else {
          out += d;
          i++;
        }
      }
      if (!closed) return null;
    } else if (c === '\\' && i + 1 < s.length) {
      out += s[i + 1];
      i += 2;
    } else if (c === ' ' || c === '\t') {
      break;
    } else {
      out += c;
      i++;
    }
  }
  return { value: out, rest: s.slice(i) };
}

/** Undoes envcmd.batchEscape (newer Go on Windows): %% → %, ^x → x. */
function batchUnescape(s: string): string {
  return s.replace(/\^(.)|%%/g, (m, ch: string | undefined) => (m === '%%' ? '%' : (ch ?? '')));
}

function psString(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replaceAll("''", "'");
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/`(.)/g, '$1');
  return t;
}

const reWindows = new RegExp(`^set\\s+(${NAME})=(.*)$`, 'i');
const reFish = new RegExp(`^set\\s+(?:-[a-zA-Z]+\\s+)+(${NAME})(?:\\s+(.*))?$`);
const reExport = new RegExp(`^(?:export|declare\\s+-x|setenv)\\s+(${NAME})(?:=|\\s+)(.*)$`);
const rePowerShell = new RegExp(`^\\$env:(${NAME})\\s*=\\s*(.*)$`, 'i');
const reDocker = new RegExp(`^ENV\\s+(${NAME})(=|\\s+)(.*)$`);
const rePlain = new RegExp(`^(${NAME})=(.*)$`);

/** Parses one line of any supported form, or returns null. */
export function parseEnvLine(line: string): ParsedLine | null {
  const s = line.replace(/^\s+/, '');
  let m = reWindows.exec(s);
  if (m) return { name: m[1] as string, value: batchUnescape(m[2] as string), form: 'windows' };
  m = reFish.exec(s);
  if (m) {
    const w = shellWord(m[2] ?? '');
    return w ? { name: m[1] as string, value: w.value, form: 'shell' } : null;
  }
  m = reExport.exec(s);
  if (m) {
    const w = shellWord(m[2] as string);
    return w ? { name: m[1] as string, value: w.value, form: 'shell' } : null;
  }
  m = rePowerShell.exec(s);
  if (m) return { name: m[1] as string, value: psString(m[2] as string), form: 'powershell' };
  m = reDocker.exec(s);
  if (m) {
    const value = m[2] === '=' ? shellWord(m[3] as string)?.value : (m[3] as string).trim();
    return value === undefined ? null : { name: m[1] as string, value, form: 'dockerfile' };
  }
  m = rePlain.exec(s);
  if (!m) return null;
  const name = m[1] as string;
  const rest = m[2] as string;
  if (rest.startsWith("'")) {
    const w = shellWord(rest);
    return w ? { name, value: w.value, form: 'unix-single' } : null;
  }
  // Go ≤ 1.20 printed KEY="value" with no escaping: the value is everything between the outer quotes.
  if (rest.startsWith('"') && rest.trimEnd().endsWith('"') && rest.trimEnd().length >= 2) {
    return { name, value: rest.trimEnd().slice(1, -1), form: 'unix-double' };
  }
  // `env` listings print raw values; keep trailing spaces, they matter in pattern lists.
  return { name, value: rest, form: 'plain' };
}

function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((l, i) => {
    const m = /^\s*"([^"\\]+)"\s*:/.exec(l);
    if (m && !lines.has(m[1] as string)) lines.set(m[1] as string, i + 1);
  });
  return lines;
}

/** Parses `go env` / `go env -json` output or an environment listing. Throws InputError. */
export function parseEnvText(text: string, input: InputKind, isKnown: (name: string) => boolean): ParsedEnv {
  const clean = cleanInput(text, input);
  const lines = clean.split('\n');
  const vars = new Map<string, EnvVar>();
  const trimmed = clean.trim();
  if (trimmed.startsWith('{')) {
    let obj: unknown;
    try {
      obj = JSON.parse(trimmed);
    } catch (e) {
      throw new InputError(input, 'bad-json', {
        en: `This looks like \`go env -json\` output but is not valid JSON (${(e as Error).message}). Paste the complete output, including the closing }.`,
        'zh-CN': `这看起来像 \`go env -json\` 的输出，但不是合法的 JSON（${(e as Error).message}）。请粘贴完整输出，包括结尾的 }。`,
      });
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      throw new InputError(input, 'bad-json', {
        en: 'go env -json prints one JSON object; this JSON is not an object.',
        'zh-CN': 'go env -json 输出的是一个 JSON 对象，而这段 JSON 不是对象。',
      });
    }
    const at = jsonLines(clean);
    for (const [name, value] of Object.entries(obj)) {
      if (typeof value !== 'string') continue;
      const line = at.get(name) ?? 1;
      vars.set(name, { name, value, line, raw: (lines[line - 1] ?? '').trim() });
    }
    requireKnown(vars, input, isKnown);
    return { format: 'json', vars };
  }
  const forms = new Map<LineForm, number>();
  lines.forEach((raw, i) => {
    const p = parseEnvLine(raw);
    if (!p) return;
    forms.set(p.form, (forms.get(p.form) ?? 0) + 1);
    vars.set(p.name, { name: p.name, value: p.value, line: i + 1, raw: raw.trim() });
  });
  requireKnown(vars, input, isKnown);
  const count = (f: LineForm) => forms.get(f) ?? 0;
  let format: EnvFormat = 'env-listing';
  if (count('windows') > 0 && count('windows') >= count('unix-single') + count('unix-double')) format = 'windows';
  else if (count('unix-single') + count('unix-double') > 0) format = 'unix';
  return { format, vars };
}

function requireKnown(vars: Map<string, EnvVar>, input: InputKind, isKnown: (name: string) => boolean): void {
  for (const name of vars.keys()) if (isKnown(name)) return;
  const what = INPUT_NAMES[input];
  throw new InputError(input, 'unrecognised', {
    en: `No Go settings found in ${what.en.replace(/^The /, 'the ')}. Expected lines like GOPROXY='…' (go env on Linux/macOS), set GOPROXY=… (Windows) or the JSON printed by go env -json.`,
    'zh-CN': `在 ${what['zh-CN']} 中没有找到 Go 的设置。应为 GOPROXY='…'（Linux/macOS 上的 go env）、set GOPROXY=…（Windows）或 go env -json 输出的 JSON。`,
  });
}

/** The go env file as cmd/go reads it: KEY=VALUE lines starting with A–Z, no quoting, no trimming. */
export function parseGoEnvFile(text: string): Map<string, EnvVar> {
  const clean = cleanInput(text, 'go-env-file');
  const vars = new Map<string, EnvVar>();
  clean.split('\n').forEach((raw, i) => {
    const eq = raw.indexOf('=');
    if (eq < 0 || !/^[A-Z]/.test(raw)) return;
    const name = raw.slice(0, eq);
    vars.set(name, { name, value: raw.slice(eq + 1), line: i + 1, raw });
  });
  return vars;
}

export interface GoModInfo {
  go?: EnvVar;
  toolchain?: EnvVar;
}

/** The go and toolchain directives of a go.mod file (comments stripped). */
export function parseGoMod(text: string): GoModInfo {
  const clean = cleanInput(text, 'go-mod');
  const info: GoModInfo = {};
  clean.split('\n').forEach((raw, i) => {
    const m = /^\s*(go|toolchain)\s+(\S+)\s*(?:\/\/.*)?$/.exec(raw);
    if (!m) return;
    const v: EnvVar = { name: m[1] as string, value: m[2] as string, line: i + 1, raw: raw.trim() };
    if (m[1] === 'go') info.go = v;
    else info.toolchain = v;
  });
  return info;
}
