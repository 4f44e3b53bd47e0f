// Go release numbers ("1.19", "1.22.3", "go1.21rc1") reduced to what behaviour depends on.

export interface GoVersion {
  major: number;
  minor: number;
  patch: number;
}

/** The newest release whose behaviour the library describes; used when no version is given. */
export const LATEST_GO: GoVersion = { major: 1, minor: 26, patch: 0 };

export function parseGoVersion(text: string): GoVersion | null {
  const m = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(?:rc|beta)\d+)?$/.exec(text.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}

export function compareGo(a: GoVersion, b: GoVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** True when `v` is at least 1.<minor>. */
export function atLeast(v: GoVersion | undefined, minor: number): boolean {
  const x = v ?? LATEST_GO;
  return x.major > 1 || (x.major === 1 && x.minor >= minor);
}

export function formatGo(v: GoVersion): string {
  return `${v.major}.${v.minor}${v.patch ? `.${v.patch}` : ''}`;
}
