// The go env linter page on the built site: real `go env` output (tests/fixtures/lint, captured
// from Debian's go 1.19.8 and 1.23.5) pasted in both languages shows the findings the fixture was
// made to provoke, each linking to a guide heading that exists; a pasted password never shows and
// nothing leaves the page; empty, binary and 10 MB input get a clear message while the page stays
// responsive; keyboard only; axe in light and dark; 360 px wide; little JavaScript until needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { collectErrors, DIST } from './site.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/lint/${name}`, import.meta.url), 'utf8');
type Lang = 'en' | 'zh-CN';
const pagePath = (lang: Lang) => (lang === 'en' ? '/en/lint/' : '/lint/');

async function open(page: Page, lang: Lang) {
  await page.goto(pagePath(lang));
  await expect(page.locator('.lint[data-ready]')).toBeAttached();
}

const goEnv = (page: Page) => page.locator('#lint-goenv');
const status = (page: Page) => page.locator('.lint-status');
const findings = (page: Page) => page.locator('.lint-finding');

/**
 * What each real capture was made to provoke (tests/fixtures/lint/README.md lists the go env -w
 * settings): the variable and the guide section that explains it. Written from those settings and
 * the list of checks, not copied from the linter's output.
 */
const EXPECTED: Record<string, Array<[variable: string, guide: string]>> = {
  'problems-go1.23.txt': [
    ['GOPROXY', 'how-goproxy-works#direct-and-off'], // direct before a proxy
    ['GOPRIVATE', 'private-modules#pattern-pitfalls'], // ", corp.example.com/*" has a space
    ['GONOSUMDB', 'checksum-database#gonosumdb-scope'], // *
    ['GOSUMDB', 'checksum-database#gosumdb-off'],
    ['GOFLAGS', 'environment-variables#goflags'], // -insecure, removed in 1.17
    ['GO111MODULE', 'environment-variables#go111module'],
    ['GOINSECURE', 'corporate-proxy#goinsecure'], // a proxy host, not a module pattern
  ],
  'problems-go1.19.txt': [
    ['GOPRIVATE', 'private-modules#pattern-pitfalls'], // trailing slash
    ['GONOPROXY', 'private-modules#gonoproxy-gonosumdb'], // does not cover GOPRIVATE
    ['GOSUMDB', 'checksum-database#gosumdb-values'], // key with a changed character
    ['GOFLAGS', 'environment-variables#goflags'], // -mod=vendr
  ],
  'empty-goproxy-go1.23.txt': [['GOPROXY', 'how-goproxy-works#empty-goproxy']],
};
EXPECTED['problems-go1.23.json'] = EXPECTED['problems-go1.23.txt'] ?? [];

const CASES: Array<[string, Lang]> = [
  ['problems-go1.23.txt', 'en'],
  ['problems-go1.23.json', 'zh-CN'],
  ['problems-go1.19.txt', 'zh-CN'],
  ['empty-goproxy-go1.23.txt', 'en'],
];

/** The guide page a link points to exists in the build and has the heading id. */
function assertTargetExists(href: string) {
  const url = new URL(href, 'http://x');
  const file = join(DIST, decodeURIComponent(url.pathname), 'index.html');
  const html = readFileSync(file, 'utf8');
  expect(html, `${href}: heading id`).toContain(`id="${url.hash.slice(1)}"`);
}

for (const [name, lang] of CASES) {
  test(`${name} (${lang}): the findings it was made to provoke, with guide links that resolve`, async ({ page }) => {
    const errors = collectErrors(page);
    await open(page, lang);
    await goEnv(page).fill(fixture(name));
    await expect(findings(page).first()).toBeVisible();
    const expected = EXPECTED[name] ?? [];
    const shown = await findings(page).evaluateAll((items) =>
      items.map((li) => ({
        variable: li.querySelector('h3 code')?.textContent ?? '',
        href: li.querySelector('.lint-links a')?.getAttribute('href') ?? '',
        severity: li.querySelector('.lint-sev')?.textContent ?? '',
      })),
    );
    const prefix = lang === 'en' ? '/en/guides/' : '/guides/';
    for (const [variable, guide] of expected) {
      const [slug, anchor] = guide.split('#');
      expect(shown, `${variable} → ${guide}`).toContainEqual(expect.objectContaining({ variable, href: `${prefix}${slug}/#${anchor}` }));
    }
    // Severity is written out, not only coloured.
    const words = lang === 'en' ? /^. (Error|Warning|Note)$/ : /^. (错误|警告|提示)$/;
    for (const f of shown) expect(f.severity).toMatch(words);
    await expect(status(page)).toContainText(lang === 'en' ? `${shown.length} finding` : `共 ${shown.length} 条`);

    // Every guide link lands on an existing heading, in the page's language.
    for (const href of new Set(shown.map((f) => f.href))) {
      expect(href.startsWith(prefix)).toBe(true);
      assertTargetExists(href);
    }
    const first = findings(page).first().locator('.lint-links a');
    const href = (await first.getAttribute('href')) ?? '';
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeVisible();
    expect(errors).toEqual([]);
  });
}

