// The two languages every user-facing text of the generator core carries.
export type Locale = 'en' | 'zh-CN';
export type Localized = Record<Locale, string>;

/** Builds a Localized from an English and a Chinese text. */
export const t = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

/** Replaces `{name}` placeholders. */
export function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
