// Quoting for fish. Inside single quotes fish treats only \\ and \' specially, so both are
// backslash-escaped; variable references go in double quotes ("$NAME").
import { checkCommon, checkEnvRef, parts, type ShellWord } from './word.ts';

const BARE = /^[A-Za-z0-9_./:,@+-][A-Za-z0-9_./:,@+=-]*$/;

export function quote(value: string | ShellWord): string {
  let out = '';
  for (const p of parts(value)) {
    if (typeof p === 'string') {
      checkCommon('fish', p);
      out += BARE.test(p) ? p : `'${p.replace(/[\\']/g, '\\$&')}'`;
    } else {
      checkEnvRef('fish', p.env);
      out += `"$${p.env}"`;
    }
  }
  return out === '' ? "''" : out;
}

/**
 * `set -gx NAME value` (this session) or `set -Ux NAME value` (universal: every fish, persistent).
 * `set` stops reading options at the variable name, so a value starting with "-" needs no `--`.
 */
export function setVar(name: string, value: string | ShellWord, scope: '-gx' | '-Ux'): string {
  checkEnvRef('fish', name);
  return `set ${scope} ${name} ${quote(value)}`;
}
