// Every guide link the doctor can produce points at a heading that exists in both languages.
import { describe, expect, it } from 'vitest';
import { CAUSE_ADVICE, VARIANTS } from '../../src/lib/doctor/advice.ts';
import { GUIDE_ANCHORS } from '../../src/lib/doctor/guide-anchors.ts';
import { RULES } from '../../src/lib/doctor/rules.ts';
import { readGuide } from '../support/guides.ts';

const listed = Object.entries(GUIDE_ANCHORS).flatMap(([slug, anchors]) => Object.keys(anchors).map((a) => `${slug}#${a}`));
const used = new Set([
  ...Object.values(CAUSE_ADVICE).map((a) => `${a.guide.slug}#${a.guide.anchor}`),
  ...Object.values(VARIANTS).map((a) => `${a.guide.slug}#${a.guide.anchor}`),
  ...RULES.flatMap((r) => (r.guide ? [`${r.guide.slug}#${r.guide.anchor}`] : [])),
]);

describe('doctor guide anchors', () => {
  it.each(listed)('%s is a heading id in the zh-cn and en guide', (ref) => {
    const [slug, anchor] = ref.split('#') as [string, string];
    for (const locale of ['zh-cn', 'en'] as const) {
      const ids = readGuide(locale, `${slug}.mdx`).headings.map((h) => h.id);
      expect(ids, `content/guides/${locale}/${slug}.mdx`).toContain(anchor);
    }
  });

  it('lists every anchor an advice text or rule links to', () => {
    expect([...used].filter((r) => !listed.includes(r))).toEqual([]);
  });

  it('links to every listed anchor (no stale entries)', () => {
    expect(listed.filter((r) => !used.has(r))).toEqual([]);
  });
});
