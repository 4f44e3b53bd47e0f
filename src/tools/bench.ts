// npm run bench: prints the figures the issues set goals for. Nothing here asserts on time;
// byte budgets are enforced by tests/e2e/budgets.spec.ts.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { extractMermaidBlocks } from '../lib/diagrams/diagram.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { kb, measurePage } from './page-weight.ts';
import { serveDir } from './static-server.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');

function section(title: string) {
  console.log(`\n## ${title}`);
}

// 1. Build time (astro build + pagefind), measured on this machine.
section('Site build');
const t0 = performance.now();
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
console.log(`build (astro build + pagefind): ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// 2. Diagrams in the guides.
const contentFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? contentFiles(join(dir, n)) : [join(dir, n)]));
const diagrams = contentFiles(join(root, 'content')).reduce((n, f) => n + extractMermaidBlocks(readFileSync(f, 'utf8')).length, 0);
console.log(`diagrams: ${diagrams} (each rendered light + dark)`);

// 3. Every page: HTML, CSS and JS actually loaded, raw and gzip.
section('Pages (bytes loaded before any interaction)');
const pages: string[] = [];
const walk = (dir: string) => {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) {
      if (!['_astro', 'pagefind', 'diagrams'].includes(n)) walk(p);
    } else if (n === 'index.html') pages.push(`/${relative(dist, dir)}/`.replace(/\/+/g, '/'));
  }
};
walk(dist);
const { url, server } = await serveDir(dist);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
console.log('| page | HTML raw / gzip | CSS raw / gzip | JS raw / gzip |');
console.log('|---|---|---|---|');
for (const path of pages.sort()) {
  const w = await measurePage(page, `${url}${path}`, path);
  console.log(
    `| ${path} | ${kb(w.html.raw)} / ${kb(w.html.gzip)} | ${kb(w.css.raw)} / ${kb(w.css.gzip)} | ${kb(w.js.raw)} / ${kb(w.js.gzip)} |`,
  );
}
await browser.close();
server.close();

// 4. The libraries' and pages' own benchmarks. Each prints or returns its figures.
for (const [name, file, fn] of [
  ['Generator core', 'generator.ts', 'benchGenerator'],
  ['Generator page', 'generator-page.ts', 'benchGeneratorPage'],
  ['GOPROXY simulator', 'simulator.ts', 'benchSimulator'],
  ['Error doctor', 'doctor.ts', 'benchDoctor'],
] as const) {
  section(name);
  const mod = (await import(join(root, 'src/tools/bench', file))) as Record<
    string,
    (dist: string) => Promise<Record<string, string | number> | undefined>
  >;
  const figures = await mod[fn]!(dist);
  for (const [k, v] of Object.entries(figures ?? {})) console.log(`${k}: ${v}`);
}
