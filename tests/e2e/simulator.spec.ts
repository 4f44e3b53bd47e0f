// The GOPROXY simulator on the built site: its own page and the copy embedded in "How GOPROXY
// works", in both languages — presets and outcomes give the entries go would contact and the error
// it would print, the flowchart appears (and Mermaid is fetched) only after scrolling to it, the
// URL round-trips through reload and Back, keyboard-only use, axe in both themes, a 360 px screen,
// no console errors (the CSP included), the page without JavaScript, and the JS it costs.
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Response, test } from '@playwright/test';
import { STRINGS } from '../../src/components/simulator/strings.ts';
import { kb } from '../../src/tools/page-weight.ts';
import { collectErrors } from './site.ts';

const PLACES = [
  { name: 'page', path: '/simulator/', lang: 'zh-CN' },
  { name: 'page', path: '/en/simulator/', lang: 'en' },
  { name: 'guide', path: '/guides/how-goproxy-works/', lang: 'zh-CN' },
  { name: 'guide', path: '/en/guides/how-goproxy-works/', lang: 'en' },
] as const;

/** The generator page's budget, which the simulator page must keep until the flowchart is in view. */
const JS_BEFORE_SCROLL_GZIP = 35 * 1024;

/** Scripts the page fetched, with their text, to tell Mermaid's code apart from the island's. */
function recordScripts(page: Page) {
  const scripts: Array<{ url: string; text: Promise<string> }> = [];
  page.on('response', (r: Response) => {
    if (r.request().resourceType() === 'script') scripts.push({ url: r.url(), text: r.text().catch(() => '') });
  });
  return scripts;
}
/** Mermaid's core always carries its `securityLevel` setting; the island's own code never does. */
const isMermaid = async (s: { url: string; text: Promise<string> }) =>
  /\/flowchart\.[^/]+\.js$/.test(s.url) || (await s.text).includes('securityLevel');
async function mermaidScripts(scripts: Array<{ url: string; text: Promise<string> }>) {
  const flags = await Promise.all(scripts.map(isMermaid));
  return scripts.filter((_, i) => flags[i]).map((s) => s.url);
}
/** Inline and fetched scripts as one gzip stream, counted like src/tools/page-weight.ts. */
async function gzipBytes(page: Page, scripts: Array<{ text: Promise<string> }>) {
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  const texts = await Promise.all(scripts.map((s) => s.text));
  return gzipSync([inline, ...texts].join('\n'), { level: 9 }).length;
}

/** Opens a place and brings the island into view (on the guide that is what hydrates it). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.locator('.sim').scrollIntoViewIfNeeded();
  await page.locator('.sim[data-ready]').waitFor();
}
const contacted = (page: Page) => page.locator('.sim-contacted');
const printed = (page: Page) => page.locator('#sim-error');
async function pickPreset(page: Page, id: string) {
  const button = page.locator(`[data-preset="${id}"]`);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}
async function showFlowchart(page: Page) {
  await page.locator('.sim-flow').scrollIntoViewIfNeeded();
  await expect(page.locator('.sim-flow')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  const img = page.locator('.sim-flow img');
  await expect(img).toHaveAttribute('src', /^data:image\/svg\+xml/);
  expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  return img;
}
/** Waits until the address bar has caught up with the form (it follows after a pause). */
async function settledUrl(page: Page, previous: string): Promise<string> {
  await expect.poll(() => page.url(), { timeout: 6000 }).not.toBe(previous);
  let last = '';
  await expect
    .poll(
      () => {
        const now = page.url();
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [700], timeout: 6000 },
    )
    .toBe(true);
  return page.url();
}

