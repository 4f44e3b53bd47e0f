// The generator page on the built site, in both languages: presets, validation, copy and
// download, permalinks and Back/Forward, secrets kept out of every channel, keyboard-only use,
// axe in both themes, a 360 px screen, the page without JavaScript and the JS byte budget.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { STRINGS } from '../../src/components/generator/strings.ts';
import { GENERATOR_JS_GZIP, generatorPageJs } from '../../src/tools/bench/generator-page.ts';
import { collectErrors } from './site.ts';

const LANGS = [
  { path: '/generator/', lang: 'zh-CN' },
  { path: '/en/generator/', lang: 'en' },
] as const;

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.generator[data-ready]').waitFor();
}
const panel = (page: Page) => page.locator('#gen-panel');
const code = (page: Page) => page.locator('#gen-code');
async function showTab(page: Page, id: string) {
  await page.locator(`#gt-${id}`).click();
  await expect(panel(page)).toHaveAttribute('data-format', id);
  // Most renderers are fetched when their tab first opens.
  await expect(panel(page).locator('.loading')).toHaveCount(0);
}
async function pickPreset(page: Page, id: string) {
  const button = page.locator(`[data-preset="${id}"]`);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}
/** Waits until the address bar has caught up with the form (it follows after a pause in typing). */
async function settledUrl(page: Page, previous: string): Promise<string> {
  let last = previous;
  await expect
    .poll(
      () => {
        const now = page.url();
        const settled = now !== previous && now === last;
        last = now;
        return settled;
      },
      { intervals: [600], timeout: 6000 },
    )
    .toBe(true);
  return page.url();
}
/** The non-default state the address bar holds, as JSON text. */
const linkState = (page: Page) =>
  page.evaluate(() => atob((new URLSearchParams(location.search).get('c') ?? '').replace(/-/g, '+').replace(/_/g, '/')));

/** Every control's value in the form (secrets aside), to compare two renderings of one state. */
const formValues = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('.gen-form input, .gen-form select, .gen-form textarea')]
      // Secrets stay out of links, and the "add an entry" pickers are not part of the state.
      .filter((e) => e.type !== 'password' && !e.closest('.adders'))
      .map((e) => `${e.id || e.name}=${e.type === 'radio' || e.type === 'checkbox' ? e.checked : e.value}`),
  );

// Key lines of each situation, stated from how Go, Docker and the CI systems read them.
const PRESET_LINES: Record<string, Array<{ tab: string; lines: string[] }>> = {
  'china-mainland': [
    { tab: 'go-env-w', lines: ['GOPROXY=https://goproxy.cn,direct'] },
    { tab: 'npmrc', lines: ['registry=https://registry.npmmirror.com/'] },
  ],
  'corporate-gitlab': [
    {
      tab: 'bash',
      lines: [
        'GOPRIVATE=gitlab.corp.example.com',
        'HTTPS_PROXY=http://proxy.corp.example.com:3128',
        'NO_PROXY=gitlab.corp.example.com,.corp.example.com',
      ],
    },
    { tab: 'netrc', lines: ['gitlab.corp.example.com', 'oauth2', '$GITLAB_TOKEN'] },
    { tab: 'gitconfig', lines: ['proxy = http://proxy.corp.example.com:3128'] },
  ],
  'docker-private': [
    {
      tab: 'dockerfile',
      lines: ['--mount=type=secret,id=netrc', '--mount=type=cache,target=/go/pkg/mod', 'GOPRIVATE=github.com/acme-corp'],
    },
    { tab: 'docker-build', lines: ['--secret'] },
  ],
  'github-actions': [{ tab: 'github-actions', lines: ['GOPRIVATE: "github.com/acme-corp"', 'secrets.GO_MODULES_TOKEN'] }],
  offline: [{ tab: 'goenv-file', lines: ['GOPROXY=file:///srv/goproxy,off', 'GOTOOLCHAIN=local'] }],
  'global-default': [{ tab: 'go-env-w', lines: ['GOPROXY=https://proxy.golang.org,direct'] }],
};
// Formats that must not be offered for a situation that has nothing for them.
const ABSENT: Record<string, string[]> = { 'global-default': ['netrc', 'npmrc', 'gitconfig'], 'china-mainland': ['netrc'] };

