import type { UiLanguage } from '../locale';

export interface ImageReadingSettingProps {
  lang: UiLanguage;
  enabled: boolean;
  /** What the organisation set (`readImages`): the switch shows it and cannot be changed. */
  policy?: boolean;
  onChange(enabled: boolean): void;
}

const STRINGS = {
  vi: {
    heading: 'Đọc chữ trong ảnh',
    label: 'Đọc chữ trong ảnh đính kèm và ảnh bạn chọn kiểm tra, rồi kiểm tra như với chữ',
    note: 'Ảnh được đọc ngay trên máy này (OCR cục bộ); ảnh và chữ trong ảnh không được gửi đi đâu và không được lưu lại.',
    locked: 'Do tổ chức của bạn thiết lập.',
  },
  en: {
    heading: 'Reading images',
    label: 'Read the text in attached images and in images you check, and check it like text',
    note: 'Images are read on this computer (local OCR); neither they nor their text are sent anywhere or kept.',
    locked: 'Set by your organisation.',
  },
} as const;

/** The options page's switch for image reading (src/settings/image-reading.ts). */
export function ImageReadingSetting({ lang, enabled, policy, onChange }: ImageReadingSettingProps) {
  const t = STRINGS[lang];
  const locked = policy !== undefined;
  return (
    <section class="wr-image-reading" data-testid="wr-image-reading">
      <h2>{t.heading}</h2>
      <label>
        <input
          type="checkbox"
          data-testid="wr-image-reading-toggle"
          checked={policy ?? enabled}
          disabled={locked}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t.label}
      </label>
      <p>{t.note}</p>
      {locked && <p>{t.locked}</p>}
    </section>
  );
}
