// Shapes shared by the error doctor's rules, engine, CLI and island. Everything a diagnosis
// carries is plain JSON so it can cross a worker boundary or be printed with --json.
import type { GuideSlug } from './guide-anchors.ts';

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

export interface GuideLink {
  slug: GuideSlug;
  /** Heading id in content/guides/<lang>/<slug>.mdx (listed in guide-anchors.ts); the link is `<slug>#<anchor>`. */
  anchor: string;
}

/** The generator's presets (src/lib/config/presets.ts) the doctor may open. */
export const GENERATOR_PRESETS = [
  'china-mainland',
  'corporate-gitlab',
  'docker-private',
  'github-actions',
  'offline',
  'global-default',
] as const;
export type GeneratorPreset = (typeof GENERATOR_PRESETS)[number];

/** What the "open in generator" button passes on. `state` holds only values read from the paste. */
export interface GeneratorLink {
  preset?: GeneratorPreset;
  state?: {
    /** GOPRIVATE-style patterns for the private modules seen (e.g. `git.corp.example`). */
    privatePatterns?: string[];
    /** A private code host seen in the output. */
    privateHost?: string;
    /** The GOPROXY base URL seen failing (masked: a password shows as *** or xxxxx). */
    proxyUrl?: string;
    /** The HTTP(S) proxy the go command went through, as a URL. */
    httpProxy?: string;
    /** A Go version the module asks for. */
    goVersion?: string;
  };
}

/** Values read from the pasted text; every string is already masked. */
export interface Extracted {
  module?: string;
  version?: string;
  /** GOPRIVATE pattern for `module`: its host, or host/owner on shared code hosts. */
  privatePattern?: string;
  /** Host of a private module or of a code host asking for credentials. */
  privateHost?: string;
  /** Base URL of the GOPROXY entry (or checksum DB) that answered, without the module path. */
  proxyUrl?: string;
  proxyHost?: string;
  /** HTTP status seen (e.g. `404 Not Found`). */
  status?: string;
  /** The host a request went to (from `Get "https://host/…"` or git). */
  host?: string;
  /** IP:port the dial went to. */
  address?: string;
  /** DNS name that failed to resolve, and the resolver asked. */
  lookupHost?: string;
  resolver?: string;
  /** Names a certificate was valid for (`valid for X, not Y`). */
  certNames?: string;
  /** host:port of the HTTP(S) proxy from `proxyconnect tcp: dial tcp …`. */
  httpProxy?: string;
  goRequired?: string;
  goRunning?: string;
  declaredPath?: string;
  requiredPath?: string;
  vcs?: string;
  replacementDir?: string;
  /** The bad value quoted in a GOPROXY/GOSUMDB/GOFLAGS/GOVCS/GOAUTH error. */
  badValue?: string;
  /** Running inside `docker build` / a GitHub Actions runner (decides the generator preset). */
  context?: 'docker' | 'github-actions';
}

export interface Evidence {
  /** 1-based line number in the pasted text. */
  line: number;
  /** The line after cleaning (ANSI codes and docker/CI prefixes removed) and masking. */
  text: string;
}

/** One fix step: prose in both languages, optionally a command to copy (language-neutral). */
export interface FixStep extends Localized {
  code?: string;
}

export interface Diagnosis {
  cause: CauseId;
  confidence: Confidence;
  /** The lines that prove it, in paste order. */
  evidence: Evidence[];
  title: Localized;
  explanation: Localized;
  /** Steps filled with the module, version, hosts and proxy read from the paste. */
  fix: FixStep[];
  extracted: Extracted;
  guide: GuideLink;
  generator: GeneratorLink;
  /** Ids of the rules that fired for this cause (for debugging and tests). */
  rules: string[];
  /** Go releases that print the deciding message, e.g. `1.21+`; absent for `other`. */
  goVersions?: string;
}

export type InputErrorCode = 'empty' | 'binary' | 'too-large';

export interface InputError {
  code: InputErrorCode;
  message: Localized;
}

export type DiagnoseResult =
  | {
      ok: true;
      /** The language asked for (every text is given in both languages). */
      lang: Lang;
      /** False when no rule matched: `diagnoses` then holds one honest `other` entry with general next steps. */
      matched: boolean;
      /** Most likely first. Never empty. */
      diagnoses: Diagnosis[];
      /** Set when the paste was longer than what is analysed (1 MB): only lines from `firstLine` on were read. */
      truncated?: { firstLine: number };
      stats: { lines: number; errorLines: number; ms: number };
    }
  | { ok: false; lang: Lang; error: InputError };
