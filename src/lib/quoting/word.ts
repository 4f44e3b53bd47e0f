// A value to put into a shell command: literal text, possibly with references to environment
// variables that the shell expands when the command runs (so secrets are named, never written).
export type WordPart = string | { env: string };
export type ShellWord = readonly WordPart[];

export type Shell = 'posix' | 'fish' | 'powershell' | 'cmd';

/** A value the shell cannot represent safely. Renderers surface it; it is never emitted. */
export class UnsafeValueError extends Error {
  readonly shell: Shell;
  readonly value: string;
  readonly reason: string;
  constructor(shell: Shell, value: string, reason: string) {
    super(`${shell}: cannot represent ${JSON.stringify(value)} safely: ${reason}`);
    this.name = 'UnsafeValueError';
    this.shell = shell;
    this.value = value;
    this.reason = reason;
  }
}

export const isEnvName = (s: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);

/** Rejects what no shell can hold (NUL) or what a UTF-8 environment cannot carry (lone surrogates). */
export function checkCommon(shell: Shell, value: string): void {
  if (value.includes('\0')) throw new UnsafeValueError(shell, value, 'NUL cannot be part of an environment value');
  if (!value.isWellFormed()) throw new UnsafeValueError(shell, value, 'not valid Unicode (lone surrogate)');
}

/** Joins a word as plain text, for places that expand nothing (a file the user edits). */
export const wordText = (w: ShellWord, ref: (name: string) => string) => w.map((p) => (typeof p === 'string' ? p : ref(p.env))).join('');

export const asWord = (v: string | ShellWord): ShellWord => (typeof v === 'string' ? [v] : v);

/**
 * The word with adjacent literals merged and empty ones dropped. Quoting each literal separately
 * would put two quoted strings side by side ('a''b'), which zsh's RC_QUOTES reads as a quote.
 */
export function parts(v: string | ShellWord): WordPart[] {
  const out: WordPart[] = [];
  for (const p of asWord(v)) {
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else if (p !== '') out.push(p);
  }
  return out;
}

export function checkEnvRef(shell: Shell, name: string): void {
  if (!isEnvName(name)) throw new UnsafeValueError(shell, name, 'not a valid environment variable name');
}
