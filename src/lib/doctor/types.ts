// Shapes shared by the error doctor's rules, engine, CLI and (later) its island. Everything a
// diagnosis carries is plain JSON so it can cross a worker boundary or be printed with --json.

/** The fixed cause ids (see /work/shared/CAUSES.md); `other` means no rule matched. */
export const CAUSE_IDS = [
  'network-blocked-default-proxy',
  'dns-failure',
  'tls-cert',
  'corporate-http-proxy',
  'private-module-via-public-proxy',
  'private-module-auth',
  'sumdb-private-module',
  'checksum-mismatch',
  'gosumdb-unreachable',
  'proxy-not-found-404-410',
  'unknown-revision',
  'module-path-mismatch',
  'goproxy-off',
  'bad-goproxy-value',
  'go-version-toolchain',
  'vcs-missing-or-govcs',
  'replace-or-go.mod-error',
  'cache-corruption',
  'other',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];
export type Confidence = 'high' | 'medium' | 'low';
export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

export type Localized = Record<Lang, string>;

/** One fix step: prose in both languages, optionally a command/snippet to copy. */
export interface FixStep extends Localized {
  code?: string;
}

export const GUIDE_SLUGS = [
  'why-tidy-cannot-download',
  'how-goproxy-works',
  'choosing-a-mirror',
  'private-modules',
  'checksum-database',
  'corporate-proxy',
  'docker-and-ci',
  'own-proxy',
  'module-cache-offline',
  'gomod-problems',
  'toolchain-downloads',
  'diagnosing-network',
  'environment-variables',
] as const;
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

export interface GuideLink {
  slug: GuideSlug;
  /** Short English kebab-case id of the section (listed in guide-anchors.ts). */
  anchor: string;
}

export const GENERATOR_PRESETS = ['china-mainland', 'corporate-gitlab', 'docker-private', 'github-actions', 'offline', 'global-default'] as const;
export type GeneratorPreset = (typeof GENERATOR_PRESETS)[number];

/** What the "open in generator" button passes on. `state` holds only values read from the paste. */
export interface GeneratorLink {
  preset?: GeneratorPreset;
  state?: {
    /** GOPRIVATE-style patterns for the private modules seen (e.g. `git.corp.example`). */
    privatePatterns?: string[];
    /** A private code host seen in the output. */
    privateHost?: string;
    /** The GOPROXY base URL seen failing (redacted). */
    proxyUrl?: string;
    /** The HTTP(S) proxy the go command went through. */
    httpProxy?: string;
    /** A Go version the module asks for. */
    goVersion?: string;
  };
}

/** Values read from the pasted text; every string is already masked. */
export interface Extracted {
  module?: string;
  version?: string;
  /** GOPRIVATE pattern for `module`: its host, or host/owner on public code hosts. */
  privatePattern?: string;
  /** Host of a private module or of a code host asking for credentials. */
  privateHost?: string;
  /** Base URL of the GOPROXY entry that answered (without the module path). */
  proxyUrl?: string;
  proxyHost?: string;
  /** HTTP status seen (e.g. `404 Not Found`). */
  status?: string;
  /** The host a request went to (from `Get "https://host/…"`). */
  host?: string;
  /** IP:port the dial went to. */
  address?: string;
  /** DNS name that failed to resolve, and the resolver asked. */
  lookupHost?: string;
  resolver?: string;
  /** Names a certificate was valid for (`valid for X, not Y`). */
  certNames?: string;
  httpProxy?: string;
  goRequired?: string;
  goRunning?: string;
  declaredPath?: string;
  requiredPath?: string;
  vcs?: string;
  replacementDir?: string;
  /** The bad value quoted in a GOPROXY/GOSUMDB/GOFLAGS/GOVCS error. */
  badValue?: string;
  /** Running inside `docker build` / a CI runner (decides the generator preset). */
  context?: 'docker' | 'github-actions';
}

export interface Evidence {
  /** 1-based line number in the pasted text. */
  line: number;
  /** The line after cleaning (ANSI, docker prefixes removed) and masking. */
  text: string;
}

export interface Diagnosis {
  cause: CauseId;
  confidence: Confidence;
  evidence: Evidence[];
  title: Localized;
  explanation: Localized;
  fix: FixStep[];
  extracted: Extracted;
  guide: GuideLink;
  generator: GeneratorLink;
  /** Ids of the rules that fired for this cause (for debugging and tests). */
  rules: string[];
}

export type InputErrorCode = 'empty' | 'binary' | 'too-large';

export interface InputError {
  code: InputErrorCode;
  message: Localized;
}

export type DiagnoseResult =
  | { ok: true; diagnoses: Diagnosis[]; stats: { lines: number; errorLines: number; ms: number } }
  | { ok: false; error: InputError };
