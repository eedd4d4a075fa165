import type { CheckResult } from '../../engine/types';
import { claimOf } from '../../questions/claim-text';
import { lateralReading, type LateralKind } from '../../questions/lateral-reading';
import { localize, type UiLanguage } from '../locale';
import { webAddress } from '../web-address';
import { CHECKLIST_STRINGS } from './checklist-strings';

export { claimOf, webAddress };

/**
 * SIFT's "what to do next" (Stop, Investigate the source, Find better coverage, Trace to the original) as
 * plain links. They are only addresses: the extension requests nothing; a search runs only when the person
 * clicks one, in a new tab, as if they had typed it themselves.
 */
export interface SiftAction {
  kind: 'open-source' | LateralKind | 'search-claim' | 'search-domain' | 'reverse-image';
  label: string;
  href: string;
}

export const REVERSE_IMAGE_ENGINES: readonly { name: string; href: (image: string) => string }[] = [
  {
    name: 'Google Lens',
    href: (image) => `https://lens.google.com/uploadbyurl?url=${encodeURIComponent(image)}`,
  },
  { name: 'TinEye', href: (image) => `https://tineye.com/search?url=${encodeURIComponent(image)}` },
  {
    name: 'Bing',
    href: (image) =>
      `https://www.bing.com/images/search?view=detailv2&iss=sbi&q=imgurl:${encodeURIComponent(image)}`,
  },
  {
    name: 'Yandex',
    href: (image) => `https://yandex.com/images/search?rpt=imageview&url=${encodeURIComponent(image)}`,
  },
];

const search = (query: string) => `https://www.google.com/search?q=${encodeURIComponent(query)}`;

export function siftActions(
  input: { text: string; result: CheckResult; image?: string; page?: string },
  lang: UiLanguage,
): SiftAction[] {
  const t = CHECKLIST_STRINGS[lang];
  const actions: SiftAction[] = [];
  const sources = new Map<string, string>();
  for (const link of input.result.links) {
    const href = webAddress(link.url);
    if (href && !sources.has(link.domain)) sources.set(link.domain, href);
  }
  // The page it was found on is where to trace it back from, after the links the text itself gives.
  const page = input.page ? webAddress(input.page) : null;
  if (page && !sources.has(new URL(page).hostname)) sources.set(new URL(page).hostname, page);
  for (const [domain, href] of [...sources].slice(0, 3)) {
    actions.push({ kind: 'open-source', label: t.openSource(domain), href });
  }
  // Lateral reading, Vietnamese first (the dialog shows the first two; this page shows them all).
  for (const action of lateralReading({ text: input.text, ...input.result })) {
    actions.push({ kind: action.kind, label: localize(action.label, lang), href: action.href });
  }
  const claim = claimOf(input.text);
  if (claim) actions.push({ kind: 'search-claim', label: t.searchClaim, href: search(claim) });
  for (const domain of [...sources.keys()].slice(0, 3)) {
    actions.push({ kind: 'search-domain', label: t.searchDomain(domain), href: search(`"${domain}"`) });
  }
  const image = input.image ? webAddress(input.image) : null;
  if (image) {
    for (const engine of REVERSE_IMAGE_ENGINES) {
      actions.push({ kind: 'reverse-image', label: t.reverseImage(engine.name), href: engine.href(image) });
    }
  }
  return actions;
}
