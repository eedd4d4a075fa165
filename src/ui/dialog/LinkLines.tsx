import type { UiLanguage } from '../locale';
import { ArticleAgeBadge } from '../result/ArticleAgeBadge';
import { VERDICT_TONE } from '../result/LinkList';
import { RESULT_STRINGS } from '../result/result-strings';
import { NewTabLink } from '../new-tab-link';
import { webAddress } from '../web-address';
import type { DialogLink } from './dialog-model';
import { DIALOG_STRINGS } from './dialog-strings';

/** What this browser knows of a shared page (read before you share); undefined: say nothing. */
export type ReadState = 'opened' | 'not-opened' | 'unknown';

export interface LinkLinesProps {
  links: readonly DialogLink[];
  lang: UiLanguage;
  /** One entry per link (same order); absent while unknown or without the history permission. */
  read?: readonly (ReadState | undefined)[];
}

/**
 * One line per shared link: its domain and verdict, its age when the sources pack read an old date in its
 * address, and whether this browser has opened it, with "Open it first" (a new tab; the dialog and the
 * draft stay) when it has not.
 */
export function LinkLines({ links, lang, read }: LinkLinesProps) {
  if (links.length === 0) return null;
  const t = DIALOG_STRINGS[lang];
  const r = RESULT_STRINGS[lang];
  return (
    <ul class="wr-links" aria-label={t.linksLabel}>
      {links.map((link, index) => {
        const state = read?.[index];
        const href = state === 'not-opened' || state === 'unknown' ? webAddress(link.url) : null;
        return (
          <li
            key={`${link.url}#${index}`}
            class="wr-link-row"
            data-testid="wr-link"
            data-verdict={link.verdict}
            data-domain={link.domain}
          >
            <span class="wr-link-domain" title={link.url}>
              {link.domain}
            </span>
            <span class="wr-badge" data-tone={VERDICT_TONE[link.verdict]}>
              {r.verdict[link.verdict]}
            </span>
            {link.imitates && <span class="wr-link-note">{r.imitates(link.imitates)}</span>}
            {link.old && link.published && <ArticleAgeBadge published={link.published} lang={lang} />}
            {state && (
              <span class="wr-read" data-testid="wr-read-state" data-state={state}>
                {t.read[state]}
              </span>
            )}
            {href && (
              <NewTabLink
                class="wr-open-first"
                data-testid="wr-open-first"
                href={href}
                aria-label={t.openFirstLabel(link.domain)}
              >
                {t.openFirst}
              </NewTabLink>
            )}
          </li>
        );
      })}
    </ul>
  );
}
