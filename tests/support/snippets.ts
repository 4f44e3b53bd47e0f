// Pulls environment assignments out of shell snippets in the guides: `go env -w K=V`,
// `export K=V`, fish `set -gx K V`, PowerShell `$env:K = "V"`, cmd `set K=V` / `setx K V`.
// Lines whose value refers to another variable ($X, %X%) cannot be judged and are skipped.

/** POSIX-ish word splitting with single and double quotes (enough for documentation snippets). */
export function shellWords(line: string): string[] | null {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return null;
      cur += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length) j++;
        cur += line[j];
      }
      if (j >= line.length) return null;
      i = j;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else if (c === '#' && !inWord) break;
    else if (c === ';' || c === '&' || c === '|') {
      if (inWord) words.push(cur);
      break; // the rest is another command
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

export interface Assignment {
  name: string;
  value: string;
  line: string;
}

const unresolved = (v: string) => /\$\{?[A-Za-z_]|%[A-Za-z_]+%|\$\(/.test(v);

export function assignmentsIn(code: string): Assignment[] {
  const out: Assignment[] = [];
  for (const raw of code.split('\n')) {
    const line = raw.replace(/^\s*(\$|PS>|C:\\>)\s+/, '').trim();
    const push = (name: string, value: string) => {
      if (!unresolved(value)) out.push({ name, value, line });
    };
    const ps = /^\$env:([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+)$/.exec(line);
    if (ps) {
      const w = shellWords(ps[2] ?? '');
      if (w?.[0] !== undefined) push(ps[1] ?? '', w[0]);
      continue;
    }
    const persist = /^\[(?:System\.)?Environment\]::SetEnvironmentVariable\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]*)['"]/.exec(line);
    const cmd = /^set\s+"?([A-Za-z_][A-Za-z0-9_]*)=([^"]*)"?\s*$/.exec(line);
    const simple = persist ?? cmd;
    if (simple) {
      push(simple[1] ?? '', simple[2] ?? '');
      continue;
    }
    const words = shellWords(line);
    if (!words || words.length === 0) continue;
    if (words[0] === 'go' && words[1] === 'env' && words[2] === '-w') {
      for (const w of words.slice(3)) {
        const i = w.indexOf('=');
        if (i > 0) push(w.slice(0, i), w.slice(i + 1));
      }
    } else if (words[0] === 'export') {
      for (const w of words.slice(1)) {
        const i = w.indexOf('=');
        if (i > 0) push(w.slice(0, i), w.slice(i + 1));
      }
    } else if (words[0] === 'set' && words[1]?.startsWith('-') && words[2]) {
      push(words[2], words.slice(3).join(' '));
    } else if (words[0] === 'setx' && words[1] && words[2] !== undefined) {
      push(words[1], words[2]);
    }
  }
  return out;
}
