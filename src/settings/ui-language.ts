import {
  browserLanguages,
  resolveUiLanguage,
  type UiLanguage,
  type UiLanguagePreference,
} from './language-choice';
import { UI_LANGUAGE } from './stored-keys';
import { typedItem } from './typed-item';

/**
 * The language of every Wise Reader screen: follow the browser (default) or always Vietnamese / English.
 * `_locales` cannot be switched at run time, so UI strings live in TS tables and this item picks the table.
 */
export const uiLanguagePreference = typedItem(UI_LANGUAGE);

/** The switch's choices, each labelled in its own language (the options page shows them as they are). */
export const UI_LANGUAGE_CHOICES: readonly {
  value: UiLanguagePreference;
  label: { vi: string; en: string };
}[] = [
  { value: 'auto', label: { vi: 'Theo trình duyệt', en: 'Follow the browser' } },
  { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Tiếng Việt' } },
  { value: 'en', label: { vi: 'English', en: 'English' } },
];

/** The language to show now. */
export async function currentUiLanguage(): Promise<UiLanguage> {
  return resolveUiLanguage(
    await uiLanguagePreference.getValue(),
    browserLanguages(typeof navigator === 'undefined' ? undefined : navigator),
  );
}

/** Calls back with the language now and whenever the person switches; returns the function that stops it. */
export function watchUiLanguage(callback: (lang: UiLanguage) => void): () => void {
  let stopped = false;
  void currentUiLanguage().then((lang) => {
    if (!stopped) callback(lang);
  });
  const unwatch = uiLanguagePreference.watch((preference) =>
    callback(
      resolveUiLanguage(
        preference ?? 'auto',
        browserLanguages(typeof navigator === 'undefined' ? undefined : navigator),
      ),
    ),
  );
  return () => {
    stopped = true;
    unwatch();
  };
}

export { resolveUiLanguage, type UiLanguage, type UiLanguagePreference } from './language-choice';
