import { expect, type Page, test } from '@playwright/test';
import { builtPages } from './site.ts';

const guides = builtPages().filter((p) => p.includes('/guides/'));

test('diagrams are visible images with alt text, and the theme picks the matching variant', async ({ page }) => {
  let seen = 0;
  for (const path of guides) {
    await page.goto(path);
    const figures = page.locator('figure.diagram-figure');
    const n = await figures.count();
    for (let i = 0; i < n; i++) {
      const img = figures.nth(i).locator('img.diagram-light');
      await img.scrollIntoViewIfNeeded();
      await expect(img).toBeVisible();
      expect((await img.getAttribute('alt'))?.length ?? 0).toBeGreaterThan(10);
      // Diagrams load lazily: give the image time to arrive once it is in view.
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
      seen++;
    }
  }
  expect(seen).toBeGreaterThanOrEqual(guides.length / 2);
});

test('the language switch lands on the same guide in the other language', async ({ page }) => {
  await page.goto('/guides/how-goproxy-works/');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/en\/guides\/how-goproxy-works\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/guides\/how-goproxy-works\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the copy button copies the command without the shell prompt', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/guides/how-goproxy-works/');
  const block = page.locator('.expressive-code', { has: page.locator('.prompt-sh') }).first();
  const firstLine = (await block.locator('.ec-line').first().innerText()).trim();
  expect(firstLine.startsWith('$')).toBe(false);
  await block.hover();
  await block.locator('button').first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.length).toBeGreaterThan(0);
  expect(copied).not.toMatch(/^\$ /m);
  expect(copied.split('\n')[0]).toBe(firstLine);
});

test('dark mode follows the system, the toggle overrides it and survives a reload without a flash', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('#theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('#theme-toggle')).toHaveAttribute('aria-pressed', 'false');
  // The theme is applied by a blocking script before first paint: check the very first HTML state.
  await page.goto('/en/guides/how-goproxy-works/', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await context.close();
});

// Pagefind ranks by its own scoring (stemmed words, not phrases), so the check is that the term's
// pages are among the hits, each hit links into the searched language, and search loads on demand.
async function hitPages(page: Page): Promise<string[]> {
  const links = page.locator('#search-root .pagefind-ui__result-link');
  await expect(links.first()).toBeVisible({ timeout: 15_000 });
  const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  return Promise.all(hrefs.map(async (h) => `${h}\n${await (await page.request.get(h)).text()}`));
}

test('search finds a Chinese and an English term, and loads only when opened', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto('/');
  expect(loaded.some((u) => u.includes('pagefind'))).toBe(false);
  await page.locator('#search-open').click();
  await page.locator('#search-root input').fill('校验和数据库');
  const zh = await hitPages(page);
  expect(zh.every((p) => p.startsWith('/guides/'))).toBe(true);
  expect(zh.some((p) => p.includes('校验和数据库'))).toBe(true);

  await page.goto('/en/');
  await page.keyboard.press('/');
  await page.locator('#search-root input').fill('fall through');
  const en = await hitPages(page);
  expect(en.every((p) => p.startsWith('/en/guides/'))).toBe(true);
  expect(en.some((p) => p.toLowerCase().includes('fall through'))).toBe(true);
});

// A long line makes a code block scroll sideways; keyboard users must be able to focus it to scroll.
// The build marks every block focusable (Expressive Code's script later unmarks blocks that do not
// scroll), so it holds from the first paint, on a narrow screen too.
test('every code block that scrolls sideways can take keyboard focus', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/en/guides/how-goproxy-works/', { waitUntil: 'domcontentloaded' });
  const pres = page.locator('.expressive-code pre');
  const scrolling = () =>
    pres.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => (e as HTMLElement).tabIndex));
  expect((await scrolling()).length).toBeGreaterThan(0);
  expect((await scrolling()).filter((t) => t < 0)).toEqual([]);
  await page.waitForLoadState('load');
  expect((await scrolling()).filter((t) => t < 0)).toEqual([]);
});
