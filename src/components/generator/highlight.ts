// A tiny highlighter for the snippets (shell, go env files, ini, YAML, Dockerfile, .netrc): whole
// comment lines, quoted strings, variables, the key of an assignment and the command word. It
// only splits a line into classed pieces whose text joins back to the line, so selecting the
// block still copies exactly what was generated.

/** c: comment, s: string, v: variable, k: key or command word, '': plain text. */
export type Kind = 'c' | 's' | 'v' | 'k' | '';
export type Token = readonly [Kind, string];

const COMMENT = /^\s*(#|;|REM\b|::|\/\/)/i;
// Strings and variables, in the order they may start: ${{ … }} (CI), ${…}, $env:X, $X, %X%, '…', "…".
const INLINE = /\$\{\{[^}]*\}\}|\$\{[^}\s]*\}|\$env:\w+|\$\w+|%\w+%|'[^'\n]*'|"(?:[^"\\\n]|\\.)*"/gi;
// The start of a line: indentation, a YAML list dash or a declaring word, then KEY= / key: / [section].
const LEAD = /^(\s*(?:- )?)(?:(export |set |setx |ENV |ARG )?([A-Za-z_][\w.-]*)(?==|: |:$)|(\[[^\]]*\])|([A-Za-z][\w.-]*))/;

function inline(text: string, out: Token[]): void {
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(['', text.slice(last, m.index)]);
    out.push([m[0].startsWith("'") || m[0].startsWith('"') ? 's' : 'v', m[0]]);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(['', text.slice(last)]);
}

/** The pieces of one line; `continued` when the previous line ended in a line continuation. */
export function highlightLine(line: string, continued = false): Token[] {
  if (COMMENT.test(line)) return [['c', line]];
  const out: Token[] = [];
  const m = continued ? null : LEAD.exec(line);
  let rest = line;
  if (m) {
    const [all, indent = '', decl, key, section, word] = m;
    if (indent) out.push(['', indent]);
    if (decl) out.push(['k', decl]);
    out.push(['k', key ?? section ?? word ?? '']);
    rest = line.slice(all.length);
  }
  inline(rest, out);
  return out;
}

/** Whether a line continues on the next one (shell \, PowerShell `, cmd ^). */
export const continues = (line: string) => /[\\`^]$/.test(line);

export function highlight(text: string): Token[][] {
  const lines = text.replace(/\n$/, '').split('\n');
  return lines.map((l, i) => highlightLine(l, i > 0 && continues(lines[i - 1] ?? '')));
}