for (const name of ['clean-go1.19.txt', 'clean-go1.23.txt', 'windows-go1.23.txt']) {
  test(`${name}: no problems, and the page says what it checked`, async ({ page }) => {
    await open(page, 'en');
    await goEnv(page).fill(fixture(name));
    await expect(status(page)).toHaveText('No problems found.');
    await expect(page.locator('.lint-clean')).toContainText('GOPROXY');
    await expect(page.locator('.lint-clean')).toContainText('What is checked:');
    await expect(page.locator('.lint-readas')).toContainText(name.startsWith('windows') ? 'from Windows' : 'from Linux or macOS');
  });
}

test('a pasted proxy password is masked everywhere and nothing is sent anywhere', async ({ page, baseURL }) => {
  const secret = 's3cr3t-pass';
  const env = fixture('os-env-proxy.txt');
  expect(env).toContain(secret);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
  await open(page, 'en');
  await page.locator('summary', { hasText: 'More inputs' }).click();
  await page.locator('#lint-osenv').fill(env);
  await goEnv(page).fill(fixture('clean-go1.23.txt'));
  await expect(findings(page).first()).toBeVisible();
  const results = page.locator('.lint-results');
  await expect(results).toContainText('http://alice:xxxxx@proxy.corp.example.com:3128');
  const outsideFields = await page.evaluate(() => document.body.textContent);
  expect(outsideFields).not.toContain(secret);
  await page.waitForLoadState('networkidle');
  for (const r of requests) {
    expect(r).not.toContain(secret);
    expect(r.split(' ')[1]?.startsWith(baseURL ?? '')).toBe(true);
    expect(r.startsWith('GET ')).toBe(true);
  }
});

test('empty, binary and unrecognised input get a clear message beside the field', async ({ page }) => {
  await open(page, 'en');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(status(page)).toHaveText('Cannot check this yet: The go env output is empty. Paste the text that go env prints.');
  await expect(goEnv(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(goEnv(page)).toHaveAccessibleDescription(/empty/);

  await goEnv(page).fill('\u0000\u0001\u0002\u0003PK\u0003\u0004\u0014\u0000garbage\ufffd\ufffd');
  await expect(status(page)).toContainText('looks like binary data');
  await goEnv(page).fill('Hello, I am not go env output.\nJust text.');
  await expect(status(page)).toContainText('No Go settings found');

  await open(page, 'zh-CN');
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await expect(status(page)).toHaveText('暂时无法检查：go env 输出为空。请粘贴 go env 打印的文本。');
});

test('a 10 MB paste gets a clear message and the page stays responsive', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, 'en');
  await page.evaluate(() => {
    const w = window as unknown as { ours: number[] };
    w.ours = [];
    // Long animation frames name the event handlers that ran in them and for how long.
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as unknown as { scripts: { invoker: string; duration: number }[] }[]) {
        for (const s of e.scripts) if (s.invoker.includes('lint-goenv')) w.ours.push(s.duration);
      }
    }).observe({ type: 'long-animation-frame' });
    // The browser's own read of 10 MB from the system clipboard (0.3–1 s here) happens on the
    // first getData: do it in a listener that runs before the island's, so it is not counted as ours.
    addEventListener('paste', (e) => e.clipboardData?.getData('text/plain'), true);
  });
  // Ten megabytes of a repeated go env output on the real clipboard, pasted with Ctrl+V.
  await page.evaluate(() => navigator.clipboard.writeText("GOPROXY='https://goproxy.cn,direct'\n".repeat(280_000)));
  await goEnv(page).focus();
  await page.keyboard.press('Control+V');
  await expect(status(page)).toContainText(/is 10\.1 MB; go env output is a few kilobytes/, { timeout: 3000 });
  await expect(goEnv(page)).toHaveAttribute('aria-invalid', 'true');
  // The text never went into the field: laying out 10 MB in a textarea blocks the page for most of a minute.
  expect(await goEnv(page).inputValue()).toBe('');
  // Typing right after still works and is checked.
  await goEnv(page).fill(fixture('problems-go1.23.txt'));
  await expect(findings(page).first()).toBeVisible();
  const ours = await page.evaluate(() => (window as unknown as { ours: number[] }).ours);
  expect(Math.max(0, ...ours), "longest run of the island's paste/input handlers (ms)").toBeLessThan(250);
});

