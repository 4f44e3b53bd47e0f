// Reads the guide sources directly (frontmatter + headings + code blocks) for content tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { GUIDE_LOCALES, type GuideLocale } from '../../src/lib/content/guide-schema.ts';

export const GUIDE_ROOT = new URL('../../content/guides/', import.meta.url).pathname;

export interface GuideSource {
  locale: GuideLocale;
  file: string;
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
  /** `##`/`###` headings outside code fences: level and explicit id (null when missing). */
  headings: Array<{ level: number; id: string | null; text: string }>;
  /** Fenced code blocks: language, meta string and text. */
  blocks: Array<{ lang: string; meta: string; code: string }>;
}

export function readGuide(locale: GuideLocale, file: string): GuideSource {
  const text = readFileSync(join(GUIDE_ROOT, locale, file), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
  if (!m) throw new Error(`${locale}/${file}: no frontmatter`);
  const frontmatter = parseYaml(m[1] ?? '') as Record<string, unknown>;
  const body = m[2] ?? '';
  const headings: GuideSource['headings'] = [];
  const blocks: GuideSource['blocks'] = [];
  let fence: { marker: string; lang: string; meta: string; lines: string[] } | null = null;
  for (const line of body.split('\n')) {
    if (fence) {
      if (line.trim() === fence.marker) {
        blocks.push({ lang: fence.lang, meta: fence.meta, code: fence.lines.join('\n') });
        fence = null;
      } else fence.lines.push(line);
      continue;
    }
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/.exec(line);
    if (open) {
      fence = { marker: open[1] ?? '```', lang: open[2] ?? '', meta: open[3] ?? '', lines: [] };
      continue;
    }
    const h = /^(#{2,3})\s+(.*?)\s*(?:\{#([\w-]+)\})?\s*$/.exec(line);
    if (h) headings.push({ level: (h[1] ?? '').length, id: h[3] ?? null, text: h[2] ?? '' });
  }
  return { locale, file, slug: String(frontmatter.slug ?? ''), frontmatter, body, headings, blocks };
}

export function allGuides(): GuideSource[] {
  return GUIDE_LOCALES.flatMap((locale) =>
    readdirSync(join(GUIDE_ROOT, locale))
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => readGuide(locale, f)),
  );
}
