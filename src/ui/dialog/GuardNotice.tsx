import type { GuardNotice as Notice } from '../../guard/guard-types';
import type { UiLanguage } from './dialog-strings';
import { NOTICE_STRINGS } from './notice-strings';

export interface GuardNoticeProps {
  notice: Notice;
  lang: UiLanguage;
  onClose(): void;
}

/**
 * A short message at the bottom of the page, outside the dialog. It never takes the focus: the person is
 * asked to do something on the page itself (press the control once more).
 */
export function GuardNotice({ notice, lang, onClose }: GuardNoticeProps) {
  const s = NOTICE_STRINGS[lang];
  const text = s.pressAgain[notice.action];
  return (
    <div class="wr-notice" role="status" aria-live="polite" data-testid="wr-notice" data-kind={notice.kind}>
      <strong class="wr-notice-title">{text.title}</strong>
      <p class="wr-notice-body">{text.body}</p>
      <button type="button" class="wr-button" data-testid="wr-notice-close" onClick={() => onClose()}>
        {s.close}
      </button>
    </div>
  );
}

// The notice lets every press through to the page beneath it (pointer-events: none), except on its own
// button: it must never cover the control the person is asked to press again.
export const NOTICE_CSS = `
.wr-notice {
  pointer-events: none;
  position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); z-index: 2147483647;
  box-sizing: border-box; width: min(520px, calc(100vw - 24px)); padding: 14px 16px;
  background: var(--wr-bg); color: var(--wr-fg); border: 1px solid var(--wr-border); border-left: 4px solid var(--wr-accent);
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.3); font: 15px/1.45 var(--wr-font, system-ui, sans-serif);
}
.wr-notice-title { display: block; margin: 0 0 4px; }
.wr-notice-body { margin: 0 0 10px; }
.wr-notice .wr-button { pointer-events: auto; }
`;
