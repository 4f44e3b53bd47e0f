// bash and zsh share the POSIX form: `export` lines for a session or a project, and for the
// persistent scope a marked block in the shell's startup file that replaces any earlier block,
// so running the snippet twice leaves one copy.
import { allEnv, type ModfixConfig, t } from '../config/data.ts';
import { exportVar, heredocDelimiter } from '../quoting/posix.ts';
import { hasRef, notes, provenance, verifyGoEnv } from './common.ts';
import type { Output } from './types.ts';

const BEGIN = '# >>> modfix >>>';
const END = '# <<< modfix <<<';
/** Deletes complete BEGIN…END blocks; an unterminated block is kept rather than truncating the file. */
const AWK = `/^${BEGIN}$/ { b = 1; buf = $0; next } b { buf = buf "\\n" $0; if ($0 == "${END}") { b = 0; buf = "" } next } { print } END { if (b) print buf }`;

export function startupFile(c: ModfixConfig, shell: 'bash' | 'zsh'): string {
  if (shell === 'zsh') return '.zshrc';
  // Terminal windows on macOS start login shells, which read ~/.bash_profile, not ~/.bashrc.
  return c.target.os === 'macos' ? '.bash_profile' : '.bashrc';
}

export function renderPosix(c: ModfixConfig, shell: 'bash' | 'zsh'): Output {
  const env = allEnv(c);
  const exports = env.map(([k, w]) => exportVar(k, w));
  const unset = `unset ${env.map(([k]) => k).join(' ')}`;
  const pw = c.network.proxyPasswordEnv;
  const extra = pw && env.some(([, w]) => hasRef(w)) ? [notes.proxyPassword(pw)] : [];
  if (c.target.scope !== 'persistent') {
    const where =
      c.target.scope === 'project'
        ? t('Put these lines in the script or job that runs go.', '把这些行放进运行 go 的脚本或任务中。')
        : t('Applies to this terminal only.', '只对当前终端生效。');
    return { text: `${[provenance('#'), ...exports].join('\n')}\n`, notes: [where, ...extra], verify: verifyGoEnv(c), undo: `${unset}\n` };
  }
  const file = startupFile(c, shell);
  const block = [BEGIN, provenance('#'), ...exports, END].join('\n');
  const eof = heredocDelimiter(block);
  // zsh reads its startup files from $ZDOTDIR when that is set.
  const home = shell === 'zsh' ? '$' + '{ZDOTDIR:-$HOME}' : '$HOME';
  const rc = `rc="${home}/${file}" && touch "$rc" &&`;
  const removeBlock = `tmp="$(mktemp)" && awk '${AWK}' "$rc" > "$tmp" && cat "$tmp" > "$rc" && rm -f "$tmp"`;
  return {
    text: `${[`${provenance('#')}: replaces the Modfix block in ~/${file}`, rc, `${removeBlock} &&`, `cat >> "$rc" <<'${eof}'`, block, eof].join('\n')}\n`,
    path: `~/${file}`,
    notes: [notes.newShell, ...extra],
    verify: verifyGoEnv(c),
    undo: `${[rc, removeBlock, unset].join('\n')}\n`,
  };
}
