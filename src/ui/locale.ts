import type { LocalizedText } from '../engine/types';

/** The two languages of every Wise Reader screen: Vietnamese first, English second. */
export type UiLanguage = 'vi' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['vi', 'en'];

/** What the person chose: follow the browser, or one language. */
export type UiLanguagePreference = 'auto' | UiLanguage;

/**
 * The language to show: the person's choice, else the first browser language we have (vi or en), else
 * Vietnamese — the extension is made for Vietnamese readers, so an unknown browser language falls back to it.
 */
export function resolveUiLanguage(
  preference: UiLanguagePreference,
  browserLanguages: readonly string[],
): UiLanguage {
  if (preference !== 'auto') return preference;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'vi' || primary === 'en') return primary;
  }
  return 'vi';
}

/** Pack text in the chosen language; packs may leave English out, so Vietnamese stands in for it. */
export function localize(text: LocalizedText, lang: UiLanguage): string {
  return lang === 'en' ? (text.en ?? text.vi) : text.vi;
}
