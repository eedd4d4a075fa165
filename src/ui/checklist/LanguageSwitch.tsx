import type { UiLanguage, UiLanguagePreference } from '../locale';
import { CHECKLIST_STRINGS } from './checklist-strings';

const CHOICES: readonly { value: UiLanguagePreference; label: Record<UiLanguage, string> }[] = [
  { value: 'auto', label: { vi: 'Tự động', en: 'Auto' } },
  { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Tiếng Việt' } },
  { value: 'en', label: { vi: 'English', en: 'English' } },
];

/** Vietnamese / English / follow the browser. */
export function LanguageSwitch(props: {
  lang: UiLanguage;
  value: UiLanguagePreference;
  onChange: (value: UiLanguagePreference) => void;
}) {
  return (
    <select
      class="wr-language"
      data-testid="wr-language"
      aria-label={CHECKLIST_STRINGS[props.lang].languageLabel}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value as UiLanguagePreference)}
    >
      {CHOICES.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label[props.lang]}
        </option>
      ))}
    </select>
  );
}
