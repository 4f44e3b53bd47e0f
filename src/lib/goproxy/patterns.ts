// GOPRIVATE / GONOPROXY / GONOSUMDB / GOINSECURE pattern matching, as golang.org/x/mod/module
// MatchPrefixPatterns does it: comma-separated globs (no whitespace trimming), each compared with
// path.Match against as many leading path elements of the module path as the glob has.
import { atLeast, type GoVersion } from '../goversion.ts';

/** Go's path.Match. Returns null for a malformed pattern (Go's ErrBadPattern), which callers treat as no match. */
export function pathMatch(pattern: string, name: string): boolean | null {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      i++;
      if (i >= pattern.length) return null;
      re += escapeRe(pattern[i] as string);
    } else if (c === '[') {
      let j = i + 1;
      let cls = '';
      if (pattern[j] === '^') {
        cls += '^';
        j++;
      }
      let sawItem = false;
      while (j < pattern.length && (pattern[j] !== ']' || !sawItem)) {
        let lo = pattern[j] as string;
        if (lo === ']' && !sawItem) return null;
        if (lo === '\\') {
          j++;
          if (j >= pattern.length) return null;
          lo = pattern[j] as string;
        }
        j++;
        cls += escapeClass(lo);
        if (pattern[j] === '-' && pattern[j + 1] !== undefined && pattern[j + 1] !== ']') {
          let hi = pattern[j + 1] as string;
          j += 2;
          if (hi === '\\') {
            hi = pattern[j] as string;
            j++;
            if (hi === undefined) return null;
          }
          if (hi < lo) return null;
          cls += `-${escapeClass(hi)}`;
        }
        sawItem = true;
      }
      if (j >= pattern.length) return null;
      // A class never matches '/' (path.Match works on non-separator characters).
      re += cls.startsWith('^') ? `[${cls}/]` : `(?!/)[${cls}]`;
      i = j;
    } else re += escapeRe(c);
  }
  re += '$';
  return new RegExp(re, 'u').test(name);
}

// With the `u` flag a needless escape is a syntax error: "-" may be escaped only inside a class.
function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function escapeClass(c: string): string {
  return c.replace(/[\]\\^-]/g, '\\$&');
}

/** Splits a pattern list exactly as Go does: on commas, keeping spaces, dropping empty items. */
export function splitPatterns(globs: string): string[] {
  return globs.split(',').filter((g) => g !== '');
}

/** True when the module path matches any glob in the comma-separated list, under `go`'s rules. */
export function matchPrefixPatterns(globs: string, target: string, go?: GoVersion): boolean {
  const trimSlash = atLeast(go, 18);
  for (let glob of globs.split(',')) {
    if (trimSlash && glob.endsWith('/')) glob = glob.slice(0, -1);
    if (glob === '') continue;
    let n = (glob.match(/\//g) ?? []).length;
    let prefix = target;
    for (let i = 0; i < target.length; i++) {
      if (target[i] === '/') {
        if (n === 0) {
          prefix = target.slice(0, i);
          break;
        }
        n--;
      }
    }
    if (n > 0) continue;
    if (pathMatch(glob, prefix) === true) return true;
  }
  return false;
}
