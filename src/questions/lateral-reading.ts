// Where else to look (lateral reading), Vietnamese first: the official portal of a body the post names (when
// the sources pack knows it), the national fake-news centre (tingia.gov.vn), and the major press. Each is only
// an address: nothing is requested until the person clicks, and then it opens in a new tab as if they had
// typed the search themselves.

import type { CheckResult, LocalizedText, QuestionId } from '../engine/types';
import { claimOf, slugWords } from './claim-text';

export type LateralKind = 'portal' | 'tingia' | 'press';

export interface LateralAction {
  kind: LateralKind;
  /** The question this look helps answer (the dialog shows it there). */
  question: QuestionId;
  label: LocalizedText;
  href: string;
}

/** Vietnam's national centre for handling fake news (Trung tâm Xử lý tin giả, thông tin xấu độc). */
export const TINGIA_HOST = 'tingia.gov.vn';

/** The national press a claim worth believing would reach: party, state and the largest dailies. */
export const MAJOR_PRESS: readonly string[] = [
  'nhandan.vn',
  'baochinhphu.vn',
  'vietnamplus.vn',
  'vtv.vn',
  'vov.vn',
  'vnexpress.net',
  'tuoitre.vn',
  'thanhnien.vn',
  'dantri.com.vn',
  'vietnamnet.vn',
];

const search = (query: string) => `https://www.google.com/search?q=${encodeURIComponent(query)}`;

/**
 * The places to look, most useful first: the named body's own portal (it says whether the body said it),
 * then tingia.gov.vn (has this been called out as fake?), then the major press (did anyone reliable report
 * it?). The claim searched is the draft's first sentence, or the headline in the shared link's address.
 */
export function lateralReading(
  input: { text: string; sharedText?: string } & Pick<CheckResult, 'links' | 'portals'>,
): LateralAction[] {
  const claim =
    claimOf(input.text) ||
    claimOf(input.sharedText ?? '') ||
    input.links.map((link) => slugWords(link.url)).find(Boolean) ||
    '';
  if (!claim) return [];
  const actions: LateralAction[] = [];
  for (const portal of (input.portals ?? []).slice(0, 2)) {
    actions.push({
      kind: 'portal',
      question: 'source',
      label: {
        vi: `Tìm trên cổng thông tin của ${portal.name.vi} (${portal.host})`,
        en: `Search the portal of ${portal.name.en ?? portal.name.vi} (${portal.host})`,
      },
      href: search(`${claim} site:${portal.host}`),
    });
  }
  actions.push({
    kind: 'tingia',
    question: 'intent',
    label: {
      vi: `Tra trên ${TINGIA_HOST} (Trung tâm xử lý tin giả)`,
      en: `Check ${TINGIA_HOST} (Vietnam's fake-news centre)`,
    },
    href: search(`${claim} site:${TINGIA_HOST}`),
  });
  actions.push({
    kind: 'press',
    question: 'source',
    label: { vi: 'Tìm tin này trên các báo lớn', en: 'Search the major newspapers for it' },
    href: search(`${claim} (${MAJOR_PRESS.map((host) => `site:${host}`).join(' OR ')})`),
  });
  return actions;
}
