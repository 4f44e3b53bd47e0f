// Mermaid diagrams are rendered to SVG ahead of the build (npm run diagrams) and looked up by a
// hash of everything that affects the picture, so the build itself never needs a browser.
import { createHash } from 'node:crypto';

export type DiagramTheme = 'light' | 'dark';
export const DIAGRAM_THEMES: readonly DiagramTheme[] = ['light', 'dark'];

/** Mermaid settings that affect the output; part of the hash so a change re-renders everything. */
export const RENDER_CONFIG = {
  layout: 'dagre',
  look: 'classic',
  htmlLabels: false,
  fontFamily: '"Noto Sans CJK SC", "Noto Sans", system-ui, sans-serif',
  themes: { light: 'default', dark: 'dark' },
} as const;

/** Where rendered SVGs live, relative to public/ (served at `${base}diagrams/…`). */
export const DIAGRAM_DIR = 'diagrams';

/** Normalises line endings and trailing space so that cosmetic edits do not change the hash. */
export function normalizeSource(source: string): string {
  return `${source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim()}\n`;
}

export function diagramHash(source: string, theme: DiagramTheme, mermaidVersion: string): string {
  return createHash('sha256')
    .update(JSON.stringify([mermaidVersion, RENDER_CONFIG, theme, normalizeSource(source)]))
    .digest('hex')
    .slice(0, 16);
}

export function diagramFileName(source: string, theme: DiagramTheme, mermaidVersion: string): string {
  return `${diagramHash(source, theme, mermaidVersion)}-${theme}.svg`;
}

export interface Accessibility {
  title?: string;
  description?: string;
}

/** Reads `accTitle:` and `accDescr:` (single-line or `accDescr { … }`) from a diagram. */
export function readAccessibility(source: string): Accessibility {
  const out: Accessibility = {};
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source);
  if (title?.[1]) out.title = title[1].trim();
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source);
  const line = /^\s*accDescr\s*:\s*(.+)$/m.exec(source);
  const descr = block?.[1] ?? line?.[1];
  if (descr) out.description = descr.replace(/\s+/g, ' ').trim();
  return out;
}

/** Every ```mermaid fence in a Markdown/MDX source, in order. */
export function extractMermaidBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const fence = /^([ \t]*)(`{3,}|~{3,})[ \t]*mermaid\b[^\n]*\n([\s\S]*?)^\1\2[ \t]*$/gm;
  for (const m of markdown.matchAll(fence)) blocks.push(m[3] ?? '');
  return blocks;
}

/** Width and height from an SVG's viewBox, to reserve space and avoid layout shift. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const vb = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!vb) return null;
  return { width: Math.round(Number(vb[1])), height: Math.round(Number(vb[2])) };
}
