// Frontmatter of a guide (content/guides/<locale>/<slug>.mdx). The content collection validates
// every file with this schema, so a bad field fails the build naming the file and the field.
import { z } from 'zod';

export const GUIDE_LOCALES = ['zh-cn', 'en'] as const;
export type GuideLocale = (typeof GUIDE_LOCALES)[number];

export const PRESET_IDS = ['china-mainland', 'corporate-gitlab', 'docker-private', 'github-actions', 'offline', 'global-default'] as const;

/** Symptom groups for the guide index: a reader picks the kind of error they see. */
export const SYMPTOM_GROUPS = ['network', 'proxy', 'private', 'checksum', 'gomod', 'toolchain', 'setup'] as const;

export const guideSchema = z
  .object({
    title: z.string().min(4, 'title: at least 4 characters'),
    description: z.string().min(20, 'description: at least 20 characters').max(240, 'description: at most 240 characters'),
    /** Same slug in every language: it pairs a guide with its translation. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug: lower-case words joined by hyphens'),
    order: z.number().int().min(1),
    group: z.enum(SYMPTOM_GROUPS),
    /**
     * Exact error texts (or their stable fragments) this guide answers, each optionally with the
     * id of the section that answers it, so the index links straight there.
     */
    symptoms: z
      .array(
        z.union([
          z.string().min(6, 'symptoms: each at least 6 characters'),
          z.object({
            text: z.string().min(6, 'symptoms: each at least 6 characters'),
            anchor: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'symptoms: anchor must be a kebab-case heading id'),
          }),
        ]),
      )
      .min(1, 'symptoms: list at least one error text'),
    /** Go releases the guide's statements were checked against, e.g. "1.19", "1.23". */
    goVersions: z.array(z.string().regex(/^1\.\d+(?:\.\d+)?$/, 'goVersions: like "1.23"')).min(1),
    /** The generator preset the "fix it now" box opens: every guide has one. */
    preset: z.enum(PRESET_IDS, {
      error:
        'preset: one of the generator presets (china-mainland, corporate-gitlab, docker-private, github-actions, offline, global-default)',
    }),
    updated: z.coerce.date(),
  })
  .strict();

export type GuideFrontmatter = z.infer<typeof guideSchema>;
export type Symptom = GuideFrontmatter['symptoms'][number];

export function symptomText(s: Symptom): string {
  return typeof s === 'string' ? s : s.text;
}
export function symptomAnchor(s: Symptom): string | undefined {
  return typeof s === 'string' ? undefined : s.anchor;
}
