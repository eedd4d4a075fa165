import type { UiLanguage } from '../locale';
import { NewTabLink } from '../new-tab-link';
import { CHECKLIST_STRINGS } from './checklist-strings';
import type { SiftAction } from './sift-actions';

export interface SiftPanelProps {
  actions: readonly SiftAction[];
  lang: UiLanguage;
}

/** "What to do next": plain links, opened in a new tab only when the person clicks one. */
export function SiftPanel({ actions, lang }: SiftPanelProps) {
  const t = CHECKLIST_STRINGS[lang];
  return (
    <section class="wr-panel wr-sift" data-testid="wr-sift">
      <h2 class="wr-panel-title">{t.nextTitle}</h2>
      <p class="wr-panel-intro">{t.nextIntro}</p>
      {actions.length === 0 ? (
        <p class="wr-empty">{t.nextNone}</p>
      ) : (
        <ul class="wr-sift-list">
          {actions.map((action) => (
            <li key={action.href}>
              <NewTabLink
                class="wr-sift-action"
                data-testid="wr-sift-action"
                data-kind={action.kind}
                href={action.href}
              >
                {action.label}
              </NewTabLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
