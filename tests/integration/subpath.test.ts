// The site must work when published under a sub-path (an intranet at /modfix/): build with
// MODFIX_BASE and check that every internal link and asset resolves under that base.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'modfix-subpath-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('builds under /modfix/ with no broken links', () => {
  const env = { ...process.env, MODFIX_BASE: '/modfix/', ASTRO_TELEMETRY_DISABLED: '1' };
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  const html = readFileSync(join(out, 'en/index.html'), 'utf8');
  expect(html).toContain('href="/modfix/en/generator/"');
  expect(html).not.toMatch(/(?:href|src)="\/(?!modfix\/)[^"]/);
  const links = spawnSync(process.execPath, ['src/tools/check-links.ts', out], { cwd: root, env, encoding: 'utf8' });
  expect(links.status, `${links.stdout}\n${links.stderr}`).toBe(0);
});
