// Turns a raw paste into clean lines: checks size/emptiness/binary, splits CRLF/LF, keeps the last
// state of `\r`-overwritten progress lines, strips ANSI codes and the prefixes that `docker build`,
// GitHub Actions and PowerShell add, masks secrets, and marks `go: downloading …` style noise.
// One pass, no backtracking-prone patterns: it must handle 1 MB in a few milliseconds.
import { maskSecrets } from './mask.ts';
import type { InputError } from './types.ts';

export const MAX_INPUT_BYTES = 1024 * 1024;

export interface Line {
  /** 1-based line number in the original paste. */
  n: number;
  /** Cleaned, masked text (leading indentation kept: it tells continuation lines apart). */
  text: string;
  /** Progress chatter that never explains a failure (`go: downloading x v1`, docker step headers). */
  noise: boolean;
}

export interface InputContext {
  docker: boolean;
  githubActions: boolean;
}

export interface Normalized {
  lines: Line[];
  context: InputContext;
}

const ERRORS: Record<InputError['code'], InputError['message']> = {
  empty: {
    en: 'The input is empty. Paste the output of the failing go command (go mod tidy, go get, go build or docker build).',
    'zh-CN': '输入为空。请粘贴失败的 go 命令（go mod tidy、go get、go build 或 docker build）的完整输出。',
  },
  binary: {
    en: 'The input looks like binary data, not text. Paste the text the go command printed.',
    'zh-CN': '输入看起来是二进制数据而不是文本。请粘贴 go 命令打印的文字输出。',
  },
  'too-large': {
    en: `The input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB. Paste only the part around the error (the last few hundred lines are enough).`,
    'zh-CN': `输入超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB。请只粘贴出错位置附近的内容（最后几百行就够了）。`,
  },
};

export function inputError(code: InputError['code']): InputError {
  return { code, message: ERRORS[code] };
}

/** Decodes bytes from stdin or a file: rejects oversize, invalid UTF-8 and NUL-containing data. */
export function decodeInput(bytes: Uint8Array): string | InputError {
  if (bytes.length > MAX_INPUT_BYTES) return inputError('too-large');
  if (bytes.includes(0)) return inputError('binary');
  try {
    // Strip a UTF-8 BOM (Windows editors add one).
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return inputError('binary');
  }
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Checks pasted text (already a string): empty, too large, or binary-looking. */
export function checkText(text: string): InputError | null {
  if (text.length > MAX_INPUT_BYTES || (text.length * 3 > MAX_INPUT_BYTES && utf8Length(text) > MAX_INPUT_BYTES)) return inputError('too-large');
  if (text.trim() === '') return inputError('empty');
  // Binary pasted as text shows up as NULs, other C0 controls or U+FFFD replacement characters.
  let bad = 0;
  const sample = Math.min(text.length, 65536);
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return inputError('binary');
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 27) || c === 0xfffd || c === 0x7f) bad++;
  }
  return bad > 8 && bad / sample > 0.01 ? inputError('binary') : null;
}

// CSI sequences (colours, cursor moves), OSC sequences (titles, hyperlinks) and 2-byte escapes.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
// BuildKit plain progress: `#12 3.456 text`, `#12 text`.
const BUILDKIT = /^#\d+ (?:\d+\.\d+ )?/;
// BuildKit error summary and buildx: `12.34 go: …` inside the `------` box.
const BUILDX_TIME = /^\d{1,5}\.\d{2,3} (?=\S|\t)/;
// GitHub Actions raw logs: `2024-01-02T03:04:05.1234567Z text`.
const GHA_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// PowerShell wraps native stderr as `go : go: …`.
const POWERSHELL = /^go : /;

const NOISE = [
  /^go: (?:downloading|extracting|finding|found|added|upgraded|downgraded|removed) (?!go1\.)/,
  /^go: finding module for package /,
  /^\[[^\]]*\d+\/\d+\] /, // `[builder 4/7] RUN …` after the #N prefix
  /^(?:DONE|CACHED|ERROR|CANCELED) \d/,
  /^(?:Step \d+\/\d+ : |---> |Removing intermediate container |Sending build context)/,
  /^sha256:[0-9a-f]{64}/,
  /^(?:naming to|exporting|writing image|transferring|resolve image config|load build definition|load metadata|load \.dockerignore)/,
  /^\s*\d+ \| /, // Dockerfile excerpt lines `  8 | >>> RUN go mod download`
  /^-{6,}$/,
];

const DOCKER_HINT = /^#\d+ \[|^Step \d+\/\d+ : |failed to solve|^Dockerfile:\d|did not complete successfully|returned a non-zero code/;

function cleanLine(raw: string): string {
  let s = raw;
  // A line rewritten with \r (progress bars) shows its last non-empty state.
  if (s.includes('\r')) {
    const parts = s.split('\r');
    s = '';
    for (let i = parts.length - 1; i >= 0; i--) {
      if ((parts[i] as string).trim() !== '') {
        s = parts[i] as string;
        break;
      }
    }
  }
  if (s.includes('\x1b')) s = s.replace(ANSI, '');
  const c0 = s.charCodeAt(0);
  if (c0 === 35 /* # */) s = s.replace(BUILDKIT, '');
  else if (c0 >= 48 && c0 <= 57) s = s.replace(GHA_TIME, '').replace(BUILDX_TIME, '');
  if (s.startsWith('##[error]')) s = s.slice(9);
  if (s.startsWith('go : ')) s = s.replace(POWERSHELL, '');
  if (s.length > 4000) s = `${s.slice(0, 4000)}…`;
  return maskSecrets(s.trimEnd());
}

/** Splits and cleans a paste. Call checkText first. */
export function normalize(text: string): Normalized {
  const rawLines = text.split('\n');
  const lines: Line[] = [];
  const context: InputContext = { docker: false, githubActions: false };
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i] as string;
    if (!context.docker && DOCKER_HINT.test(raw)) context.docker = true;
    if (!context.githubActions && (raw.startsWith('##[') || GHA_TIME.test(raw))) context.githubActions = true;
    const s = cleanLine(raw);
    if (s.trim() === '') {
      lines.push({ n: i + 1, text: '', noise: true });
      continue;
    }
    let noise = false;
    for (const re of NOISE) {
      if (re.test(s)) {
        noise = true;
        break;
      }
    }
    lines.push({ n: i + 1, text: s, noise });
  }
  return { lines, context };
}
