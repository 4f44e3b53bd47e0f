// The build fails loudly, naming the file and the field, on a bad guide or a diagram that was
// never rendered. Runs the real `astro build` on a copy of the project with one broken guide.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dirs: string[] = [];

function projectWith(guide: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'modfix-build-'));
  dirs.push(dir);
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'content/guides/en'), { recursive: true });
  writeFileSync(join(dir, 'content/guides/en/broken-guide.mdx'), guide);
  return dir;
}

function build(dir: string) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

const frontmatter = (preset = 'global-default') => `---
title: A broken guide
description: A guide that exists only to break the build in a test.
slug: broken-guide
order: 99
group: proxy
symptoms: ["some error text here"]
goVersions: ["1.19"]
updated: 2026-11-23
preset: ${preset}
---
`;

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('astro build', () => {
  it('names the file and the field of invalid frontmatter', () => {
    const r = build(projectWith(frontmatter('no-such-preset').replace('order: 99', 'order: first')));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('broken-guide');
    expect(r.output).toMatch(/order/);
    expect(r.output).toMatch(/preset/);
  });

  it('fails with "run npm run diagrams" for a diagram without a rendered SVG', () => {
    const body =
      '\n## Flow {#flow}\n\n```mermaid\nflowchart TD\n  accTitle: Never rendered\n  accDescr: This diagram has no SVG.\n  A --> B\n```\n';
    const r = build(projectWith(frontmatter() + body));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('run npm run diagrams');
    expect(r.output).toContain('broken-guide');
  });
});
