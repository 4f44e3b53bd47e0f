// Serialisable shapes shared by the linter core, the CLI and (later) the /lint island.
import type { GuideLink } from './guide-anchors.ts';

export type Severity = 'error' | 'warning' | 'info';

export type Lang = 'en' | 'zh-CN';
export type Localized = Record<Lang, string>;

/** Where a line came from: the pasted `go env` output, an OS environment listing, the go env file, go.mod. */
export type InputKind = 'go-env' | 'os-env' | 'go-env-file' | 'go-mod';

export interface Evidence {
  input: InputKind;
  /** 1-based line number in that input. */
  line: number;
  /** The line as pasted, with secrets masked. */
  text: string;
}

export interface Finding {
  /** Stable rule id (see RULES in rules.ts). */
  id: string;
  severity: Severity;
  variable: string;
  message: Localized;
  fix: Localized;
  /**
   * `go env -w` / `go env -u` commands that apply the fix. Quoted so that the same text works in
   * bash, zsh, fish, cmd.exe and PowerShell; absent when no safe command exists.
   */
  commands?: string[];
  evidence?: Evidence;
  guide: GuideLink;
  /** Where the rule comes from: a go.dev section and/or a Go source file. */
  source: string;
  /** Go releases the finding applies to, e.g. "1.21+", when not all. */
  goVersions?: string;
}

export type EnvFormat = 'unix' | 'windows' | 'json' | 'env-listing';

export interface EnvVar {
  name: string;
  value: string;
  /** 1-based line number of the definition in its input. */
  line: number;
  /** The raw line, unmasked (masked before anything is returned). */
  raw: string;
}

export interface LintInput {
  /** `go env` or `go env -json` output (Unix, Windows cmd or JSON form). */
  goEnv: string;
  /** Optional OS environment listing (`env | grep -i -E 'go|proxy'`, `set`, `export …`, PowerShell `$env:X=…`). */
  osEnv?: string;
  /** Names known to be set (non-empty) in the OS environment when no listing is available. */
  osEnvSet?: string[];
  /** Optional contents of the go env file (`cat "$(go env GOENV)"`). */
  goEnvFile?: string;
  /** Optional go.mod text (only the go and toolchain lines are used). */
  goMod?: string;
  /** Go release whose rules apply; overrides GOVERSION from the paste. */
  goVersion?: string;
}

export type InputErrorCode = 'empty' | 'binary' | 'too-large' | 'bad-json' | 'unrecognised';

export interface LintFailure {
  ok: false;
  input: InputKind;
  code: InputErrorCode;
  message: Localized;
}

export interface LintReport {
  ok: true;
  format: EnvFormat;
  /** Go release the rules were applied for, e.g. "1.23.5"; null when unknown (newest rules used). */
  goVersion: string | null;
  goVersionFrom: 'GOVERSION' | 'option' | 'unknown';
  /** Module-related settings read from the paste, secrets masked, for display. */
  settings: Record<string, string>;
  findings: Finding[];
  counts: Record<Severity, number>;
}

export type LintResult = LintReport | LintFailure;
