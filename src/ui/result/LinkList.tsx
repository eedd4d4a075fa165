import type { LinkResult, LinkVerdict } from '../../engine/types';
import { isOldArticle } from '../../questions/article-age';
import type { UiLanguage } from '../locale';
import { ArticleAgeBadge } from './ArticleAgeBadge';
import { RESULT_STRINGS } from './result-strings';

export interface LinkListProps {
  links: readonly LinkResult[];
  lang: UiLanguage;
  hideTitle?: boolean;
  /** The time of the check: a link to an article older than 90 days shows when it was published. */
  now?: number;
}

/** The colour a verdict is shown in: trusted green, unknown blue, a reason for care amber, deception red. */
export const VERDICT_TONE: Record<LinkVerdict, 'good' | 'info' | 'warning' | 'critical'> = {
  official: 'good',
  known: 'good',
  unknown: 'info',
  shortener: 'warning',
  ip: 'warning',
  lookalike: 'critical',
  flagged: 'critical',
};

/** Each link's domain and what it is. Links are shown as text, never as anchors: the dialog opens nothing. */
export function LinkList({ links, lang, hideTitle, now }: LinkListProps) {
  const t = RESULT_STRINGS[lang];
  if (links.length === 0) return null;
  return (
    <section class="wr-section" aria-label={t.linksHeading}>
      {!hideTitle && <h2 class="wr-section-title">{t.linksHeading}</h2>}
      <ul class="wr-list">
        {links.map((link, index) => (
          <li
            key={`${link.url}#${index}`}
            class="wr-link"
            data-testid="wr-link"
            data-verdict={link.verdict}
            data-domain={link.domain}
          >
            <span class="wr-link-domain">{link.domain}</span>
            <span class="wr-badge" data-tone={VERDICT_TONE[link.verdict]}>
              {t.verdict[link.verdict]}
            </span>
            {now !== undefined && link.published && isOldArticle(link, now) && (
              <ArticleAgeBadge published={link.published} lang={lang} />
            )}
            <p class="wr-link-help">
              {t.verdictHelp[link.verdict]}
              {link.imitates ? ` (${t.imitates(link.imitates)})` : ''}
            </p>
            {link.url !== link.domain && <p class="wr-link-url">{link.url}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
