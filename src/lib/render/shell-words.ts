// How each target shell writes a program argument and a comment, for formats that print
// commands (go env -w, git config, docker build) rather than assignments.
import type { TargetShell } from '../config/index.ts';
import * as cmd from '../quoting/cmd.ts';
import * as fish from '../quoting/fish.ts';
import * as posix from '../quoting/posix.ts';
import * as ps from '../quoting/powershell.ts';

export function argQuoter(shell: TargetShell): (s: string) => string {
  if (shell === 'cmd') return cmd.arg;
  if (shell === 'powershell') return ps.nativeArg;
  if (shell === 'fish') return fish.quote;
  return posix.quote;
}

export const commentMarker = (shell: TargetShell) => (shell === 'cmd' ? 'REM' : '#');
