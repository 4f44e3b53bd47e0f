// Quoting for cmd.exe. No interpreter is available here, so this follows the documented rules
// (`cmd /?`, `set /?`, `setx /?`): inside double quotes & | < > ^ ( ) are literal, but % still
// expands variables, ! expands them when delayed expansion is on, a " ends the quoted part and a
// line break ends the command. Those are refused; there is no safe escape for all of them at the
// interactive prompt. Programs (setx, go) then split their command line with the Microsoft C
// runtime rules, where backslashes before a quote escape it.
import { asWord, checkCommon, checkEnvRef, type ShellWord, UnsafeValueError } from './word.ts';

/** Longest value setx stores without truncating. */
export const SETX_MAX = 1024;

function check(s: string): void {
  checkCommon('cmd', s);
  const bad = /["%!\r\n]/.exec(s);
  if (bad) throw new UnsafeValueError('cmd', s, `cmd cannot quote ${JSON.stringify(bad[0])} safely`);
}

function text(value: string | ShellWord): string {
  return asWord(value)
    .map((p) => {
      if (typeof p === 'string') {
        check(p);
        return p;
      }
      checkEnvRef('cmd', p.env);
      return `%${p.env}%`;
    })
    .join('');
}

function nonEmpty(s: string): void {
  // `set "NAME="` deletes NAME, and setx cannot store an empty value.
  if (s === '') throw new UnsafeValueError('cmd', s, 'an empty value removes the variable');
}

/** `set "NAME=value"` for this cmd session. */
export function setVar(name: string, value: string | ShellWord): string {
  checkEnvRef('cmd', name);
  const v = text(value);
  nonEmpty(v);
  return `set "${name}=${v}"`;
}

/** A double-quoted argument for a program; trailing backslashes are doubled so they do not escape the closing quote. */
export function arg(s: string): string {
  check(s);
  if (/^[A-Za-z0-9_./:,=@+\\-]+$/.test(s)) return s;
  return `"${s.replace(/(\\+)$/, '$1$1')}"`;
}

/** A double-quoted argument that may reference variables (%NAME%, expanded by cmd). */
export function argWord(value: string | ShellWord): string {
  return `"${text(value).replace(/(\\+)$/, '$1$1')}"`;
}

/** `setx NAME "value"`: persistent for the user. The value is stored expanded, so references are refused. */
export function setxVar(name: string, value: string | ShellWord): string {
  checkEnvRef('cmd', name);
  const ref = asWord(value).find((p) => typeof p !== 'string');
  if (ref && typeof ref !== 'string') {
    throw new UnsafeValueError('cmd', ref.env, 'a persistent user variable would store the secret it references');
  }
  const v = text(value);
  nonEmpty(v);
  if (v.length > SETX_MAX) throw new UnsafeValueError('cmd', v, `setx truncates values longer than ${SETX_MAX} characters`);
  return `setx ${name} "${v.replace(/(\\+)$/, '$1$1')}"`;
}
