// Quoting for POSIX-family shells (bash, zsh, sh). Literal text goes in single quotes, where
// nothing is special; a single quote becomes '\''. Variable references go in double quotes.
import { checkCommon, checkEnvRef, parts, type ShellWord } from './word.ts';

/**
 * Words made only of these need no quotes in bash or zsh: no globbing, history or brace expansion,
 * no ~ and no = (zsh expands `=cmd` at the start of a word and after a ':' in an assignment).
 */
const BARE = /^[A-Za-z0-9_./:,@+-]+$/;

export function quote(value: string | ShellWord): string {
  let out = '';
  for (const p of parts(value)) {
    if (typeof p === 'string') {
      checkCommon('posix', p);
      out += BARE.test(p) ? p : `'${p.replaceAll("'", `'\\''`)}'`;
    } else {
      checkEnvRef('posix', p.env);
      out += `"\${${p.env}}"`;
    }
  }
  return out === '' ? "''" : out;
}

/** `export NAME=value` for this shell session. */
export function exportVar(name: string, value: string | ShellWord): string {
  checkEnvRef('posix', name);
  return `export ${name}=${quote(value)}`;
}

/** A here-document delimiter that does not occur as a line of `body`. */
export function heredocDelimiter(body: string, base = 'MODFIX_EOF'): string {
  const lines = new Set(body.split('\n'));
  let d = base;
  for (let i = 1; lines.has(d); i++) d = `${base}_${i}`;
  return d;
}
