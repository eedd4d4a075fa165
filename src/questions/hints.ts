// How findings, link verdicts and what the page says about a shared post become hints under the five
// questions. Pure data in, data out; every hint has a stable id (for tests and the UI) and vi/en text.
//
//   category:<category>  one hint per finding category, under the questions that category concerns
//   rule:<pack>/<rule>   a finding whose question its category does not cover (custom categories, `source`)
//                        shows the rule's own message under the rule's question (not for a finding on a
//                        link: the link hint names the domain and says more)
//   link:<verdict>       one hint per link verdict, naming the domains (and the imitated domain)
//   author:shared        who posted the shared post
// Questions always come in the fixed order source, author, intent, harm, benefit.

import { QUESTION_IDS } from './question-ids';
import type {
  Draft,
  Finding,
  LinkResult,
  LinkVerdict,
  QuestionHint,
  QuestionId,
  QuestionResult,
} from '../engine/types';

interface CategoryHint {
  question: QuestionId;
  vi: string;
  en: string;
}

const CATEGORY_HINTS: Record<string, CategoryHint[]> = {
  'internal-document': [
    {
      question: 'source',
      vi: 'Có dấu hiệu tài liệu nội bộ/mật (dấu mật, số hiệu văn bản, nơi nhận…). Tài liệu này đã được phép công bố chưa?',
      en: 'There are signs of an internal/confidential document (secrecy stamp, document number, distribution list…). Has it been cleared for publication?',
    },
    {
      question: 'harm',
      vi: 'Đăng tài liệu nội bộ/mật có thể gây hại cho cơ quan, cho những người có tên trong đó và cho chính bạn.',
      en: 'Posting an internal or confidential document can harm the agency, the people named in it, and you.',
    },
  ],
  'unverified-claim': [
    {
      question: 'source',
      vi: 'Có dấu hiệu tin chưa kiểm chứng (nghe nói, tin nội bộ, chưa có nguồn…). Ai nói, nói ở đâu?',
      en: 'Signs of an unverified claim (hearsay, "insider" tips, no source…). Who said it, and where?',
    },
    {
      question: 'intent',
      vi: 'Lời thúc giục chia sẻ hay giật gân thường nhằm lan truyền nhanh trước khi ai kịp kiểm chứng.',
      en: 'Urging people to share, or sensational wording, often aims to spread fast before anyone checks.',
    },
  ],
  'personal-data': [
    {
      question: 'harm',
      vi: 'Có thông tin cá nhân (số điện thoại, CCCD, địa chỉ…). Người đó có đồng ý để bạn đăng không?',
      en: 'There is personal data (phone, ID number, address…). Did that person agree to have it posted?',
    },
  ],
  tone: [
    {
      question: 'intent',
      vi: 'Giọng điệu giật gân (chữ in hoa, nhiều dấu chấm than) khơi cảm xúc nhiều hơn là đưa thông tin.',
      en: 'A sensational tone (capitals, runs of exclamation marks) stirs emotion more than it informs.',
    },
  ],
};

type LinkHintText = (domains: string) => { vi: string; en: string };

const LINK_HINTS: Record<Exclude<LinkVerdict, 'lookalike'>, LinkHintText> = {
  official: (d) => ({ vi: `Nguồn chính thức: ${d}.`, en: `Official source: ${d}.` }),
  known: (d) => ({
    vi: `Nguồn đã biết: ${d}. Bài gốc có nói đúng như nội dung bạn đăng không?`,
    en: `Known outlet: ${d}. Does the original say what your post says?`,
  }),
  unknown: (d) => ({
    vi: `Nguồn chưa rõ: ${d}. Trang này là của ai?`,
    en: `Unknown source: ${d}. Who runs this site?`,
  }),
  shortener: (d) => ({
    vi: `Liên kết rút gọn (${d}) che giấu trang đích thật: mở xem trang đích trước khi chia sẻ.`,
    en: `A shortened link (${d}) hides where it really goes: open it and check the destination before sharing.`,
  }),
  ip: (d) => ({
    vi: `Liên kết trỏ thẳng tới địa chỉ IP (${d}), không có tên miền: khó biết ai đứng sau.`,
    en: `The link points straight at an IP address (${d}), with no domain name: it is hard to tell who is behind it.`,
  }),
  flagged: (d) => ({
    vi: `Tên miền ${d} nằm trong danh sách cần cảnh giác.`,
    en: `The domain ${d} is on a watch list.`,
  }),
};

