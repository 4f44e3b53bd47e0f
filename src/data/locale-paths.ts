// getStaticPaths for pages that exist once per language: zh-CN at the root, English under /en/.
import { LOCALES, localeSegment } from '../lib/i18n/locales.ts';

export function localePaths() {
  return LOCALES.map((locale) => ({ params: { lang: localeSegment(locale) }, props: { locale } }));
}
