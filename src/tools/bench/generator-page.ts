// Figures for the generator page on the built site: the JavaScript it loads (gzip, goal ≤ 35 KB)
// and input-to-output latency in Chromium over 200 edits (goal p95 ≤ 16 ms).
// Run alone: node src/tools/bench/generator-page.ts [dist]
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.ts';
import { kb, type Weight } from '../page-weight.ts';
import { serveDir } from '../static-server.ts';

const EDITS = 200;

/** The generator's JS budget (gzip, all scripts the page loads); tests/e2e/generator.spec.ts enforces it. */
export const GENERATOR_JS_GZIP = 35 * 1024;

/**
 * JavaScript the generator page loads until its island is running (client:idle hydrates after
 * the load event, so waiting for the network alone can stop too early).
 */
export async function generatorPageJs(page: Page, url: string): Promise<Weight & { files: string[] }> {
  const scripts: Array<{ url: string; text: Promise<string> }> = [];
  const onResponse = (r: Response) => {
    if (r.request().resourceType() === 'script') scripts.push({ url: r.url(), text: r.text().catch(() => '') });
  };
  page.on('response', onResponse);
  try {
    await page.goto(url);
    await page.locator('.generator[data-ready]').waitFor();
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', onResponse);
  }
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  // Counted like src/tools/page-weight.ts: inline and external scripts as one gzip stream.
  const text = [inline, ...(await Promise.all(scripts.map((s) => s.text)))].join('\n');
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length, files: scripts.map((s) => s.url) };
}

/**
 * Time from an input event on the GOPRIVATE field to the output block showing the new value,
 * layout included, measured in the page with the Performance API (marks and measures). Each edit
 * waits for the previous one to land, as a reader's keystrokes would.
 */
async function editLatencies(page: Page, edits: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const field = document.getElementById('g-private-goprivate') as HTMLTextAreaElement;
    const code = document.getElementById('gen-code') as HTMLElement;
    const out = document.querySelector('.gen-output') as HTMLElement;
    if (!field || !code || !out) throw new Error('generator page not ready');
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    const landed = (want: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!(document.getElementById('gen-code')?.textContent ?? '').includes(want)) return false;
          obs.disconnect();
          clearTimeout(timer);
          resolve();
          return true;
        };
        const obs = new MutationObserver(check);
        const timer = setTimeout(() => {
          obs.disconnect();
          reject(new Error(`output never showed ${want}`));
        }, 5000);
        obs.observe(out, { subtree: true, childList: true, characterData: true });
      });
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const value = `git${i}.corp.example.com`;
      const done = landed(value);
      performance.mark('edit-start');
      setValue?.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await done;
      void document.body.offsetHeight; // include style and layout of the new output
      performance.mark('edit-end');
      times.push(performance.measure(`edit-${i}`, 'edit-start', 'edit-end').duration);
    }
    performance.clearMarks();
    performance.clearMeasures();
    return times;
  }, edits);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

export async function benchGeneratorPage(distDir: string): Promise<Record<string, string | number>> {
  const { url, server } = await serveDir(distDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const figures: Record<string, string | number> = {};
    const page = await browser.newPage();
    for (const path of ['/generator/', '/en/generator/']) {
      const w = await generatorPageJs(page, `${url}${path}`);
      figures[`${path} JS loaded, raw / gzip (goal ≤ ${kb(GENERATOR_JS_GZIP)} gzip)`] =
        `${kb(w.raw)} / ${kb(w.gzip)} (${w.files.length} files + inline)`;
    }
    // The English page with Go's defaults: the bash tab shows GOPRIVATE as soon as it is set.
    await page.goto(`${url}/en/generator/`);
    await page.locator('.generator[data-ready]').waitFor();
    await page.getByRole('tab', { name: 'bash' }).click();
    await editLatencies(page, 20); // warm up the JIT
    const times = (await editLatencies(page, EDITS)).sort((a, b) => a - b);
    figures[`input → output over ${EDITS} edits, p50 / p95 / max (goal p95 ≤ 16 ms)`] =
      `${pct(times, 50).toFixed(1)} / ${pct(times, 95).toFixed(1)} / ${(times.at(-1) ?? NaN).toFixed(1)} ms`;
    return figures;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) {
  const dist = process.argv[2] ?? process.env.MODFIX_OUT ?? new URL('../../../dist/', import.meta.url).pathname;
  console.log(await benchGeneratorPage(dist));
}
