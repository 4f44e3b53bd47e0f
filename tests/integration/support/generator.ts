// Shared helpers for the generator's real-tool tests: building validated configs, the values the
// go command reports for settings left at their default, and Go binaries with their versions.
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { type ModfixConfig, type ModfixConfigInput, presetById, validateConfig } from '../../../src/lib/config/index.ts';
import type { ShellWord } from '../../../src/lib/quoting/word.ts';

/** A validated config; fails the test with the messages when invalid. */
export function config(input: ModfixConfigInput): ModfixConfig {
  const r = validateConfig(input, 'en');
  if (!r.config || !r.ok) throw new Error(`invalid test config: ${JSON.stringify(r.errors)}`);
  return r.config;
}

/** A preset's config input with some fields replaced. */
export function preset(id: string, patch: Partial<ModfixConfigInput> = {}): ModfixConfigInput {
  const p = presetById(id);
  if (!p) throw new Error(`no preset ${id}`);
  return { ...p.config, ...patch };
}

/** Expands a shell word with the given environment, as a shell would. */
export const expand = (w: ShellWord, env: Record<string, string>) =>
  w.map((p) => (typeof p === 'string' ? p : (env[p.env] ?? ''))).join('');

export interface GoBinary {
  path: string;
  /** e.g. "1.23" */
  version: string;
  minor: number;
}

export function describeGo(path: string): GoBinary {
  const v = execFileSync(path, ['env', 'GOVERSION'], {
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin', HOME: '/tmp', GOTOOLCHAIN: 'local' },
  }).trim();
  const m = /^go1\.(\d+)/.exec(v);
  if (!m) throw new Error(`cannot read the version of ${path}: ${v}`);
  return { path, version: `1.${m[1]}`, minor: Number(m[1]) };
}

/** An environment for running go in isolation under `dir` (no network, no user settings). */
export function goEnvFor(go: GoBinary, dir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: `${dirname(go.path)}:/usr/bin:/bin`,
    HOME: dir,
    GOENV: `${dir}/goenv`,
    GOPATH: `${dir}/gopath`,
    GOCACHE: `${dir}/gocache`,
    GOTOOLCHAIN: 'local',
    ...extra,
  };
}

/**
 * What `go env -json` reports for a managed variable the config does not set, written from
 * FACTS.md §1.9 (defaults) rather than from the code under test.
 */
export function goDefault(name: string, set: Record<string, string>, go: GoBinary, dir: string): string {
  switch (name) {
    case 'GOPROXY':
      return 'https://proxy.golang.org,direct';
    case 'GOSUMDB':
      return 'sum.golang.org';
    case 'GONOPROXY':
    case 'GONOSUMDB':
      return set.GOPRIVATE ?? '';
    case 'GOMODCACHE':
      return `${dir}/gopath/pkg/mod`;
    case 'GOTOOLCHAIN':
      return 'local';
    case 'GOAUTH':
      return go.minor >= 24 ? 'netrc' : '';
    default:
      return '';
  }
}
