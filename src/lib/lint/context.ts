// What every check sees: the parsed inputs, the Go release whose rules apply, and `add` to report.
import type { GoVersion } from '../goversion.ts';
import type { GoModInfo } from './parse.ts';
import { RULES, type RuleId } from './rules.ts';
import type { EnvVar, Evidence, Finding, InputKind, Localized, Severity } from './types.ts';

export interface Ctx {
  /** Go release for version-dependent rules; undefined = unknown (newest rules apply). */
  go: GoVersion | undefined;
  /** The full Go version text without "go" (e.g. "1.23.5"), when known. */
  goText: string | null;
  /** Variables from the pasted go env output. */
  env: Map<string, EnvVar>;
  /** OS environment variables (from the listing, plus proxy variables found in the go env paste). */
  os: Map<string, EnvVar>;
  /** Names known to be set in the OS environment without their values. */
  osSetNames: Set<string>;
  /** True when anything about the OS environment was given. */
  osKnown: boolean;
  /** Where each OS variable came from (the listing, or the go env paste for proxy variables). */
  osInput: Map<string, InputKind>;
  /** The go env file (`go env -w` settings), when given. */
  file: Map<string, EnvVar> | null;
  gomod: GoModInfo | null;
  add(id: RuleId, parts: FindingParts): void;
}

export interface FindingParts {
  message: Localized;
  fix: Localized;
  evidence?: Evidence;
  severity?: Severity;
  variable?: string;
  commands?: string[];
  goVersions?: string;
}

export function t(en: string, zh: string): Localized {
  return { en, 'zh-CN': zh };
}

export function evidence(input: InputKind, v: EnvVar): Evidence {
  return { input, line: v.line, text: v.raw };
}

export function makeFinding(id: RuleId, p: FindingParts): Finding {
  const meta = RULES[id];
  const f: Finding = {
    id,
    severity: p.severity ?? meta.severity,
    variable: p.variable ?? meta.variable,
    message: p.message,
    fix: p.fix,
    guide: meta.guide,
    source: meta.source,
  };
  if (p.commands && p.commands.length > 0) f.commands = p.commands;
  if (p.evidence) f.evidence = p.evidence;
  const versions = p.goVersions ?? ('goVersions' in meta ? meta.goVersions : undefined);
  if (versions) f.goVersions = versions;
  return f;
}

// Characters that need no quoting in bash, zsh, fish, cmd.exe or PowerShell (a comma does in
// PowerShell, where a,b is an array).
const SAFE_BARE = /^[A-Za-z0-9._/:@+=-]*$/;
// Characters that are literal inside double quotes in all five shells (no $ ` " \ % ! and no controls).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it excludes
const SAFE_IN_DQ = /^[^$`"\\%!\x00-\x1f]*$/;

/** A `go env -w` command that sets name=value when pasted into any common shell, or null. */
export function goEnvW(name: string, value: string): string | null {
  const arg = `${name}=${value}`;
  if (SAFE_BARE.test(value)) return `go env -w ${arg}`;
  if (SAFE_IN_DQ.test(value)) return `go env -w "${arg}"`;
  return null;
}

export function goEnvU(name: string): string {
  return `go env -u ${name}`;
}

/** Commands that are not null. */
export function cmds(...list: (string | null)[]): string[] {
  return list.filter((c): c is string => c !== null);
}
