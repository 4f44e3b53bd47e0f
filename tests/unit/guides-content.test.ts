// Every guide exists in both languages with the same structure, and its frontmatter is valid.
import { describe, expect, it } from 'vitest';
import { GUIDE_LOCALES, guideSchema } from '../../src/lib/content/guide-schema.ts';
import { allGuides } from '../support/guides.ts';

const guides = allGuides();
const bySlug = new Map<string, typeof guides>();
for (const g of guides) bySlug.set(g.slug, [...(bySlug.get(g.slug) ?? []), g]);

describe('guides', () => {
  // The library the issues ask for: a missing or renamed guide fails here, not in a reader's browser.
  it('cover every topic', () => {
    expect([...bySlug.keys()].sort()).toEqual(
      [
        'checksum-database',
        'choosing-a-mirror',
        'corporate-proxy',
        'diagnosing-network',
        'docker-and-ci',
        'environment-variables',
        'gomod-problems',
        'how-goproxy-works',
        'module-cache-offline',
        'own-proxy',
        'private-modules',
        'toolchain-downloads',
        'why-tidy-cannot-download',
      ].sort(),
    );
  });

  // Symptoms feed the index and search: each is the go command's own text, shown in the guide
  // itself (quoted in prose or in a code block) and identical in both languages.
  it.each(guides.map((g) => [`${g.locale}/${g.file}`, g] as const))(
    '%s quotes each of its symptoms and anchors them to a heading',
    (_, g) => {
      const symptoms = (g.frontmatter.symptoms as Array<string | { text: string; anchor?: string }>).map((s) =>
        typeof s === 'string' ? { text: s } : s,
      );
      const squash = (t: string) => t.replace(/\\([{}<>])/g, '$1').replace(/\s+/g, ' ');
      const body = squash(g.body);
      const ids = new Set(g.headings.map((h) => h.id));
      expect(symptoms.filter((s) => !body.includes(squash(s.text))).map((s) => s.text)).toEqual([]);
      expect(symptoms.filter((s) => s.anchor && !ids.has(s.anchor)).map((s) => s.anchor)).toEqual([]);
    },
  );

  it.each(guides.map((g) => [`${g.locale}/${g.file}`, g] as const))('%s has valid frontmatter named after its file', (_, g) => {
    const r = guideSchema.safeParse(g.frontmatter);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(`${g.slug}.mdx`).toBe(g.file);
  });

  it.each([...bySlug.keys()])('%s has a translation in every language with the same headings', (slug) => {
    const versions = bySlug.get(slug) ?? [];
    expect(versions.map((v) => v.locale).sort()).toEqual([...GUIDE_LOCALES].sort());
    const [a, b] = versions as [(typeof guides)[0], (typeof guides)[0]];
    for (const key of ['order', 'group', 'preset', 'goVersions']) {
      expect(b.frontmatter[key], `${slug}: ${key}`).toEqual(a.frontmatter[key]);
    }
    expect(b.headings.map((h) => `${h.level}#${h.id}`)).toEqual(a.headings.map((h) => `${h.level}#${h.id}`));
    expect(b.frontmatter.symptoms, `${slug}: symptoms`).toEqual(a.frontmatter.symptoms);
  });

  it.each(guides.map((g) => [`${g.locale}/${g.file}`, g] as const))(
    '%s gives every heading an explicit id and has Verify and Sources',
    (_, g) => {
      expect(g.headings.filter((h) => !h.id).map((h) => h.text)).toEqual([]);
      const ids = g.headings.map((h) => h.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toContain('verify');
      expect(ids).toContain('sources');
      expect(g.blocks.some((b) => b.lang === 'mermaid')).toBe(true);
    },
  );

  it('orders are unique per language', () => {
    for (const locale of GUIDE_LOCALES) {
      const orders = guides.filter((g) => g.locale === locale).map((g) => g.frontmatter.order);
      expect(new Set(orders).size).toBe(orders.length);
    }
  });
});

describe('guideSchema', () => {
  const valid = {
    title: 'How GOPROXY works',
    description: 'The GOPROXY list, comma versus pipe, direct and off.',
    slug: 'how-goproxy-works',
    order: 2,
    group: 'proxy',
    symptoms: ['GOPROXY list is not the empty string, but contains no entries'],
    goVersions: ['1.19'],
    preset: 'china-mainland',
    updated: '2026-11-23',
  };
  it('accepts a complete guide', () => {
    expect(guideSchema.safeParse(valid).success).toBe(true);
  });
  it.each([
    ['slug', { slug: 'How GOPROXY' }],
    ['symptoms', { symptoms: [] }],
    ['goVersions', { goVersions: ['go1.19'] }],
    ['preset', { preset: 'nope' }],
    ['preset', { preset: undefined }],
    ['group', { group: 'misc' }],
    ['updated', { updated: 'yesterday' }],
    ['extra', { extra: 1 }],
  ])('rejects a bad %s and names the field', (field, patch) => {
    const r = guideSchema.safeParse({ ...valid, ...patch });
    expect(r.success).toBe(false);
    const text = r.error?.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('\n') ?? '';
    expect(text).toContain(field === 'extra' ? 'extra' : field);
  });
});
