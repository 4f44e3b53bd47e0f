import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { guideSchema } from './lib/content/guide-schema.ts';

const guides = defineCollection({
  // Entry ids are "<locale>/<slug>", e.g. "en/how-goproxy-works".
  loader: glob({
    base: './content/guides',
    pattern: '*/*.mdx',
    // The frontmatter slug is shared by translations, so it cannot be the id.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: guideSchema,
});

export const collections = { guides };
