// Figures for the GOPROXY simulator: time per simulate() call and what its code costs in the
// browser (esbuild bundle, minified, gzip -9), with and without input validation (zod/mini).
import { browserBundleBytes } from './bundle-size.ts';
import type { Outcome, SimulateInput } from '../../lib/simulator/model.ts';
import { traceToMermaid } from '../../lib/simulator/mermaid.ts';
import { simulate } from '../../lib/simulator/simulate.ts';

const libDir = new URL('../../lib/simulator/', import.meta.url).pathname;

/** Inputs like the island's presets, so the timing reflects real use. */
const SAMPLES: SimulateInput[] = [
  { goproxy: 'https://goproxy.cn,direct', outcomes: ['404', 'ok'] },
  { goproxy: 'https://a.example|https://b.example,direct', outcomes: ['500', '404', 'ok'] as Outcome[] },
  { goproxy: 'off', outcomes: [] },
  { goproxy: 'direct', outcomes: ['auth'] },
  { goproxy: 'https://goproxy.cn,direct', outcomes: ['200', 'ok'], goprivate: 'git.corp.example' },
  { goproxy: 'https://goproxy.cn,direct', outcomes: ['200', 'unknown-revision'], goprivate: 'example.com' },
];

export async function benchSimulator(): Promise<Record<string, string | number>> {
  const rounds = 5000;
  for (const s of SAMPLES) simulate(s); // warm up
  let t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const s of SAMPLES) simulate(s);
  const perCall = ((performance.now() - t0) * 1000) / (rounds * SAMPLES.length);
  const traces = SAMPLES.map((s) => simulate(s));
  t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const t of traces) traceToMermaid(t, 'en');
  const perMermaid = ((performance.now() - t0) * 1000) / (rounds * traces.length);

  const core = await browserBundleBytes(`export { simulate } from './simulate.ts'; export { traceToMermaid } from './mermaid.ts';`, libDir);
  const full = await browserBundleBytes(`export * from './index.ts';`, libDir);
  return {
    'simulate() per call (µs)': Number(perCall.toFixed(1)),
    'traceToMermaid() per call (µs)': Number(perMermaid.toFixed(1)),
    'core bundle: simulate + mermaid text (bytes min / gzip)': `${core.raw} / ${core.gzip}`,
    'with validation, zod/mini (bytes min / gzip)': `${full.raw} / ${full.gzip}`,
  };
}

if (import.meta.main) console.log(await benchSimulator());
