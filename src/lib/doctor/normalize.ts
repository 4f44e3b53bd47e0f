// Turns a raw paste into clean lines: checks size/emptiness/binary, splits CRLF/LF, keeps the last
// state of `\r`-overwritten progress lines, strips ANSI codes and the prefixes that `docker build`,
// GitHub Actions and PowerShell add, masks secrets, and marks `go: downloading …` style noise.
// One pass, no backtracking-prone patterns: it must handle 1 MB in a few milliseconds.
import { maskSecrets } from './mask.ts';
import type { InputError } from './types.ts';

/** Larger pastes are refused with a message. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** Of a longer paste only the end is read: the go command prints the failure last. */
export const ANALYSED_CHARS = 1024 * 1024;

export interface Line {
  /** 1-based line number in the original paste. */
  n: number;
  /** Cleaned, masked text (leading indentation kept: it tells continuation lines apart). */
  text: string;
  /** Progress chatter that never explains a failure (`go: downloading x v1`, docker step headers). */
  noise: boolean;
  /** Decoration a shell wraps around stderr (PowerShell's error record): neither joins nor ends an error block. */
  transparent?: boolean;
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
  if (text.length > MAX_INPUT_BYTES || (text.length * 3 > MAX_INPUT_BYTES && utf8Length(text) > MAX_INPUT_BYTES))
    return inputError('too-large');
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
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC and BEL are what is being removed
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
// BuildKit plain progress: `#12 3.456 text`, `#12 text`.
const BUILDKIT = /^#\d+ (?:\d+\.\d+ )?/;
// BuildKit error summary and buildx: `12.34 go: …` inside the `------` box.
const BUILDX_TIME = /^\d{1,5}\.\d{2,3} (?=\S|\t)/;
// GitHub Actions raw logs: `2024-01-02T03:04:05.1234567Z text`.
const GHA_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// PowerShell wraps native stderr as `go : go: …`.
const POWERSHELL = /^go : /;

// Progress chatter of the go command itself.
const NOISE_GO =
  /^go: (?:(?:downloading|extracting|finding|found|added|upgraded|downgraded|removed) (?!go1\.)|finding module for package )/;
// docker build / BuildKit chatter (after the `#N ` prefix is gone).
const NOISE_OTHER = new RegExp(
  [
    String.raw`^\[[^\]]*\d+\/\d+\] `, // `[builder 4/7] RUN …`
    String.raw`^(?:DONE|CACHED|ERROR|CANCELED) \d`,
    String.raw`^(?:Step \d+\/\d+ : |\s*---> |Removing intermediate container |Sending build context)`,
    `^sha256:[0-9a-f]{64}`,
    String.raw`^(?:naming to|exporting|writing image|transferring|resolve image config|load build definition|load metadata|load \.dockerignore)`,
    String.raw`^\s*\d+ \| `, // Dockerfile excerpt lines `  8 | >>> RUN go mod download`
    `^-{6,}$`,
  ].join('|'),
);

// Windows PowerShell 5.1 prints the first stderr line of a native command as an error record.
const POWERSHELL_RECORD = /^(?:At line:\d+ char:\d+|\+ .*|\s+\+ (?:CategoryInfo|FullyQualifiedErrorId)\s*: .*)$/;

// Lines that only appear when the output came from `docker build` (BuildKit or the legacy builder).
const DOCKER_STEP = /^#\d+ \[|^Step \d+\/\d+ : /;
const DOCKER_ERROR =
  /^(?:ERROR: (?:failed to solve|process .* did not complete successfully)|Dockerfile:\d|The command .* returned a non-zero code)/;

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

export interface Tail {
  text: string;
  /** 1-based line number (in the whole paste) of the first line of `text`. */
  firstLine: number;
}

/** The last ANALYSED_CHARS of a paste, starting at a line boundary. */
export function tailOf(text: string): Tail {
  if (text.length <= ANALYSED_CHARS) return { text, firstLine: 1 };
  const cut = text.indexOf('\n', text.length - ANALYSED_CHARS);
  const start = cut === -1 ? text.length - ANALYSED_CHARS : cut + 1;
  let firstLine = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) firstLine++;
  return { text: text.slice(start), firstLine };
}

/** Splits and cleans a paste (or its tail). Call checkText first. */
export function normalize(text: string, firstLine = 1): Normalized {
  const rawLines = text.split('\n');
  const lines: Line[] = [];
  const context: InputContext = { docker: false, githubActions: false };
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i] as string;
    const c0 = raw.charCodeAt(0);
    if (!context.docker && (c0 === 35 /* # */ || c0 === 83) /* S */ && DOCKER_STEP.test(raw)) context.docker = true;
    if (!context.githubActions && (c0 === 35 || (c0 >= 48 && c0 <= 57)) && (raw.startsWith('##[') || GHA_TIME.test(raw)))
      context.githubActions = true;
    const s = cleanLine(raw);
    const n = i + firstLine;
    if (s.trim() === '') {
      // PowerShell ends its error record with a line holding one space.
      const afterRecord = lines.at(-1)?.transparent === true;
      lines.push({ n, text: '', noise: true, ...(afterRecord ? { transparent: true } : {}) });
      continue;
    }
    if (POWERSHELL_RECORD.test(s)) {
      lines.push({ n, text: s, noise: true, transparent: true });
      continue;
    }
    const noise = s.startsWith('go: ') ? NOISE_GO.test(s) : NOISE_OTHER.test(s);
    const s0 = s.charCodeAt(0);
    if (!noise && !context.docker && (s0 === 69 || s0 === 68 || s0 === 84) /* E D T */ && DOCKER_ERROR.test(s)) context.docker = true;
    lines.push({ n, text: s, noise });
  }
  return { lines, context };
}
