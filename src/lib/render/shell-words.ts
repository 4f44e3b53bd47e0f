// How each target shell writes a program argument and a comment, for formats that print
// commands (go env -w, git config, docker) rather than assignments.
import type { TargetShell } from '../config/data.ts';
import * as cmd from '../quoting/cmd.ts';
import * as fish from '../quoting/fish.ts';
import * as posix from '../quoting/posix.ts';
import * as ps from '../quoting/powershell.ts';
import type { ShellWord } from '../quoting/word.ts';

/** A literal argument for a program. */
export function argQuoter(shell: TargetShell): (s: string) => string {
  if (shell === 'cmd') return cmd.arg;
  if (shell === 'powershell') return ps.nativeArg;
  if (shell === 'fish') return fish.quote;
  return posix.quote;
}

/** An argument that references environment variables (expanded when the command runs). */
export function wordQuoter(shell: TargetShell): (w: ShellWord) => string {
  if (shell === 'cmd') return cmd.argWord;
  if (shell === 'powershell') return ps.quote;
  if (shell === 'fish') return fish.quote;
  return posix.quote;
}

export const commentMarker = (shell: TargetShell) => (shell === 'cmd' ? 'REM' : '#');

/** Line continuation for a command split over several lines. */
export const continuation = (shell: TargetShell) => (shell === 'cmd' ? ' ^' : shell === 'powershell' ? ' `' : ' \\');

/** The user's home directory as a variable reference in this shell. */
export const homeRef = (shell: TargetShell): { env: string } => ({
  env: shell === 'cmd' || shell === 'powershell' ? 'USERPROFILE' : 'HOME',
});
