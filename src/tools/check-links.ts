// Link check over dist/: every internal href/src must name a built file, and every #anchor an id
// on that page. External links are listed, not fetched (the site must work offline).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Usage: node src/tools/check-links.ts [distDir]; MODFIX_BASE as used for the build.
const dist = process.argv[2] ?? process.env.MODFIX_OUT ?? new URL('../../dist/', import.meta.url).pathname;
const base = (process.env.MODFIX_BASE ?? '/').replace(/\/?$/, '/');

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind') yield* htmlFiles(p);
    } else if (name.endsWith('.html')) yield p;
  }
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1] ?? '')));
    idsCache.set(file, ids);
  }
  return ids;
}

/** The dist file a site URL path names, or null. */
function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const p = join(dist, rel);
  if (rel === '' || rel.endsWith('/')) return existsSync(join(p, 'index.html')) ? join(p, 'index.html') : null;
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (existsSync(join(p, 'index.html'))) return join(p, 'index.html');
  return null;
}

const problems: string[] = [];
const external = new Set<string>();
let checked = 0;
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file, 'utf8');
  const pagePath = `${base}${relative(dist, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/')}`;
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const raw = decode(m[1] ?? '');
    if (/^(mailto:|data:|javascript:)/.test(raw)) continue;
    const url = new URL(raw, `http://site${pagePath}`);
    if (url.host !== 'site') {
      // External links are not fetched, but a URL that swallowed the sentence after it (a bare URL
      // followed by full-width punctuation, which autolinking does not stop at) is caught here.
      if (/[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]/.test(decodeURIComponent(`${url.pathname}${url.hash}`))) {
        problems.push(`${relative(dist, file)}: external link runs into the text after it: ${raw}`);
      }
      external.add(url.origin);
      continue;
    }
    checked++;
    const target = fileFor(url.pathname);
    if (!target) {
      problems.push(`${relative(dist, file)}: broken link ${raw}`);
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) {
      problems.push(`${relative(dist, file)}: missing anchor ${raw}`);
    }
  }
}

console.log(
  `link check: ${checked} internal links checked; external origins linked (not fetched): ${[...external].sort().join(', ') || 'none'}`,
);
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} broken link(s)`);
  process.exit(1);
}
