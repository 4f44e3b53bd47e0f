import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, collectErrors } from './site.ts';

const pages = builtPages();

test('the build produced both languages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/en/');
  expect(pages.filter((p) => p.includes('/guides/')).length).toBeGreaterThanOrEqual(4);
});

for (const path of pages) {
  test(`${path} answers 200, has the right lang and no console errors or foreign requests`, async ({ page, baseURL }) => {
    const errors = collectErrors(page);
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/en/') ? 'en' : 'zh-CN');
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('the 404 page is served for unknown paths', async ({ page }) => {
  const res = await page.goto('/no/such/page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toBeVisible();
});

const pageTypes = [
  '/',
  '/en/',
  '/guides/how-goproxy-works/',
  '/en/guides/how-goproxy-works/',
  '/generator/',
  '/en/doctor/',
  '/no/such/page/',
];
for (const path of pageTypes) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${path} (${theme})`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('modfix-theme', t), theme);
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('pages fit a 360 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/en/', '/guides/how-goproxy-works/', '/en/guides/why-tidy-cannot-download/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