test('keyboard only: an example, copy a command, follow the guide link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, 'en');
  const example = page.getByRole('button', { name: 'Linux, Go 1.23: common mistakes' });
  for (let i = 0; i < 40 && !(await example.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(example).toBeFocused();
  expect(await example.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  await page.keyboard.press('Enter');
  await expect(findings(page).first()).toBeVisible();

  const copy = findings(page).first().getByRole('button', { name: 'Copy' }).first();
  for (let i = 0; i < 40 && !(await copy.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(findings(page).first().locator('.lint-copy-status').first()).toHaveText('Copied.');
  const command = await findings(page).first().locator('.lint-cmd pre').first().textContent();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);

  const link = findings(page).first().locator('.lint-links a');
  for (let i = 0; i < 20 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const href = (await link.getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.split('#')[0]}#`));
});

test('keyboard only: Check moves focus to the findings heading', async ({ page }) => {
  await open(page, 'zh-CN');
  await goEnv(page).focus();
  await page.keyboard.insertText(fixture('problems-go1.19.txt'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '检查', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#lint-results-heading')).toBeFocused();
  await expect(status(page)).toContainText('共');
});

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh-CN'] as const) {
    test(`axe finds no violations (${theme}, ${lang}): start, findings, error, clean`, async ({ page }) => {
      test.setTimeout(120_000); // four full axe runs on a busy 2-core machine
      await page.addInitScript((t) => localStorage.setItem('modfix-theme', t), theme);
      await open(page, lang);
      const check = async (what: string) => {
        const r = await new AxeBuilder({ page }).analyze();
        expect(
          r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          what,
        ).toEqual([]);
      };
      await check('start');
      await page.locator('.lint-examples button').last().click();
      await expect(findings(page).first()).toBeVisible();
      await page.locator('.lint-settings summary').click();
      await check('findings');
      await page.locator('.lint-actions button').last().click();
      await page.locator('.lint-actions button').first().click();
      await expect(goEnv(page)).toHaveAttribute('aria-invalid', 'true');
      await check('error');
      await goEnv(page).fill(fixture('clean-go1.23.txt'));
      await expect(page.locator('.lint-clean')).toBeVisible();
      await check('clean');
    });
  }
}

test('fits a 360 px wide screen with findings shown, in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ['en', 'zh-CN'] as const) {
    await open(page, lang);
    for (const ex of await page.locator('.lint-examples button').all()) {
      await ex.click();
      await expect(findings(page).first()).toBeVisible();
      await page.locator('.lint-settings summary').click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${lang} ${await ex.textContent()}`).toBeLessThanOrEqual(0);
    }
  }
});

test('the page loads little JavaScript; the linter arrives in a worker when first needed', async ({ page }, info) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
  });
  await open(page, 'en');
  await page.waitForLoadState('networkidle');
  const gz = (path: string) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
  const initial = scripts.reduce((n, p) => n + gz(p), 0);
  expect(scripts.some((p) => p.includes('worker'))).toBe(false);

  await goEnv(page).fill(fixture('problems-go1.23.txt'));
  await expect(findings(page).first()).toBeVisible();
  const worker = scripts.filter((p) => /\/worker-[^/]*\.js$/.test(p));
  expect(worker).toHaveLength(1);
  // The in-page copy of the linter is only a fallback for browsers without workers.
  expect(scripts.some((p) => /\/lint\.[^/]*\.js$/.test(p))).toBe(false);
  const workerGz = gz(worker[0] ?? '');
  info.annotations.push({
    type: 'js',
    description: `initial ${(initial / 1024).toFixed(1)} KB gzip, worker ${(workerGz / 1024).toFixed(1)} KB gzip`,
  });
  console.log(`lint page JS: initial ${(initial / 1024).toFixed(1)} KB gzip; linter worker ${(workerGz / 1024).toFixed(1)} KB gzip`);
  expect(initial).toBeLessThanOrEqual(16 * 1024);
});
