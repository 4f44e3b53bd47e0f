import { describe, expect, it } from 'vitest';
import { LOCALES, localePath, splitLocale } from '../../src/lib/i18n/locales.ts';
import { UI } from '../../src/lib/i18n/ui.ts';

describe('interface strings', () => {
  it('every key has a non-empty text in every language', () => {
    const keys = Object.keys(UI.en).sort();
    for (const l of LOCALES) {
      expect(Object.keys(UI[l]).sort(), l).toEqual(keys);
      for (const k of keys) expect(UI[l][k as keyof typeof UI.en].trim(), `${l} ${k}`).not.toBe('');
    }
  });
  it('Chinese strings are not left in English', () => {
    const same = Object.keys(UI.en).filter((k) => UI['zh-cn'][k as keyof typeof UI.en] === UI.en[k as keyof typeof UI.en]);
    expect(same).toEqual(['site.name']);
  });
});

describe('locale paths', () => {
  it('maps paths between languages both ways', () => {
    expect(localePath('zh-cn', '/guides/x/')).toBe('/guides/x/');
    expect(localePath('en', '/guides/x/')).toBe('/en/guides/x/');
    expect(localePath('en', '/')).toBe('/en/');
    expect(splitLocale('/en/guides/x/')).toEqual({ locale: 'en', rest: '/guides/x/' });
    expect(splitLocale('/en')).toEqual({ locale: 'en', rest: '/' });
    expect(splitLocale('/guides/x/')).toEqual({ locale: 'zh-cn', rest: '/guides/x/' });
    expect(splitLocale('/english/')).toEqual({ locale: 'zh-cn', rest: '/english/' });
  });
});
