import { publishedMonth } from '../../questions/article-age';
import type { UiLanguage } from '../locale';
import { RESULT_STRINGS } from './result-strings';

/** "bài từ tháng 3/2021" beside an old article's link (the caller decides it is old). */
export function ArticleAgeBadge({ published, lang }: { published: string; lang: UiLanguage }) {
  return (
    <span
      class="wr-badge wr-link-age"
      data-tone="warning"
      data-testid="wr-article-age"
      data-published={published}
    >
      {RESULT_STRINGS[lang].publishedIn(publishedMonth(published, lang))}
    </span>
  );
}
