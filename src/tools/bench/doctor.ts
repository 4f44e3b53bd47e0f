// Figures for the error doctor: accuracy over the labelled fixtures (top-1 and top-3), the time to
// diagnose 1 MB of pasted text, and what the core costs in the browser (esbuild bundle, minified,
// gzip -9). Run directly with `npm run bench:doctor`; npm run bench also prints these.
import { browserBundleBytes } from './bundle-size.ts';
import { diagnose } from '../../lib/doctor/index.ts';
import { type Fixture, loadDoctorFixtures, WRAPPERS } from '../doctor-fixtures.ts';

const libDir = new URL('../../lib/doctor/', import.meta.url).pathname;
const MB = 1024 * 1024;

function accuracy(fixtures: Fixture[]): { top1: number; top3: number; misses: string[] } {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const f of fixtures) {
    const r = diagnose(f.text, 'en');
    const causes = r.ok ? r.diagnoses.map((d) => d.cause) : [];
    if (causes[0] === f.label.cause) top1++;
    else misses.push(`${f.name}: ${causes[0] ?? 'rejected'} (want ${f.label.cause})`);
    if (causes.slice(0, 3).includes(f.label.cause)) top3++;
  }
  return { top1, top3, misses };
}

/** A long docker build log as readers paste it: progress chatter, then the failure at the end. */
function realisticMegabyte(fixtures: Fixture[]): string {
  const progress: string[] = [];
  for (let i = 0; progress.join('\n').length < MB - 8 * 1024; i++) {
    progress.push(`go: downloading github.com/example/module${i % 700}/v${(i % 4) + 1} v1.${i % 40}.${i % 13}`);
    if (i % 25 === 0)
      progress.push(`go: found github.com/example/module${i % 700}/pkg in github.com/example/module${i % 700} v1.${i % 40}.0`);
  }
  const failure = fixtures.find((f) => f.name === 'public-proxy-private-github-go1.23')?.text ?? '';
  return WRAPPERS.buildkit(`${progress.join('\n')}\n${failure}`).slice(-MB);
}

/** The worst case: 1 MB made only of error blocks (every fixture, repeated). */
function errorMegabyte(fixtures: Fixture[]): string {
  let text = '';
  for (let i = 0; text.length < MB; i++) text += `${fixtures[i % fixtures.length]?.text}\n`;
  return text.slice(0, MB);
}

function timing(text: string, runs = 15): { median: number; min: number; cpuMedian: number } {
  diagnose(text, 'en'); // warm up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    diagnose(text, 'en');
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)] as number;
  return { median: med(wall), min: Math.min(...wall), cpuMedian: med(cpu) };
}

export async function benchDoctor(): Promise<Record<string, string | number>> {
  const fixtures = loadDoctorFixtures();
  const acc = accuracy(fixtures);
  const pct = (n: number) => `${n}/${fixtures.length} (${((100 * n) / fixtures.length).toFixed(1)} %)`;
  const realistic = timing(realisticMegabyte(fixtures));
  const worst = timing(errorMegabyte(fixtures));
  const ms = (t: { median: number; min: number; cpuMedian: number }) =>
    `median ${t.median.toFixed(1)}, best ${t.min.toFixed(1)} (CPU median ${t.cpuMedian.toFixed(1)})`;
  const core = await browserBundleBytes(`export { diagnose } from './index.ts';`, libDir);
  return {
    'labelled fixtures': fixtures.length,
    'top-1 accuracy': pct(acc.top1),
    'top-3 accuracy': pct(acc.top3),
    ...(acc.misses.length ? { 'top-1 misses': acc.misses.join('; ') } : {}),
    '1 MB docker build log, progress + failure (ms; goal < 50)': ms(realistic),
    '1 MB of error blocks only, worst case (ms)': ms(worst),
    'core bundle for the browser (bytes min / gzip)': `${core.raw} / ${core.gzip}`,
  };
}

if (import.meta.main) {
  for (const [k, v] of Object.entries(await benchDoctor())) console.log(`${k}: ${v}`);
}
