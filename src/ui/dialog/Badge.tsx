import type { Verdict } from '../../engine/types';
import { DIALOG_STRINGS, type UiLanguage } from './dialog-strings';

export interface BadgeProps {
  count: number;
  verdict: Verdict;
  lang: UiLanguage;
  /** Viewport position (fixed): just above the editor's top right corner. */
  top: number;
  left: number;
  onOpen(): void;
}

/** The small count of findings beside the composer while the person types. */
export function Badge({ count, verdict, lang, top, left, onOpen }: BadgeProps) {
  const label = DIALOG_STRINGS[lang].badgeLabel(count);
  return (
    <button
      type="button"
      class={`wr-count-badge wr-${verdict}`}
      data-testid="wr-badge"
      data-count={count}
      aria-label={label}
      title={label}
      style={{ top: `${top}px`, left: `${left}px` }}
      // Keep the editor's focus and caret: a mousedown on the badge must not blur the editor.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onOpen()}
    >
      {count}
    </button>
  );
}
