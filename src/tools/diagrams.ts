// npm run diagrams: renders every ```mermaid fence under content/ to light and dark SVGs in
// public/diagrams/, in one Chromium session, skipping those already rendered, and deletes SVGs
// no fence uses any more. The build only reads these files (see src/markdown/mermaid-images.ts).
import { readdirSync, readFileSync, mkdirSync, existsSync, writeFileSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import {
  DIAGRAM_DIR,
  DIAGRAM_THEMES,
  RENDER_CONFIG,
  diagramFileName,
  extractMermaidBlocks,
  readAccessibility,
} from '../lib/diagrams/diagram.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const root = new URL('../../', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const mermaidVersion: string = require('mermaid/package.json').version;
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');
const outDir = join(root, 'public', DIAGRAM_DIR);

function* mdxFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* mdxFiles(p);
    else if (/\.mdx?$/.test(e.name)) yield p;
  }
}

interface Job {
  file: string;
  source: string;
  theme: (typeof DIAGRAM_THEMES)[number];
  out: string;
}

const wanted = new Set<string>();
const jobs: Job[] = [];
let total = 0;
for (const file of mdxFiles(join(root, 'content'))) {
  for (const source of extractMermaidBlocks(readFileSync(file, 'utf8'))) {
    total++;
    if (!readAccessibility(source).title) {
      console.error(`${relative(root, file)}: a diagram has no accTitle (needed for alt text):\n${source}`);
      process.exit(1);
    }
    for (const theme of DIAGRAM_THEMES) {
      const name = diagramFileName(source, theme, mermaidVersion);
      wanted.add(name);
      if (!existsSync(join(outDir, name))) jobs.push({ file, source, theme, out: name });
    }
  }
}

mkdirSync(outDir, { recursive: true });
const check = process.argv.includes('--check');
const stale = readdirSync(outDir).filter((f) => f.endsWith('.svg') && !wanted.has(f));
if (check) {
  // Used by tests: fail when a diagram is missing or an unused SVG is left behind.
  if (jobs.length || stale.length) {
    console.error(`${jobs.length} diagram(s) not rendered, ${stale.length} stale SVG(s): run npm run diagrams`);
    process.exit(1);
  }
  console.log(`${total} diagrams, all rendered`);
  process.exit(0);
}
for (const f of stale) unlinkSync(join(outDir, f));

if (jobs.length) {
  const started = performance.now();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: mermaidScript });
    let n = 0;
    for (const job of jobs) {
      const svg = await page.evaluate(
        async ({ source, theme, config, id }) => {
          // biome-ignore lint/suspicious/noExplicitAny: mermaid is a global in this page
          const mermaid = (globalThis as any).mermaid;
          mermaid.initialize({
            startOnLoad: false,
            securityLevel: 'strict',
            theme: config.themes[theme],
            layout: config.layout,
            look: config.look,
            htmlLabels: config.htmlLabels,
            fontFamily: config.fontFamily,
            flowchart: { htmlLabels: config.htmlLabels },
          });
          const { svg } = await mermaid.render(id, source);
          return svg as string;
        },
        { source: job.source, theme: job.theme, config: RENDER_CONFIG, id: `d${n++}` },
      );
      writeFileSync(join(outDir, job.out), svg);
    }
  } catch (e) {
    console.error(`diagram rendering failed: ${(e as Error).message}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
  console.log(
    `rendered ${jobs.length} SVGs for ${total} diagrams in ${((performance.now() - started) / 1000).toFixed(1)} s; removed ${stale.length} stale`,
  );
} else {
  console.log(`${total} diagrams, all already rendered; removed ${stale.length} stale`);
}