/** Source hints first for the riskiest verdicts. */
const LINK_ORDER: readonly LinkVerdict[] = [
  'lookalike',
  'flagged',
  'ip',
  'shortener',
  'unknown',
  'known',
  'official',
];

const unique = (xs: string[]): string[] => [...new Set(xs)];

export function buildQuestionHints(
  findings: readonly Finding[],
  links: readonly LinkResult[],
  draft?: Draft,
): QuestionResult[] {
  const hints = new Map<QuestionId, QuestionHint[]>(QUESTION_IDS.map((q) => [q, []]));
  const seen = new Set<string>();
  const add = (question: QuestionId, hint: QuestionHint): void => {
    const key = `${question}\u0000${hint.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    hints.get(question)?.push(hint);
  };

  // A finding on a link is explained better by the link's own hint (which names the domain).
  const linkUrls = new Set(links.map((l) => l.url));
  for (const f of findings) {
    const mapped = CATEGORY_HINTS[f.category] ?? [];
    for (const h of mapped) add(h.question, { id: `category:${f.category}`, text: { vi: h.vi, en: h.en } });
    if (!mapped.some((h) => h.question === f.question) && !linkUrls.has(f.excerpt)) {
      add(f.question, { id: `rule:${f.packId}/${f.ruleId}`, text: f.message });
    }
  }

  for (const verdict of LINK_ORDER) {
    const ofVerdict = links.filter((l) => l.verdict === verdict);
    if (ofVerdict.length === 0) continue;
    const domains = unique(ofVerdict.map((l) => l.domain)).join(', ');
    if (verdict === 'lookalike') {
      const pairs = unique(ofVerdict.map((l) => `${l.domain}\u0000${l.imitates ?? ''}`)).map((p) =>
        p.split('\u0000'),
      );
      const [first] = pairs;
      const one = pairs.length === 1 && first;
      add('source', {
        id: 'link:lookalike',
        text: one
          ? {
              vi: `Tên miền ${first[0]} trông giống ${first[1]} nhưng không phải: có thể là trang giả mạo.`,
              en: `The domain ${first[0]} looks like ${first[1]} but is not: it may be an impostor.`,
            }
          : {
              vi: `Các tên miền trông giống trang chính thống nhưng không phải: ${pairs.map(([d, i]) => `${d} (giống ${i})`).join(', ')}. Có thể là trang giả mạo.`,
              en: `These domains look like official sites but are not: ${pairs.map(([d, i]) => `${d} (imitating ${i})`).join(', ')}. They may be impostors.`,
            },
      });
      const names = unique(pairs.map(([d]) => d as string)).join(', ');
      const imitated = unique(pairs.map(([, i]) => i as string)).join(', ');
      add('benefit', {
        id: 'link:lookalike',
        text: {
          vi: `Ai được lợi khi người đọc nhầm ${names} với ${imitated}?`,
          en: `Who gains when readers mistake ${names} for ${imitated}?`,
        },
      });
      continue;
    }
    add('source', { id: `link:${verdict}`, text: LINK_HINTS[verdict](domains) });
  }

  const author = draft?.shared?.author?.trim();
  if (author) {
    add('author', {
      id: 'author:shared',
      text: { vi: `Người đăng gốc: ${author}.`, en: `Originally posted by: ${author}.` },
    });
  }

  return QUESTION_IDS.map((id) => ({ id, hints: hints.get(id) ?? [] }));
}
