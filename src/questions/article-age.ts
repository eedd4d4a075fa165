// How old a shared article is, from the publication date the sources pack reads in its address
// (LinkResult.published). Old news re-shared as new is one of the commonest rumours; Facebook's own notice
// speaks from 90 days, and so does this.

import type { LinkResult, QuestionHint } from '../engine/types';

export const OLD_ARTICLE_DAYS = 90;
const DAY = 86_400_000;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(published: string): { year: number; month: number; day?: number } | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(published);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), ...(m[3] ? { day: Number(m[3]) } : {}) };
}

/**
 * Whole days from publication to `now`. A date with no day counts from the month's last day: the youngest
 * the article can be, so a month-only date is never called old too early.
 */
export function articleAgeDays(published: string, now: number): number | null {
  const p = parts(published);
  if (!p) return null;
  const at = p.day ? Date.UTC(p.year, p.month - 1, p.day) : Date.UTC(p.year, p.month, 0);
  return Math.floor((now - at) / DAY);
}

export function isOldArticle(link: Pick<LinkResult, 'published'>, now: number): boolean {
  const days = link.published ? articleAgeDays(link.published, now) : null;
  return days !== null && days > OLD_ARTICLE_DAYS;
}

/** "tháng 3/2021" / "March 2021". */
export function publishedMonth(published: string, lang: 'vi' | 'en'): string {
  const p = parts(published);
  if (!p) return published;
  return lang === 'vi' ? `tháng ${p.month}/${p.year}` : `${MONTHS_EN[p.month - 1]} ${p.year}`;
}

/** The hint under "where does this come from?" when a shared article is older than 90 days; null otherwise. */
export function articleAgeHint(links: readonly LinkResult[], now: number): QuestionHint | null {
  const old = links.filter((link) => isOldArticle(link, now));
  const [first] = old;
  if (!first?.published) return null;
  if (old.length === 1) {
    return {
      id: 'article:old',
      text: {
        vi: `Bài báo này từ ${publishedMonth(first.published, 'vi')} (${first.domain}). Tin cũ hay được chia sẻ lại như tin mới: sự việc có còn đúng đến hôm nay không?`,
        en: `This article is from ${publishedMonth(first.published, 'en')} (${first.domain}). Old news is often re-shared as new: is it still true today?`,
      },
    };
  }
  const list = (lang: 'vi' | 'en') =>
    old.map((link) => `${link.domain} (${publishedMonth(link.published as string, lang)})`).join(', ');
  return {
    id: 'article:old',
    text: {
      vi: `Các bài báo này đã cũ: ${list('vi')}. Tin cũ hay được chia sẻ lại như tin mới: sự việc có còn đúng đến hôm nay không?`,
      en: `These articles are old: ${list('en')}. Old news is often re-shared as new: is it still true today?`,
    },
  };
}
