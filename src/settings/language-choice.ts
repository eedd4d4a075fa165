// Which of the two languages a Wise Reader screen shows — one rule for the dialog, the badge, the popup, the
// checklist and the options page. Pure: no storage library, so the page UI script can use it as it is.

/** The two languages of every Wise Reader screen: Vietnamese first, English second. */
export type UiLanguage = 'vi' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['vi', 'en'];

/** What the person chose: follow the browser, or one language. */
export type UiLanguagePreference = 'auto' | UiLanguage;

/**
 * The language to show:
 * 1. the person's own choice (options page), when they made one;
 * 2. else the first of the browser's languages, in the person's order, that we have (vi or en): a browser
 *    set to `en-US, vi` shows English, one set to `fr, vi` Vietnamese;
 * 3. else, when the browser lists languages but neither of ours (a browser in German, Korean…): English.
 *    Someone who reads Vietnamese nearly always has it in that list, so its absence says this reader is
 *    better served by the more widely read of our two languages;
 * 4. no browser languages at all (nothing to go on): Vietnamese, the language the extension is made for.
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
  return browserLanguages.some((tag) => tag.trim() !== '') ? 'en' : 'vi';
}

/** The browser's languages in the person's order (navigator.languages, else navigator.language). */
export function browserLanguages(nav: Pick<Navigator, 'languages' | 'language'> | undefined): string[] {
  if (!nav) return [];
  if (nav.languages?.length) return [...nav.languages];
  return nav.language ? [nav.language] : [];
}
