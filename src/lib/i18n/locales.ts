// Locales: zh-CN is the default at the site root, English lives under /en/.
export const LOCALES = ['zh-cn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-cn';

/** BCP 47 tag for <html lang> and Intl. */
export const HTML_LANG: Record<Locale, string> = { 'zh-cn': 'zh-CN', en: 'en' };
export const LOCALE_NAME: Record<Locale, string> = { 'zh-cn': '中文', en: 'English' };

/** The route segment for a locale: undefined for the default one. */
export function localeSegment(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** Site path (without base) of `path` in `locale`: localePath('en', '/guides/x/') → '/en/guides/x/'. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean === '/' ? '/' : clean}`;
}

/** Splits a site path (without base) into its locale and the locale-free rest. */
export function splitLocale(path: string): { locale: Locale; rest: string } {
  const m = /^\/(en)(\/.*|$)/.exec(path);
  if (m) return { locale: 'en', rest: m[2] || '/' };
  return { locale: DEFAULT_LOCALE, rest: path || '/' };
}

export function isLocale(x: string | undefined): x is Locale {
  return (LOCALES as readonly string[]).includes(x ?? '');
}