for (const place of PLACES) {
  const s = STRINGS[place.lang];
  test.describe(`${place.path} (${place.name})`, () => {
    test('presets and outcomes give the entries go contacts and the error it prints; no console errors', async ({ page }) => {
      const errors = collectErrors(page);
      await open(page, place.path);
      await expect(contacted(page)).toHaveAttribute('data-contacted', 'https://goproxy.cn');
      await expect(page.locator('.sim-result')).toHaveAttribute('data-result', 'success');

      // `|` after a: a 500 falls through to b; b's 500 before `,` stops the walk, direct is never asked.
      await pickPreset(page, 'pipe-fallback');
      await expect(contacted(page)).toHaveAttribute('data-contacted', 'https://a.example https://b.example');
      await page.locator('#sim-outcome-1').selectOption('500');
      await expect(printed(page)).toHaveText(
        'go: example.com/hello@v1.0.0: reading https://b.example/example.com/hello/@v/v1.0.0.info: 500 Internal Server Error',
      );
      await expect(page.locator('[data-entry="direct"]')).toHaveCount(0);
      // A 404 falls through any separator.
      await page.locator('#sim-outcome-1').selectOption('404');
      await expect(contacted(page)).toHaveAttribute('data-contacted', 'https://a.example https://b.example direct');
      await expect(page.locator('.sim-result')).toHaveAttribute('data-result', 'success');

      await pickPreset(page, 'off');
      await expect(printed(page)).toHaveText('go: example.com/hello@v1.0.0: module lookup disabled by GOPROXY=off');
      await expect(contacted(page)).toHaveAttribute('data-contacted', '');

      await pickPreset(page, 'private');
      await expect(contacted(page)).toHaveAttribute('data-contacted', 'noproxy');
      await expect(printed(page)).toContainText("fatal: could not read Username for 'https://git.corp.example': terminal prompts disabled");
      await pickPreset(page, 'private-proxied');
      await expect(contacted(page)).toHaveAttribute('data-contacted', 'https://goproxy.corp.example');
      // GONOSUMDB still follows GOPRIVATE: no checksum lookup for the private module.
      await expect(page.locator('[data-sumdb]')).toHaveAttribute('data-sumdb', 'nosumdb');

      // The checksum database: relayed by goproxy.cn, or asked directly when the proxy says 404.
      await pickPreset(page, 'goproxy-cn');
      await expect(page.locator('[data-sumdb]')).toHaveAttribute('data-sumdb', 'proxied');
      await page.locator('#sim-supported-0').selectOption('404');
      await expect(page.locator('[data-sumdb]')).toHaveAttribute('data-sumdb', 'direct');
      await page.locator('#sim-gosumdb').selectOption('off');
      await expect(page.locator('[data-sumdb]')).toHaveAttribute('data-sumdb', 'off');

      // The Go release matters here, and the page says so.
      await pickPreset(page, 'pipe-fallback');
      await page.locator('.sim-versions').scrollIntoViewIfNeeded();
      await expect(page.locator('[data-difference]')).toHaveCount(1);
      await expect(page.locator('[data-difference="pipe-separator"]')).toBeVisible();
      await page.locator('#sim-go').selectOption('1.14');
      await expect(printed(page)).toContainText('invalid character "|" in host name');

      // A bad GOPROXY: the reason beside the field, announced, and what go prints.
      await page.locator('#sim-goproxy').fill('https://goproxy.cn,none');
      await expect(page.locator('#sim-goproxy-err')).toHaveAttribute('role', 'alert');
      await expect(page.locator('#sim-goproxy-err')).toContainText('invalid proxy URL missing scheme: none');
      await expect(page.locator('#sim-goproxy')).toHaveAttribute('aria-invalid', 'true');

      await showFlowchart(page);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });

    test('no Mermaid code before the flowchart is in view; then a chart that follows the trace and the theme', async ({ page }) => {
      const errors = collectErrors(page);
      const scripts = recordScripts(page);
      await page.goto(place.path);
      // The page's island hydrates when the browser is idle; the guide's only when scrolled to.
      if (place.name === 'page') await page.locator('.sim[data-ready]').waitFor();
      await page.waitForLoadState('networkidle');
      const before = scripts.length;
      expect(await mermaidScripts(scripts)).toEqual([]);
      const bytes = await gzipBytes(page, scripts);
      // Presets and selects give valid input only: the schema (zod) waits for the first keystroke.
      expect(scripts.filter((x) => /\/validate\.[^/]+\.js$/.test(x.url))).toEqual([]);
      if (place.name === 'page') {
        expect(bytes, `JS before the flowchart is in view: ${kb(bytes)}`).toBeLessThanOrEqual(JS_BEFORE_SCROLL_GZIP);
        await page.locator('.sim-flow').evaluate((el) => {
          const r = el.getBoundingClientRect();
          if (r.top < innerHeight) throw new Error('the flowchart is already in view; this test would prove nothing');
        });
      } else {
        // client:visible: the island's code is not even loaded yet.
        expect(await page.locator('.sim').getAttribute('data-ready')).toBeNull();
      }
      await expect(page.locator('.sim-flow')).toHaveAttribute('data-status', 'waiting');

      await page.locator('.sim').scrollIntoViewIfNeeded();
      await page.locator('.sim[data-ready]').waitFor();
      const img = await showFlowchart(page);
      expect(await mermaidScripts(scripts.slice(before))).not.toEqual([]);
      // Drawn with dagre: Mermaid's default ELK layout would add about 450 KB gzip.
      expect(scripts.map((x) => x.url).filter((u) => /\/elk-[^/]+\.js$/.test(u))).toEqual([]);
      test.info().annotations.push({
        type: 'js',
        description: `${place.path}: ${kb(bytes)} gzip before the simulator/flowchart is in view, ${kb(await gzipBytes(page, scripts))} after the flowchart is drawn`,
      });
      await expect(img).toHaveAttribute('alt', new RegExp(s['flow.alt'].replace('{summary}', '').trim()));

      // The chart is redrawn for the new trace and for the dark theme.
      const first = await img.getAttribute('src');
      await page.locator('#sim-outcome-0').selectOption('404');
      await expect(img).not.toHaveAttribute('src', first ?? '');
      const light = await img.getAttribute('src');
      await page.locator('#theme-toggle').click();
      await expect(img).not.toHaveAttribute('src', light ?? '');
      expect(decodeURIComponent((await img.getAttribute('src')) ?? '')).toContain('<style>');
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });

    test('the URL keeps the state: reload and Back/Forward', async ({ page }) => {
      await open(page, place.path);
      const start = page.url();
      await page.locator('#sim-outcome-0').selectOption('404');
      const first = await settledUrl(page, start);
      expect(new URL(first).search).toBe('?goproxy=https://goproxy.cn,direct&outcomes=404,ok');
      if (place.name === 'guide') expect(new URL(first).hash).toBe('#simulator');
      await page.locator('#sim-goprivate').check();
      const second = await settledUrl(page, first);
      expect(new URL(second).search).toBe('?goproxy=https://goproxy.cn,direct&outcomes=404,ok&goprivate=1');
      await page.locator('#sim-go').selectOption('1.19');
      const third = await settledUrl(page, second);
      expect(third).toContain('go=1.19');

      await page.reload();
      await page.locator('.sim').scrollIntoViewIfNeeded();
      await page.locator('.sim[data-ready]').waitFor();
      await expect(page.locator('#sim-goprivate')).toBeChecked();
      await expect(page.locator('#sim-go')).toHaveValue('1.19');
      await expect(contacted(page)).toHaveAttribute('data-contacted', 'noproxy');

      await page.goBack();
      await expect(page.locator('#sim-go')).not.toHaveValue('1.19');
      await expect(page.locator('#sim-goprivate')).toBeChecked();
      await page.goBack();
      await expect(page.locator('#sim-goprivate')).not.toBeChecked();
      await expect(page.locator('#sim-outcome-0')).toHaveValue('404');
      await expect(contacted(page)).toHaveAttribute('data-contacted', 'https://goproxy.cn direct');
      await page.goForward();
      await expect(page.locator('#sim-goprivate')).toBeChecked();
      // page.url() is not a retrying read: after a history traversal it can trail the page by a moment.
      await expect.poll(() => page.url()).toBe(second);
    });

    test('works with the keyboard alone', async ({ page }) => {
      await open(page, place.path);
      await page.locator('[data-preset="goproxy-cn"]').focus();
      await page.keyboard.press('Tab');
      await expect(page.locator('[data-preset="pipe-fallback"]')).toBeFocused();
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-preset="pipe-fallback"]')).toHaveAttribute('aria-pressed', 'true');
      // Into the form: GOPROXY, then the module, then the first entry's answer.
      for (let i = 0; i < 12 && !(await page.locator('#sim-goproxy').evaluate((e) => e === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(page.locator('#sim-goproxy')).toBeFocused();
      await page.keyboard.press('End');
      await page.keyboard.type(',off');
      await expect(page.locator('#sim-goproxy')).toHaveValue('https://a.example|https://b.example,direct,off');
      await expect(page.locator('.sim-warn').first()).toContainText('off');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(page.locator('#sim-outcome-0')).toBeFocused();
      await page.keyboard.press('ArrowDown'); // 500 → refused
      await expect(page.locator('#sim-outcome-0')).toHaveValue('refused');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowUp'); // 200 → … stays 200 at the top of the list
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('#sim-outcome-1')).toHaveValue('404');
      await expect(contacted(page)).toHaveAttribute('data-contacted', 'https://a.example https://b.example direct');
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`axe finds no violations (${theme}), flowchart drawn`, async ({ page }) => {
        await page.addInitScript((t) => localStorage.setItem('modfix-theme', t), theme);
        await open(page, `${place.path}?goproxy=https://a.example|https://b.example,direct&outcomes=500,500,ok`);
        await showFlowchart(page);
        await page.locator('.sim-versions').scrollIntoViewIfNeeded();
        await page.locator('.sim-versions[data-loaded] details').evaluate((d: HTMLDetailsElement) => {
          d.open = true;
        });
        const results = await new AxeBuilder({ page }).include('.sim').analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }

    test('fits a 360 px screen without horizontal scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await open(page, `${place.path}?goproxy=https://a.example|https://b.example,direct&outcomes=500,404,auth&goprivate=1`);
      await showFlowchart(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('without JavaScript the page explains itself and shows the first example’s result', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const place of PLACES) {
    await page.goto(place.path);
    await expect(page.locator('noscript')).toHaveCount(1);
    const html = await page.content();
    expect(html).toContain(place.name === 'page' ? STRINGS[place.lang].noJs : place.lang === 'en' ? 'needs JavaScript' : '需要 JavaScript');
    await expect(contacted(page)).toHaveAttribute('data-contacted', 'https://goproxy.cn');
    await expect(page.locator('.sim-result')).toHaveAttribute('data-result', 'success');
    // The result is there for screen readers too; only the controls, which would do nothing, are off.
    await expect(page.getByRole('heading', { name: STRINGS[place.lang].trace })).toBeVisible();
    await expect(page.locator('#sim-goproxy')).toBeDisabled();
    await expect(page.locator('[data-preset="off"]')).toBeDisabled();
  }
  await context.close();
});
