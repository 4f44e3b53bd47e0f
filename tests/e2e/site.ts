// Helpers shared by the E2E specs: the list of built pages and a console-error collector.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

export const DIST = process.env.MODFIX_OUT
  ? `${process.env.MODFIX_OUT.replace(/\/$/, '')}/`
  : new URL('../../dist/', import.meta.url).pathname;

/** Every built HTML page as a site path ("/en/guides/x/"), 404 excluded. */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind' && name !== 'diagrams') walk(p);
      } else if (name === 'index.html') out.push(`/${relative(DIST, dir)}/`.replace(/\/+/g, '/'));
    }
  };
  walk(DIST);
  return out.sort();
}

export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  return errors;
}
