// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import expressiveCode from 'astro-expressive-code';
import { defineConfig } from 'astro/config';
import { focusableCode } from './src/markdown/focusable-code.ts';
import { mermaidImages } from './src/markdown/mermaid-images.ts';
import { shellPrompts } from './src/markdown/shell-prompts.ts';

// MODFIX_BASE publishes under a sub-path (e.g. an intranet at /modfix/); MODFIX_SITE is the
// public origin used for the sitemap and canonical links.
const base = process.env.MODFIX_BASE ?? '/';
const site = process.env.MODFIX_SITE ?? 'https://modfix.example';
// MODFIX_OUT builds elsewhere than dist/ (parallel builds on one checkout; E2E follows it).
const outDir = process.env.MODFIX_OUT ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'ignore',
  output: 'static',
  // Every page carries a Content-Security-Policy: nothing may be fetched from, or sent to, another
  // origin (readers paste tokens into the generator; many sit behind the firewalls we write about).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's UI script is loaded from this origin on demand and runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Highlighted code and islands set style attributes; <style> elements still need a hash.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  i18n: {
    defaultLocale: 'zh-cn',
    locales: ['zh-cn', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    processor: satteri({
      hastPlugins: [mermaidImages({ publicDir: fileURLToPath(new URL('./public/', import.meta.url)), base })],
      features: { headingAttributes: true },
    }),
  },
  integrations: [
    expressiveCode({
      themes: ['github-light', 'github-dark'],
      themeCssSelector: (theme) => (theme.type === 'dark' ? '[data-theme="dark"]' : '[data-theme="light"]'),
      useDarkModeMediaQuery: false,
      plugins: [shellPrompts(), focusableCode()],
      styleOverrides: { codeFontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
    }),
    mdx(),
    preact(),
    sitemap({
      i18n: { defaultLocale: 'zh-cn', locales: { 'zh-cn': 'zh-CN', en: 'en' } },
    }),
  ],
});