for (const { path, lang } of LANGS) {
  const s = STRINGS[lang];

  test.describe(`${path}`, () => {
    test('each preset shows its key lines, lights up alone and offers only the formats that apply', async ({ page }) => {
      const errors = collectErrors(page);
      await open(page, path);
      for (const [id, blocks] of Object.entries(PRESET_LINES)) {
        await pickPreset(page, id);
        await expect(page.locator('.preset[aria-pressed="true"]')).toHaveCount(1);
        for (const { tab, lines } of blocks) {
          await showTab(page, tab);
          for (const line of lines) await expect(code(page)).toContainText(line);
          await expect(panel(page)).not.toHaveAttribute('data-invalid', 'true');
        }
        for (const tab of ABSENT[id] ?? []) await expect(page.locator(`#gt-${tab}`)).toHaveCount(0);
      }
      expect(errors).toEqual([]);
    });

    test('an invalid proxy URL shows its error beside the field and marks the snippets invalid', async ({ page }) => {
      const errors = collectErrors(page);
      await open(page, path);
      await page.locator('#g-add-url').fill('ftp://goproxy.corp.example.com');
      await page.locator('#g-add-url').press('Enter');
      const url = page.locator('#g-proxy-2-url');
      await expect(url).toHaveAttribute('aria-invalid', 'true');
      const fieldError = page.locator('#g-proxy-2-url-err');
      await expect(fieldError).not.toBeEmpty();
      const reason = (await fieldError.textContent()) ?? '';
      await expect(panel(page)).toHaveAttribute('data-invalid', 'true');
      await expect(panel(page).locator('.invalid-note')).toContainText(s.invalid);
      await expect(panel(page).locator('.invalid-note')).toContainText(reason.trim());
      await expect(panel(page).locator('.copy').first()).toBeDisabled();
      // Every tab is marked, not only the one on screen.
      await expect(page.locator('.tab:not(.bad)')).toHaveCount(0);
      // Fixing it makes the output trustworthy again.
      await url.fill('https://goproxy.corp.example.com');
      await expect(panel(page)).not.toHaveAttribute('data-invalid', 'true');
      await expect(fieldError).toBeEmpty();
      expect(errors).toEqual([]);
    });

    test('warnings sit beside the output with the reason and a safer choice', async ({ page }) => {
      await open(page, path);
      await expect(page.locator('.out-warnings')).toContainText(s.noWarnings);
      await page.locator('input[name="g-sumdb-mode"][value="off"]').check();
      const warnings = page.locator('.out-warnings li');
      await expect(warnings.first()).toContainText('GOSUMDB=off');
      await expect(warnings.first()).toContainText('sum.golang.google.cn');
      await expect(warnings.first().locator('a')).toHaveAttribute('href', '#g-sumdb-mode');
    });

    test('an edit marks its field and section as changed, flashes the new lines, and the section reset undoes it', async ({ page }) => {
      await open(page, `${path}?preset=corporate-gitlab`);
      await showTab(page, 'go-env-w');
      const section = page.locator('section.gen-section', { has: page.locator('#g-sec-build') });
      await expect(section.locator('.reset')).toHaveCount(0);
      await page.locator('#g-build-gotoolchain').fill('local');
      await expect(section.locator('.changed')).toHaveCount(1);
      await expect(code(page).locator('.ln.flash', { hasText: 'GOTOOLCHAIN=local' })).toHaveCount(1);
      await expect(code(page).locator('.ln.flash')).toHaveCount(0, { timeout: 4000 });
      await expect(page.locator('.preset[aria-pressed="true"]')).toHaveCount(0);
      await section.locator('.reset').click();
      await expect(page.locator('#g-build-gotoolchain')).toHaveValue('');
      await expect(page.locator('[data-preset="corporate-gitlab"]')).toHaveAttribute('aria-pressed', 'true');
      await expect(code(page)).not.toContainText("GOTOOLCHAIN=local'");
    });

    test('copy puts exactly the block on the clipboard and says so', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      await open(page, `${path}?preset=corporate-gitlab`);
      for (const tab of ['bash', 'github-actions']) {
        await showTab(page, tab);
        await panel(page).locator('.copy').first().click();
        await expect(panel(page).locator('.copy-status').first()).toHaveText(s.copied);
        const clip = await page.evaluate(() => navigator.clipboard.readText());
        const shown = (await code(page).textContent()) ?? '';
        expect(clip.replace(/\n$/, '')).toBe(shown.replace(/\n$/, ''));
        expect(clip).toContain('GOPRIVATE');
      }
      await context.close();
    });

    test('when the clipboard is refused the block is selected and the page says to press Ctrl+C', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator.clipboard, 'writeText', {
          value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
        });
      });
      await open(page, path);
      await panel(page).locator('.copy').first().click();
      await expect(panel(page).locator('.copy-status').first()).toContainText('Ctrl+C');
      const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
      expect(selected.replace(/\n$/, '')).toBe(((await code(page).textContent()) ?? '').replace(/\n$/, ''));
    });

    test('a typed token reaches .netrc only: never the address, history, storage, cookies or any request', async ({ page }) => {
      const token = 'glpat-E2E-S3CRET-0123456789';
      const proxyUser = 'alice-e2e-proxy-user';
      const sent: string[] = [];
      page.on('request', (r) => sent.push([r.url(), r.postData() ?? '', JSON.stringify(r.headers())].join('\n')));
      await open(page, `${path}?preset=corporate-gitlab`);
      await page.locator('#g-auth-hosts-0-token').fill(token);
      await page.locator('#g-network-proxyUser').fill(proxyUser);
      const before = page.url();
      await page.locator('#g-build-go').fill('1.24');
      await settledUrl(page, before);
      // The token is used where it belongs: the .netrc file, offered as a download with chmod 600.
      await showTab(page, 'netrc');
      await expect(code(page)).toContainText(`machine gitlab.corp.example.com login oauth2 password ${token}`);
      await expect(panel(page)).toContainText('chmod 600');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel(page)
          .getByRole('button', { name: /\.netrc/ })
          .click(),
      ]);
      // Chromium drops the leading dot of a download's name (the page says to rename it).
      expect(['.netrc', 'netrc']).toContain(download.suggestedFilename());
      await expect(panel(page)).toContainText(s.dotfile.replace('{path}', '~/.netrc'));
      const file = readFileSync(await download.path(), 'utf8');
      expect(file).toBe(`${((await code(page).textContent()) ?? '').replace(/\n$/, '')}\n`);
      // Back and Forward keep the typed secrets in memory only.
      await page.goBack();
      await page.goForward();
      await page.waitForLoadState('networkidle');
      const seen = await page.evaluate(() =>
        [
          location.href,
          decodeURIComponent(location.href),
          atob((new URLSearchParams(location.search).get('c') ?? '').replace(/-/g, '+').replace(/_/g, '/')),
          JSON.stringify(history.state),
          JSON.stringify({ ...localStorage }),
          JSON.stringify({ ...sessionStorage }),
          document.cookie,
        ].join('\n'),
      );
      expect(seen).not.toContain(token);
      expect(seen).not.toContain(proxyUser);
      expect(sent.join('\n')).not.toContain(token);
      expect(sent.join('\n')).not.toContain(proxyUser);
      // Nothing of it survives a reload.
      await page.reload();
      await page.locator('.generator[data-ready]').waitFor();
      await expect(page.locator('#g-auth-hosts-0-token')).toHaveValue('');
    });

    test('a permalink opens the exact form and output; Back and Forward restore each state', async ({ page, context }) => {
      await open(page, path);
      let url = page.url();
      await pickPreset(page, 'corporate-gitlab');
      url = await settledUrl(page, url);
      await expect(page.locator('[data-preset="corporate-gitlab"]')).toHaveAttribute('aria-pressed', 'true');
      await page.locator('#g-build-go').fill('1.21');
      await page.locator('input[name="g-sumdb-mode"][value="google-cn"]').check();
      await page.locator('#g-add-mirror').selectOption({ index: 1 });
      await page.locator('.adder').first().getByRole('button').click();
      await page.locator('#g-private-goprivate').fill('gitlab.corp.example.com\ngithub.com/acme-corp');
      // The address follows after a pause in typing; a busy machine may add an entry in between.
      await expect.poll(() => linkState(page), { timeout: 6000 }).toMatch(/acme-corp.*goproxy-cn.*google-cn/);
      url = page.url();
      expect(new URL(url).searchParams.get('v')).toBe('1');
      await showTab(page, 'bash');
      const second = await formValues(page);
      const secondCode = await code(page).textContent();

      const other = await context.newPage();
      await open(other, url);
      expect(await formValues(other)).toEqual(second);
      await showTab(other, 'bash');
      await expect(code(other)).toHaveText(secondCode ?? '');
      await expect(other.locator('.preset[aria-pressed="true"]')).toHaveCount(0);
      await other.close();

      // One more edit is one more history entry.
      await page.locator('#g-build-go').fill('1.25');
      await expect.poll(() => linkState(page), { timeout: 6000 }).toContain('"go":"1.25"');
      const third = await formValues(page);
      await page.goBack();
      await expect.poll(() => formValues(page)).toEqual(second);
      await expect(page.locator('#g-build-go')).toHaveValue('1.21');
      await page.goForward();
      await expect.poll(() => formValues(page)).toEqual(third);
    });

    test('the OS is detected on the first visit and the chosen shell is remembered', async ({ browser, baseURL }) => {
      const context = await browser.newContext({
        baseURL,
        userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
      });
      const page = await context.newPage();
      await open(page, path);
      await expect(page.locator('#g-target-os')).toHaveValue('windows');
      await expect(page.locator('#gt-powershell')).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator('#gt-bash')).toHaveCount(0);
      await page.locator('#g-target-shell').selectOption('cmd');
      await expect(page.locator('#gt-cmd')).toHaveAttribute('aria-selected', 'true');
      await open(page, path);
      await expect(page.locator('#g-target-shell')).toHaveValue('cmd');
      await expect(page.locator('#gt-cmd')).toHaveAttribute('aria-selected', 'true');
      await context.close();
    });

    test('keyboard only: every control is reachable with Tab, focus is visible, tabs and the proxy list work by keys', async ({ page }) => {
      await open(page, `${path}?preset=corporate-gitlab`);
      const controls = await page.evaluate(() => {
        const all = [
          ...document.querySelectorAll<HTMLElement>(
            '.generator button, .generator input, .generator select, .generator textarea, .generator [tabindex="0"]',
          ),
        ];
        return all
          .filter((e) => !(e as HTMLButtonElement).disabled && e.offsetParent !== null && e.tabIndex >= 0)
          .filter((e) => !(e instanceof HTMLInputElement && e.type === 'radio' && !e.checked))
          .map((e) => e.id || `${e.tagName}:${e.textContent?.trim()}`);
      });
      const reached = new Set<string>();
      const unfocusedLook: string[] = [];
      await page.locator('h1').click();
      for (let i = 0; i < controls.length + 40 && reached.size < controls.length; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const e = document.activeElement as HTMLElement | null;
          if (!e?.closest('.generator')) return null;
          const st = getComputedStyle(e);
          return {
            key: e.id || `${e.tagName}:${e.textContent?.trim()}`,
            ring: st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 2,
          };
        });
        if (!info) continue;
        reached.add(info.key);
        if (!info.ring) unfocusedLook.push(info.key);
      }
      expect(controls.filter((c) => !reached.has(c))).toEqual([]);
      expect(unfocusedLook).toEqual([]);

      // Presets by Enter.
      await page.locator('[data-preset="offline"]').focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-preset="offline"]')).toHaveAttribute('aria-pressed', 'true');
      // Output tabs by arrow keys, with roving tabindex.
      const selected = page.locator('[role="tab"][aria-selected="true"]');
      await selected.focus();
      const start = await selected.getAttribute('id');
      await page.keyboard.press('ArrowRight');
      await expect(selected).not.toHaveAttribute('id', start ?? '');
      await expect(selected).toBeFocused();
      await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
      await page.keyboard.press('Home');
      await expect(page.locator('[role="tab"]').first()).toBeFocused();
      await expect(page.locator('[role="tab"]').first()).toHaveAttribute('aria-selected', 'true');
      // The proxy list reorders with Alt+Arrow, focus following the entry.
      // (The offline preset: a file:// URL, then off.)
      await expect(page.locator('[data-entry="0"] input.url')).toHaveValue('file:///srv/goproxy');
      await page.locator('[data-entry="0"] .down').focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect(page.locator('[data-entry="1"] input.url')).toHaveValue('file:///srv/goproxy');
      await expect(page.locator('[data-entry="1"] .up')).toBeFocused();
      await page.keyboard.press('Alt+ArrowUp');
      await expect(page.locator('[data-entry="0"] input.url')).toHaveValue('file:///srv/goproxy');
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`axe finds no violations (${theme}), with errors and warnings on screen`, async ({ page }) => {
        test.setTimeout(120_000); // two full axe runs over a long form
        await page.addInitScript((t) => localStorage.setItem('modfix-theme', t), theme);
        await open(page, `${path}?preset=corporate-gitlab`);
        const clean = await new AxeBuilder({ page }).analyze();
        expect(clean.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.locator('input[name="g-sumdb-mode"][value="off"]').check();
        await page.locator('#g-add-url').fill('ftp://x.example.com');
        await page.locator('#g-add-url').press('Enter');
        await expect(panel(page)).toHaveAttribute('data-invalid', 'true');
        await page.waitForTimeout(1700); // let the changed-line flash end
        const broken = await new AxeBuilder({ page }).analyze();
        expect(broken.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }

    test('a 360 px wide screen has no horizontal scrolling, long code scrolls inside its box', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await open(page, `${path}?preset=corporate-gitlab`);
      for (const tab of ['bash', 'github-actions', 'athens']) {
        await showTab(page, tab);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, tab).toBeLessThanOrEqual(0);
      }
    });

    test('without JavaScript the default situation is pre-rendered', async ({ browser, baseURL }) => {
      const context: BrowserContext = await browser.newContext({ baseURL, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator('h1')).toHaveText(s.pageTitle);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const proxy = lang === 'zh-CN' ? 'https://goproxy.cn,direct' : 'https://proxy.golang.org,direct';
      await expect(code(page)).toContainText(`GOPROXY=${proxy}`);
      await expect(page.locator(`[data-preset="${lang === 'zh-CN' ? 'china-mainland' : 'global-default'}"]`)).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await context.close();
    });

    test(`loads at most ${GENERATOR_JS_GZIP / 1024} KB of JavaScript (gzip)`, async ({ page, baseURL }) => {
      const js = await generatorPageJs(page, new URL(path, baseURL).href);
      expect(js.files.length, 'the island was loaded').toBeGreaterThan(0);
      expect(js.gzip, js.files.join(', ')).toBeLessThanOrEqual(GENERATOR_JS_GZIP);
    });
  });
}
