// What a page really costs the reader: bytes of HTML, CSS and JavaScript fetched while it loads
// (external files and inline <script> text), raw and gzipped. Used by the byte-budget test and
// by npm run bench, so both report the same figures.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Weight {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  path: string;
  html: Weight;
  css: Weight;
  js: Weight;
  jsUrls: string[];
  /** Concatenated JavaScript text, to look for code that must not be there (e.g. Mermaid). */
  jsText: string;
}

const weigh = (text: string): Weight => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });

export async function measurePage(page: Page, url: string, path: string): Promise<PageWeight> {
  const bodies: Array<{ type: string; url: string; text: Promise<string> }> = [];
  const onResponse = (r: import('playwright-core').Response) => {
    const type = r.request().resourceType();
    if (type === 'document' || type === 'stylesheet' || type === 'script') {
      bodies.push({ type, url: r.url(), text: r.text().catch(() => '') });
    }
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  const inlineJs = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.getAttribute('type') || s.getAttribute('type') === 'module' || s.getAttribute('type') === 'text/javascript')
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  let html = '';
  let css = '';
  let js = inlineJs;
  const jsUrls: string[] = [];
  for (const b of bodies) {
    const text = await b.text;
    if (b.type === 'document') html += text;
    else if (b.type === 'stylesheet') css += text;
    else {
      js += `\n${text}`;
      jsUrls.push(b.url);
    }
  }
  return { path, html: weigh(html), css: weigh(css), js: weigh(js), jsUrls, jsText: js };
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
