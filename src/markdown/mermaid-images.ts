// Sätteri hast plugin: swaps each ```mermaid fence for the pre-rendered light and dark SVGs.
// A fence without a cached SVG fails the build: diagrams are rendered by `npm run diagrams`.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { HastPluginDefinition } from 'satteri';
import { DIAGRAM_DIR, DIAGRAM_THEMES, diagramFileName, readAccessibility, svgSize } from '../lib/diagrams/diagram.ts';

const mermaidVersion: string = createRequire(import.meta.url)('mermaid/package.json').version;

interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: Array<HastElement | HastText>;
}

function textOf(node: HastElement | HastText): string {
  return node.type === 'text' ? node.value : node.children.map(textOf).join('');
}

export function mermaidImages(options: { publicDir: string; base: string }): HastPluginDefinition {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  return {
    name: 'modfix-mermaid-images',
    element: {
      filter: ['pre'],
      visit(node: HastElement, ctx: { fileURL?: URL }) {
        const code = node.children[0];
        if (code?.type !== 'element' || code.tagName !== 'code') return;
        const cls = code.properties.className;
        const classes = Array.isArray(cls) ? cls : typeof cls === 'string' ? cls.split(' ') : [];
        if (!classes.includes('language-mermaid')) return;
        const source = textOf(code);
        const acc = readAccessibility(source);
        const alt = [acc.title, acc.description].filter(Boolean).join(' — ');
        if (!alt) {
          throw new Error(`${ctx.fileURL?.pathname ?? 'a guide'}: a mermaid diagram needs accTitle/accDescr for its alt text`);
        }
        const images = DIAGRAM_THEMES.map((theme): HastElement => {
          const file = diagramFileName(source, theme, mermaidVersion);
          const path = join(options.publicDir, DIAGRAM_DIR, file);
          if (!existsSync(path)) {
            throw new Error(
              `${ctx.fileURL?.pathname ?? 'a guide'}: diagram "${acc.title ?? source.slice(0, 40)}" has no rendered SVG (${DIAGRAM_DIR}/${file}); run npm run diagrams`,
            );
          }
          const size = svgSize(readFileSync(path, 'utf8'));
          return {
            type: 'element',
            tagName: 'img',
            properties: {
              className: ['diagram', `diagram-${theme}`],
              src: `${base}${DIAGRAM_DIR}/${file}`,
              alt,
              loading: 'lazy',
              decoding: 'async',
              ...(size ? { width: size.width, height: size.height } : {}),
            },
            children: [],
          };
        });
        const caption: HastElement[] = acc.title
          ? [{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: acc.title }] }]
          : [];
        return {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['diagram-figure'] },
          children: [...images, ...caption],
        } satisfies HastElement;
      },
    },
  } as unknown as HastPluginDefinition;
}
