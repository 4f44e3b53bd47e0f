// Guide lookups shared by the index and guide pages.
import { type CollectionEntry, getCollection } from 'astro:content';
import type { Locale } from '../lib/i18n/locales.ts';

export type Guide = CollectionEntry<'guides'>;

export function guideLocale(g: Guide): Locale {
  return g.id.startsWith('en/') ? 'en' : 'zh-cn';
}

export async function guidesFor(locale: Locale): Promise<Guide[]> {
  const all = await getCollection('guides');
  return all.filter((g) => guideLocale(g) === locale).sort((a, b) => a.data.order - b.data.order);
}

/** Repository path of a guide's source file, for edit and report links. */
export function guideSourcePath(g: Guide): string {
  return `content/guides/${g.id}.mdx`;
}
