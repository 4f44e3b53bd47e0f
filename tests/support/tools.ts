// Tests that need a real tool (go, zsh, fish, git, chromium…) call requireTool().
// Locally a missing tool skips the test with a loud message; under CI (CI=true) it is a failure,
// because .ci/run installs every tool and a skip there would hide a broken install step.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const cache = new Map<string, string | null>();

/** Absolute path of a tool on PATH (or an absolute path that exists), or null. */
export function findTool(name: string): string | null {
  if (cache.has(name)) return cache.get(name) ?? null;
  let found: string | null = null;
  if (name.startsWith('/')) found = existsSync(name) ? name : null;
  else {
    try {
      found = execFileSync('sh', ['-c', `command -v "$0"`, name], { encoding: 'utf8' }).trim() || null;
    } catch {
      found = null;
    }
  }
  cache.set(name, found);
  return found;
}

export const inCI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Returns the tool's path when present. When absent: throws under CI, otherwise prints a loud
 * warning and returns null so the caller can `describe.skipIf(!tool)`.
 */
export function requireTool(name: string, why = ''): string | null {
  const path = findTool(name);
  if (path) return path;
  const msg = `\n!!! SKIPPING: '${name}' is not installed${why ? ` (${why})` : ''}. Install it (see .ci/run) to run these tests.\n`;
  if (inCI) throw new Error(`CI=true but required tool '${name}' is missing${why ? ` (${why})` : ''}`);
  process.stderr.write(msg);
  return null;
}

/** The newest Go on this machine: Go 1.23 from bookworm-backports when installed, else PATH's go. */
export function goBinaries(): string[] {
  const candidates = ['/usr/lib/go-1.23/bin/go', '/usr/lib/go-1.19/bin/go'];
  const present = candidates.filter((p) => existsSync(p));
  if (present.length === 0) {
    const go = requireTool('go', 'the real go command proves the snippets');
    return go ? [go] : [];
  }
  return present;
}
