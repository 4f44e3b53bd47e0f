// Link text for the guide sections findings point to: "<guide title> › <section heading>", read at
// build time from the guides' MDX (`## Heading {#anchor}`), so links name what the reader will find.
import { GUIDE_ANCHORS, type GuideSlug } from '../../lib/lint/guide-anchors.ts';

export interface GuideSource {
  slug: string;
  title: string;
  body: string;
}

/** "slug#anchor" → link text, for every anchor the linter can link to that the guides define. */
export function guideSectionTitles(guides: GuideSource[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const g of guides) {
    const anchors = GUIDE_ANCHORS[g.slug as GuideSlug];
    if (!anchors) continue;
    for (const m of g.body.matchAll(/^#{2,6}[ \t]+(.+?)[ \t]*\{#([a-z0-9-]+)\}[ \t]*$/gm)) {
      const [, heading = '', anchor = ''] = m;
      if (anchor in anchors) out[`${g.slug}#${anchor}`] = `${g.title} › ${heading.replace(/`/g, '')}`;
    }
  }
  return out;
}
