// Byte budgets are deterministic, so they are enforced here (timings live in npm run bench).
import { expect, test } from '@playwright/test';
import { measurePage } from '../../src/tools/page-weight.ts';
import { builtPages } from './site.ts';

const GUIDE_JS_GZIP = 2 * 1024;
// "How GOPROXY works" embeds the simulator (client:visible): until it scrolls into view the page
// loads only the island loader, and must stay within the generator page's budget with no Mermaid.
const SIMULATOR_GUIDE = /\/guides\/how-goproxy-works\/$/;
const SIMULATOR_GUIDE_JS_GZIP = 35 * 1024;
const PAGE_HTML_CSS_GZIP = 100 * 1024;

for (const path of builtPages()) {
  test(`${path} stays within its byte budget`, async ({ page, baseURL }) => {
    const w = await measurePage(page, new URL(path, baseURL).href, path);
    expect(w.html.gzip + w.css.gzip, 'HTML+CSS gzip').toBeLessThanOrEqual(PAGE_HTML_CSS_GZIP);
    if (path.includes('/guides/') || path === '/' || path === '/en/') {
      const budget = SIMULATOR_GUIDE.test(path) ? SIMULATOR_GUIDE_JS_GZIP : GUIDE_JS_GZIP;
      expect(w.js.gzip, `JS gzip before search is opened (${w.jsUrls.join(', ')})`).toBeLessThanOrEqual(budget);
      expect(w.jsText).not.toMatch(/mermaid/i);
    }
  });
}
