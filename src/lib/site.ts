// Site-wide settings that are not build configuration.
/** Where the source lives: "edit this page" and "report a mistake" links point here. */
export const REPO_URL = 'https://github.com/modfix-dev/modfix';
export const REPO_BRANCH = 'main';

export function editUrl(filePath: string): string {
  return `${REPO_URL}/edit/${REPO_BRANCH}/${filePath}`;
}

export function reportUrl(filePath: string, title: string): string {
  const q = new URLSearchParams({ title: `Mistake in ${filePath}`, body: `Page: ${title}\nFile: ${filePath}\n\nWhat is wrong:\n` });
  return `${REPO_URL}/issues/new?${q.toString()}`;
}

/** Prefixes a site path with the configured base (e.g. "/modfix/"). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${path.startsWith('/') ? path : `/${path}`}`;
}
