// Figures for the generator core (issue 3): time to validate a config and render every format
// that applies (goal p95 ≤ 1 ms per full render), and what the core costs in the browser:
// src/lib/config + src/lib/render bundled with esbuild, minified, gzip -9 (goal ≤ 15 KB with zod).
// Run alone: node src/tools/bench/generator.ts
import { availableParallelism, loadavg } from 'node:os';
import { kb } from '../page-weight.ts';
import { browserBundleBytes } from './bundle-size.ts';
import { type ModfixConfigInput, presets, validateConfig } from '../../lib/config/index.ts';
import { renderAll } from '../../lib/render/index.ts';

const libDir = new URL('../../lib/', import.meta.url).pathname;
const ROUNDS = 300;
const TIME_GOAL_MS = 1;
const SIZE_GOAL = 15 * 1024;

/** Every preset on every target, so that each of the 15 formats is rendered. */
const TARGETS = [
  { os: 'linux', shell: 'bash' },
  { os: 'macos', shell: 'zsh' },
  { os: 'linux', shell: 'fish' },
  { os: 'windows', shell: 'powershell' },
  { os: 'windows', shell: 'cmd' },
] as const;
const inputs: ModfixConfigInput[] = presets.flatMap((p) => TARGETS.map((t) => ({ ...p.config, target: { ...p.config.target, ...t } })));

/** Validation plus every applicable format, as the page does after each edit. */
function fullRender(input: ModfixConfigInput): number {
  const r = validateConfig(input, 'en');
  if (!r.config) throw new Error(`bench input invalid: ${JSON.stringify(r.errors)}`);
  return renderAll(r.config).length;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function benchGenerator(): Promise<void> {
  const rendered = new Set<string>();
  for (const input of inputs) {
    const c = validateConfig(input, 'en').config;
    if (c) for (const { format, result } of renderAll(c)) if (result.ok) rendered.add(format.id);
  }
  for (let i = 0; i < 20; i++) for (const input of inputs) fullRender(input); // warm up
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    for (const input of inputs) {
      const t0 = performance.now();
      fullRender(input);
      times.push(performance.now() - t0);
    }
  }
  const load = loadavg()[0] ?? 0;
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);

  const ALL = `export * from './config/index.ts'; export * from './render/index.ts';`;
  const core = await browserBundleBytes(ALL, libDir);
  const withoutZod = await browserBundleBytes(ALL, libDir, ['zod', 'zod/*']);
  const config = await browserBundleBytes(`export * from './config/index.ts';`, libDir);
  const schema = await browserBundleBytes(`export * from './config/schema.ts';`, libDir);
  const messages = await browserBundleBytes(`export * from './config/messages.ts';`, libDir);

  const lines = [
    `full render = validateConfig + renderAll, ${presets.length} presets × ${TARGETS.length} targets (${rendered.size} of 15 formats rendered), ${times.length} samples`,
    `full render p50 / p95: ${p50.toFixed(3)} ms / ${p95.toFixed(3)} ms (goal p95 ≤ ${TIME_GOAL_MS} ms: ${p95 <= TIME_GOAL_MS ? 'met' : 'NOT met'})`,
    // Wall-clock percentiles: on a loaded machine the tail is other processes' time slices.
    `  machine: ${availableParallelism()} cores, load average ${load.toFixed(1)} while measuring`,
    `core (config + render + zod/mini), min / gzip: ${kb(core.raw)} / ${kb(core.gzip)} (goal ≤ ${kb(SIZE_GOAL)}: ${core.gzip <= SIZE_GOAL ? 'met' : 'NOT met'})`,
    `  of which zod/mini (gzip): ${kb(core.gzip - withoutZod.gzip)}`,
    `  config model alone (schema, validation, messages, presets, catalogue; gzip): ${kb(config.gzip)}`,
    `  schema + zod/mini alone (gzip): ${kb(schema.gzip)}`,
    `  validation messages, en + zh-CN (gzip): ${kb(messages.gzip)}`,
  ];
  for (const l of lines) console.log(l);
}

if (import.meta.main) await benchGenerator();
