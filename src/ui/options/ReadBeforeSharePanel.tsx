import { useEffect, useRef, useState } from 'preact/hooks';
import type { OptionsLanguage } from './options-strings';

/** The words of this panel, Vietnamese first (kept here: the panel is the only place they are shown). */
const STRINGS = {
  vi: {
    heading: 'Đọc trước khi chia sẻ',
    reason:
      'Khi bạn chia sẻ một đường link, Wise Reader có thể cho bạn biết bạn đã mở trang đó trong trình duyệt này chưa, và mời bạn “Mở đọc trước”. Để biết điều đó, tiện ích cần quyền xem lịch sử duyệt web.',
    privacy:
      'Việc xem chỉ diễn ra trên máy này: không gửi gì đi, không gửi yêu cầu nào tới trang được chia sẻ. Không cho phép thì hộp thoại không nói gì về việc bạn đã mở trang hay chưa.',
    on: 'Đang bật: hộp thoại cho biết bạn đã mở trang được chia sẻ chưa.',
    off: 'Đang tắt.',
    allow: 'Cho phép xem lịch sử duyệt web',
    turnOff: 'Tắt',
    refused: 'Trình duyệt chưa cấp quyền. Bạn có thể thử lại bất cứ lúc nào.',
  },
  en: {
    heading: 'Read before you share',
    reason:
      'When you share a link, Wise Reader can tell you whether you have opened that page in this browser, and offer “Open it first”. To know that, it needs permission to read your browsing history.',
    privacy:
      'It looks only on this device: nothing is sent anywhere, and no request is made to the shared page. Without the permission the dialog says nothing about whether you opened a page.',
    on: 'On: the dialog says whether you have opened a page you share.',
    off: 'Off.',
    allow: 'Allow reading browsing history',
    turnOff: 'Turn off',
    refused: 'The browser did not grant it. You can try again at any time.',
  },
} as const;

export interface ReadBeforeShareProps {
  /** Whether the optional `history` permission is granted (null while the page finds out). */
  granted: boolean | null;
  /** Asks the browser for the permission (must run inside the click: browsers require a user gesture). */
  onAllow(): Promise<boolean>;
  onTurnOff(): void;
  /** The dialog sent the person here: bring the panel into view and focus its button. */
  focus?: boolean;
}

/** The one place the `history` permission is asked for, with the reason in plain words. */
export function ReadBeforeSharePanel(props: ReadBeforeShareProps & { lang: OptionsLanguage }) {
  const t = STRINGS[props.lang];
  const [refused, setRefused] = useState(false);
  const section = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!props.focus || props.granted === null) return;
    section.current?.scrollIntoView({ block: 'center' });
    button.current?.focus();
  }, [props.focus, props.granted === null]);
  return (
    <section
      ref={section}
      id="read-before-share"
      class="wr-read-before-share"
      data-testid="wr-read-before-share"
      data-granted={props.granted === null ? undefined : String(props.granted)}
      aria-labelledby="wr-read-before-share-heading"
    >
      <h2 id="wr-read-before-share-heading">{t.heading}</h2>
      <p>{t.reason}</p>
      <p>{t.privacy}</p>
      {props.granted === null ? null : props.granted ? (
        <p>
          <span data-testid="wr-history-state">{t.on}</span>{' '}
          <button ref={button} type="button" data-testid="wr-history-off" onClick={() => props.onTurnOff()}>
            {t.turnOff}
          </button>
        </p>
      ) : (
        <p>
          <span data-testid="wr-history-state">{t.off}</span>{' '}
          <button
            ref={button}
            type="button"
            data-testid="wr-history-allow"
            onClick={() => {
              setRefused(false);
              props.onAllow().then(
                (granted) => setRefused(!granted),
                () => setRefused(true),
              );
            }}
          >
            {t.allow}
          </button>
        </p>
      )}
      {refused && <p role="status">{t.refused}</p>}
    </section>
  );
}
