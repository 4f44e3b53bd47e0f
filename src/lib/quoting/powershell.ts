// Quoting for PowerShell (Windows PowerShell 5.1 and PowerShell 7). No interpreter is available
// here, so this follows the documented rules (about_Quoting_Rules; PowerShell language
// specification §2.3.5.2): a single-quoted string is verbatim; a quote character inside it is
// written twice. The lexer accepts U+2018, U+2019, U+201A and U+201B as single quotes too.
import { asWord, checkCommon, checkEnvRef, parts, type ShellWord, UnsafeValueError } from './word.ts';

const QUOTES = /['\u2018\u2019\u201A\u201B]/g;

export function literal(s: string): string {
  checkCommon('powershell', s);
  return `'${s.replace(QUOTES, '$&$&')}'`;
}

/** An expression whose value is the word: 'text', or ('text' + $env:NAME + 'text'). */
export function quote(value: string | ShellWord): string {
  const exprs = parts(value).map((p) => {
    if (typeof p === 'string') return literal(p);
    checkEnvRef('powershell', p.env);
    return `$env:${p.env}`;
  });
  if (exprs.length === 0) return "''";
  return exprs.length === 1 ? (exprs[0] as string) : `(${exprs.join(' + ')})`;
}

function nonEmpty(value: string | ShellWord): void {
  if (asWord(value).every((p) => p === '')) {
    // Assigning '' to an environment variable deletes it.
    throw new UnsafeValueError('powershell', '', 'an empty value removes the variable');
  }
}

/** `$env:NAME = value` for this session. */
export function setEnv(name: string, value: string | ShellWord): string {
  checkEnvRef('powershell', name);
  nonEmpty(value);
  return `$env:${name} = ${quote(value)}`;
}

/** Persists NAME for the user (HKCU\Environment). The value is stored expanded, so references to secrets are refused. */
export function setUserEnv(name: string, value: string | ShellWord): string {
  checkEnvRef('powershell', name);
  nonEmpty(value);
  const ref = asWord(value).find((p) => typeof p !== 'string');
  if (ref && typeof ref !== 'string') {
    throw new UnsafeValueError('powershell', ref.env, 'a persistent user variable would store the secret it references');
  }
  return `[Environment]::SetEnvironmentVariable('${name}', ${quote(value)}, 'User')`;
}

/**
 * An argument for a native program (go, git). Windows PowerShell 5.1 drops embedded double quotes
 * and mangles a quoted argument that ends in a backslash, so both are refused.
 */
export function nativeArg(s: string): string {
  if (s.includes('"')) throw new UnsafeValueError('powershell', s, 'double quotes are lost when PowerShell calls a program');
  if (/\s/.test(s) && s.endsWith('\\')) {
    throw new UnsafeValueError('powershell', s, 'a trailing backslash in an argument with spaces escapes its closing quote');
  }
  // A bare comma is PowerShell's array operator in argument mode: `GOPROXY=a,direct` reaches the
  // program as two arguments ("invalid argument: direct"), so commas are always quoted.
  return /^[A-Za-z0-9_./:=@+-]+$/.test(s) && !s.startsWith('-') ? s : literal(s);
}
