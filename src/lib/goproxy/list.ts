// GOPROXY list parsing, as cmd/go/internal/modfetch/proxy.go `proxyList` and `newProxyRepo` do it
// (Go 1.15+; `|` is not a separator before 1.15). Shared by the config schema, the simulator and
// the go env linter so that all three agree on what a value means.
import { atLeast, type GoVersion } from '../goversion.ts';

export type EntryKind = 'url' | 'direct' | 'off';

export interface ProxyEntry {
  /** The entry as written, trimmed. */
  raw: string;
  kind: EntryKind;
  /** For kind 'url': the URL the go command uses (https:// inferred when the entry has no scheme). */
  url?: string;
  /** True when the separator after this entry is `|`: any error falls through to the next entry. */
  fallBackOnError: boolean;
  /** The separator written after the entry (null for the last one). */
  separator: ',' | '|' | null;
  /** Set for `http://user:pass@…`: parses, but every request fails ("refusing to pass credentials to insecure URL"). */
  insecureCredentials?: boolean;
}

export type GoproxyProblemCode = 'no-entries' | 'missing-scheme' | 'bad-scheme' | 'file-non-path' | 'url-parse' | 'pipe-before-1.15';

export interface GoproxyProblem {
  code: GoproxyProblemCode;
  /** The entry concerned (trimmed), or the whole value for 'no-entries'. */
  entry: string;
  /** The text the go command prints for it. */
  goMessage: string;
}

export interface ParsedGoproxy {
  /** Entries the go command uses, in order; parsing stops after `direct` or `off`. */
  entries: ProxyEntry[];
  /** Non-empty entries written after `direct`/`off`, which the go command ignores. */
  ignored: string[];
  /** Empty entries (e.g. from `a,,b`), which are skipped silently. */
  emptyCount: number;
  /** The first fatal problem: the go command fails every fetch with goMessage. */
  problem?: GoproxyProblem;
}

/** Redacts a password the way Go's url.Redacted does (`user:xxxxx@`). */
export function redactUrl(u: string): string {
  return u.replace(/^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/@:]*):[^/@]*@/, '$1:xxxxx@');
}

function isAbsolutePath(s: string): boolean {
  return s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s) || s.startsWith('\\\\');
}

/** Checks one URL like newProxyRepo; returns the problem or null. */
export function checkProxyUrl(url: string): GoproxyProblem | null {
  const schemeMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  const scheme = schemeMatch?.[1]?.toLowerCase() ?? '';
  if (scheme === '') {
    return { code: 'missing-scheme', entry: url, goMessage: `invalid proxy URL missing scheme: ${redactUrl(url)}` };
  }
  // url.Parse rejects these ASCII characters in the host with its own wording, e.g. a `|` kept
  // in the URL by Go 1.13–1.14 (where `|` is not a separator).
  const host = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^/?#]*)/.exec(url)?.[1]?.replace(/^.*@/, '') ?? '';
  const bad = /[\s|{}^`\\]/.exec(host)?.[0];
  if (bad !== undefined) {
    return {
      code: 'url-parse',
      entry: url,
      goMessage: `parse ${JSON.stringify(url)}: invalid character ${JSON.stringify(bad)} in host name`,
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // url.Parse errors are not redacted by the go command; neither are they here.
    return { code: 'url-parse', entry: url, goMessage: `parse ${JSON.stringify(url)}: invalid URL` };
  }
  if (/[\s|]/.test(url) || (scheme !== 'file' && parsed.hostname === '')) {
    return { code: 'url-parse', entry: url, goMessage: `parse ${JSON.stringify(url)}: invalid character in host name` };
  }
  if (scheme === 'http' || scheme === 'https') return null;
  if (scheme === 'file') {
    if (parsed.host !== '' || parsed.username !== '' || parsed.search !== '' || parsed.hash !== '' || !url.startsWith('file:///')) {
      return {
        code: 'file-non-path',
        entry: url,
        goMessage: `invalid file:// proxy URL with non-path elements: ${redactUrl(url)}`,
      };
    }
    return null;
  }
  return {
    code: 'bad-scheme',
    entry: url,
    goMessage: `invalid proxy URL scheme (must be https, http, file): ${redactUrl(url)}`,
  };
}

/**
 * Parses a GOPROXY value. `go` is the Go version whose rules apply (newest when omitted).
 * GONOPROXY's implicit `noproxy` entry is not represented here: callers decide per module.
 */
export function parseGoproxy(value: string, go?: GoVersion): ParsedGoproxy {
  const pipeIsSeparator = atLeast(go, 15);
  const entries: ProxyEntry[] = [];
  const ignored: string[] = [];
  let emptyCount = 0;
  let problem: GoproxyProblem | undefined;
  let stopped = false;
  let rest = value;
  while (rest !== '') {
    const i = pipeIsSeparator ? rest.search(/[,|]/) : rest.indexOf(',');
    const piece = i >= 0 ? rest.slice(0, i) : rest;
    const sep = i >= 0 ? (rest[i] as ',' | '|') : null;
    rest = i >= 0 ? rest.slice(i + 1) : '';
    const raw = piece.trim();
    if (raw === '') {
      emptyCount++;
      continue;
    }
    if (stopped) {
      ignored.push(raw);
      continue;
    }
    const base = { raw, separator: sep, fallBackOnError: sep === '|' };
    if (raw === 'off' || raw === 'direct') {
      entries.push({ ...base, kind: raw });
      stopped = true;
      continue;
    }
    let url = raw;
    if (/[.:/]/.test(raw) && !raw.includes(':/') && !isAbsolutePath(raw)) url = `https://${raw}`;
    const p = checkProxyUrl(url);
    if (p && !problem) problem = p.code === 'url-parse' && !pipeIsSeparator && raw.includes('|') ? { ...p, code: 'pipe-before-1.15' } : p;
    const entry: ProxyEntry = { ...base, kind: 'url', url };
    if (/^http:\/\/[^/@]*@/i.test(url)) entry.insecureCredentials = true;
    entries.push(entry);
  }
  if (entries.length === 0 && value !== '' && !problem) {
    problem = {
      code: 'no-entries',
      entry: value,
      goMessage: 'GOPROXY list is not the empty string, but contains no entries',
    };
  }
  return { entries, ignored, emptyCount, ...(problem ? { problem } : {}) };
}
