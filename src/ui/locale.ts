import type { LocalizedText } from '../engine/types';

// The language rule is one function for every screen (src/settings/language-choice.ts); the UI uses it here.
export {
  UI_LANGUAGES,
  resolveUiLanguage,
  type UiLanguage,
  type UiLanguagePreference,
} from '../settings/language-choice';
import type { UiLanguage } from '../settings/language-choice';

/** Pack text in the chosen language; packs may leave English out, so Vietnamese stands in for it. */
export function localize(text: LocalizedText, lang: UiLanguage): string {
  return lang === 'en' ? (text.en ?? text.vi) : text.vi;
}
