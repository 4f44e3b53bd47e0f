import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  diagramFileName,
  diagramHash,
  extractMermaidBlocks,
  normalizeSource,
  readAccessibility,
  svgSize,
} from '../../src/lib/diagrams/diagram.ts';
import { mermaidImages } from '../../src/markdown/mermaid-images.ts';

const require = createRequire(import.meta.url);

const SRC = 'flowchart TD\n  accTitle: Fall-through\n  accDescr: Only 404 and 410 fall through after a comma.\n  A --> B\n';

describe('diagram cache keys', () => {
  it('are stable for the same input and ignore cosmetic whitespace', () => {
    expect(diagramHash(SRC, 'light', '12.3.0')).toBe(diagramHash(SRC, 'light', '12.3.0'));
    expect(diagramHash(SRC.replace(/\n/g, '\r\n').replace('A --> B', 'A --> B   '), 'light', '12.3.0')).toBe(
      diagramHash(SRC, 'light', '12.3.0'),
    );
    expect(normalizeSource('  a  \r\n b \n\n')).toBe('a\n b\n');
  });
  it('change with the source, the theme and the Mermaid version', () => {
    const h = diagramHash(SRC, 'light', '12.3.0');
    expect(diagramHash(SRC.replace('A --> B', 'A --> C'), 'light', '12.3.0')).not.toBe(h);
    expect(diagramHash(SRC, 'dark', '12.3.0')).not.toBe(h);
    expect(diagramHash(SRC, 'light', '12.4.0')).not.toBe(h);
    expect(diagramFileName(SRC, 'dark', '12.3.0')).toMatch(/^[0-9a-f]{16}-dark\.svg$/);
  });
});

describe('diagram sources', () => {
  it('finds mermaid fences and nothing else', () => {
    const md = `text\n\n\`\`\`mermaid\n${SRC}\`\`\`\n\n\`\`\`sh\necho mermaid\n\`\`\`\n\n~~~~mermaid\nflowchart LR\n  accTitle: B\n  X --> Y\n~~~~\n`;
    const blocks = extractMermaidBlocks(md);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toBe(SRC);
    expect(blocks[1]).toContain('X --> Y');
  });
  it('reads accTitle and accDescr, including the block form', () => {
    expect(readAccessibility(SRC)).toEqual({ title: 'Fall-through', description: 'Only 404 and 410 fall through after a comma.' });
    expect(readAccessibility('flowchart TD\naccTitle: T\naccDescr {\n  two\n  lines\n}\nA-->B').description).toBe('two lines');
    expect(readAccessibility('flowchart TD\nA-->B')).toEqual({});
  });
  it('reads the size from the viewBox', () => {
    expect(svgSize('<svg viewBox="0 0 426.5 200" xmlns="…">')).toEqual({ width: 427, height: 200 });
    expect(svgSize('<svg>')).toBeNull();
  });
});

describe('the build-time plugin', () => {
  const fence = (source: string) => ({
    type: 'element',
    tagName: 'pre',
    properties: {},
    children: [
      { type: 'element', tagName: 'code', properties: { className: ['language-mermaid'] }, children: [{ type: 'text', value: source }] },
    ],
  });
  // biome-ignore lint/suspicious/noExplicitAny: the plugin's visitor is typed by satteri
  const visit = (publicDir: string, node: unknown) => (mermaidImages({ publicDir, base: '/modfix/' }) as any).element.visit(node, {});

  it('fails with "run npm run diagrams" when the SVG is not rendered', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modfix-diagrams-'));
    expect(() => visit(dir, fence(SRC))).toThrow(/run npm run diagrams/);
  });
  it('swaps the fence for light and dark images with alt text under the base path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modfix-diagrams-'));
    const version = (require('mermaid/package.json') as { version: string }).version;
    for (const theme of ['light', 'dark'] as const) {
      const name = diagramFileName(SRC, theme, version);
      mkdirSync(join(dir, 'diagrams'), { recursive: true });
      writeFileSync(join(dir, 'diagrams', name), '<svg viewBox="0 0 100 50"></svg>');
    }
    const out = visit(dir, fence(SRC));
    expect(out.tagName).toBe('figure');
    const imgs = out.children.filter((c: { tagName: string }) => c.tagName === 'img');
    expect(imgs.map((i: { properties: { src: string } }) => i.properties.src)).toEqual([
      `/modfix/diagrams/${diagramFileName(SRC, 'light', version)}`,
      `/modfix/diagrams/${diagramFileName(SRC, 'dark', version)}`,
    ]);
    expect(imgs[0].properties.alt).toBe('Fall-through — Only 404 and 410 fall through after a comma.');
    expect(imgs[0].properties.width).toBe(100);
  });
  it('refuses a diagram without accTitle/accDescr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modfix-diagrams-'));
    expect(() => visit(dir, fence('flowchart TD\n A-->B'))).toThrow(/accTitle/);
  });
  it('leaves other code blocks alone', () => {
    const node = fence('echo hi');
    node.children[0]!.properties.className = ['language-sh'];
    expect(visit('/nonexistent', node)).toBeUndefined();
  });
});
