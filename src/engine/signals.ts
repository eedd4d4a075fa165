// Built-in measures of the whole text (signal rules). Each returns spans in the normalised (NFC) text it is
// given, or 'whole' when the signal is about the text as a whole (reported at 0/0).
//
//   caps-ratio        share of words (of 2+ letters) written entirely in capitals ≥ threshold (0..1), measured
//                     only when the text has at least `minWords` such words ("NÓNG!!!" alone is not shouting).
//   exclamation-run   each run of at least `threshold` exclamation marks (! or fullwidth ！), default 3.
//   claim-without-source
//                     decided by the checker: some rule of category `unverified-claim` matched (before group
//                     thresholds, in any pack; the signal itself excluded), the draft has no link at all (text,
//                     page-attached or shared), and no attributed source (`hasAttributedSource`).

import {
  charFlags as charFlags_,
  LETTER as LETTER_,
  LOWER as LOWER_,
  UPPER as UPPER_,
  WORD as WORD_,
} from './char-class';
import type { NormalisedText } from './normalise';
import type { CompiledSignalRule } from './types';

// Local copies: module bindings can be getters once transpiled (tsx, vitest), too slow in the hot loops.
const charFlags = charFlags_;
const LETTER = LETTER_;
const LOWER = LOWER_;
const UPPER = UPPER_;
const WORD = WORD_;

export type SignalSpan = [number, number] | 'whole';

const MAX_RUNS = 100;

export function measureSignals(
  norm: NormalisedText,
  rule: CompiledSignalRule,
  maxInput: number,
): SignalSpan[] {
  const text = norm.text.length > maxInput ? norm.text.slice(0, maxInput) : norm.text;
  switch (rule.signal) {
    case 'caps-ratio':
      return capsRatio(text, rule.threshold, rule.minWords) ? ['whole'] : [];
    case 'exclamation-run':
      return exclamationRuns(text, rule.threshold > 0 ? rule.threshold : 3);
    default:
      return [];
  }
}

function capsRatio(text: string, threshold: number, minWords: number): boolean {
  let words = 0;
  let upperWords = 0;
  let letters = 0;
  // The flags of the current word's characters, or-ed together (the hot loop: no call per character).
  let seen = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const f = i < n ? charFlags(text.charCodeAt(i)) : 0;
    if (f & WORD) {
      if (f & LETTER) letters++;
      seen |= f;
      continue;
    }
    if (letters >= 2) {
      words++;
      if (seen & UPPER && !(seen & LOWER)) upperWords++;
    }
    letters = 0;
    seen = 0;
  }
  if (words === 0 || words < Math.max(minWords, 1)) return false;
  return upperWords / words >= (threshold > 0 ? threshold : 0.6);
}

const runRegexes = new Map<number, RegExp>();
function runsOf(min: number): RegExp {
  let re = runRegexes.get(min);
  if (!re) {
    re = new RegExp(`[!！]{${min},}`, 'g');
    runRegexes.set(min, re);
  }
  return re;
}

function exclamationRuns(text: string, threshold: number): SignalSpan[] {
  const out: SignalSpan[] = [];
  // No `includes` pre-check: on a two-byte (Vietnamese) string two `includes` cost more than the regex scan.
  const runs = runsOf(Math.max(1, Math.floor(threshold)));
  runs.lastIndex = 0;
  for (let m = runs.exec(text); m !== null && out.length < MAX_RUNS; m = runs.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * Whether the text names where it comes from: "theo Bộ Y tế", "theo báo Tuổi Trẻ", "Nguồn: VTV",
 * "according to Reuters", "trích thông báo…", "via @abc". A bare "theo" is not enough ("theo tôi",
 * "tiếp theo", "theo dõi"): it must be followed by a capitalised name or a word that names a publisher or a
 * document; it is written without diacritics too ("nguon:", "theo bao"). A source named only as private or
 * trustworthy ("theo nguồn tin của mình", "theo nguồn tin riêng") is not one the reader can check.
 */
const ATTRIBUTION = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:[Tt]heo|[Aa]ccording to|[Tt]rích(?: dẫn| từ)?|[Tt]rich(?: dan| tu)?|[Dd]ẫn(?: theo| nguồn)?|[Vv]ia|[Ss]ource)\s+` +
      String.raw`(?![Nn]gu[ồo]n tin (?:riêng|rieng|của|cua|đáng|dang|thân|than|giấu|giau|nội|noi|mật|mat|mình|minh)\b)` +
      String.raw`(?:\p{Lu}|@|(?:báo|bao|trang|cổng|cong|thông báo|thong bao|thông cáo|công văn|cong van|kết luận|ket luan|nguồn|nguon|tin từ|đài|dai|kênh|the)\s)`,
    String.raw`(?<![\p{L}\p{N}])(?:[Nn]guồn(?: tin| ảnh)?|[Nn]guon(?: tin)?|NGUỒN|NGUON|[Ss]ource|SOURCE|[Cc]redit)\s*:\s*\S`,
  ].join('|'),
  'u',
);

// An authority or a named speaker as the subject of a verb of saying, announcing or deciding: "Bộ Y tế cho
// biết", "Ngân hàng Nhà nước vừa quyết định", "UBND phường 7 thông báo", "EVN khẳng định", "VnExpress đưa
// tin", "ông Trần Quốc Bảo, Giám đốc Sở GTVT, cho biết". The subject must be a NAME the reader can look up:
// a body's head noun followed by a capitalised word (so "bạn mình làm ở Bộ nói" is not one), an acronym or
// a word with an inner capital (EVN, UBND, VTV24, VnExpress), a known outlet, a title/honorific + a
// capitalised name, or a body addressing its own people ("nhà trường thông báo"). Claims of content ("Bộ …
// ra quy định", "Chính phủ hỗ trợ…") use other verbs and stay unsourced.
//
// Speed: this runs on every draft where a claim matched. A regex that opens on `\p{Lu}` or a long
// alternation behind a lookbehind is tried at every position (≈ 8 ms per 64 KB, measured); so each form is
// found by a cheap literal scan first (the verb; the pronoun; "theo"), and only the short context of each
// hit is read by the detailed expression; only the first MAX_HITS hits of each scan are read (a source is
// named near the claim it backs, and a long text must not cost more than a short one). Every repeat is bounded.
const SAYING_SCAN = new RegExp(
  String.raw`cho biết|cho biet|cho hay|thông báo|thong bao|công bố|cong bo|khẳng định|khang dinh|xác nhận|xac nhan|` +
    String.raw`phát biểu|phat bieu|nói|khuyến cáo|khuyen cao|cảnh báo|canh bao|đưa tin|dua tin|thông tin|nhấn mạnh|` +
    String.raw`quyết định|quyet dinh|tuyên bố|tuyen bo|dự báo|du bao|nhắn tin|nhan tin|trả lời|giải thích|phát đi|` +
    String.raw`phát bản tin|đăng|bác bỏ|bac bo|phủ nhận|phu nhan|lên tiếng|len tieng|thừa nhận|` +
    String.raw`có thông báo|ra thông báo|phát thông báo|có văn bản|ra văn bản`,
  'g',
);
const WHEN = String.raw`(?:\s+(?:vừa|vua|đã|da|mới|cũng|chính thức|chinh thuc|sáng nay|chiều nay|tối nay|hôm nay|hôm qua|tối qua|ngày \d{1,2}\/\d{1,2}))`;
const BODY =
  String.raw`(?:Bộ|Sở|Cục|Tổng cục|Vụ|Viện|Ủy ban|Uỷ ban|Ban|Hội đồng|Tòa án|Toà án|Công an|Ngân hàng|Quốc hội|Chính phủ|` +
  String.raw`Thủ tướng|Bộ trưởng|Thứ trưởng|Chủ tịch|Giám đốc|Tổng giám đốc|Người phát ngôn|người phát ngôn|Bệnh viện|` +
  String.raw`Trường|Trung tâm|Công ty|Tập đoàn|Tổng công ty|Cảng vụ|Chi cục|Đài|đài|Báo|báo|Kênh|kênh|Cổng|cổng)`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}]*`;
const ANY_WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}.\-/]*`;
const OUTLET =
  String.raw`(?:VnExpress|Vnexpress|Tuổi Trẻ|Thanh Niên|Dân trí|Dân Trí|Người Lao Động|Lao Động|Tiền Phong|VietNamNet|Vietnamnet|` +
  String.raw`Zing(?:News)?|Znews|Báo Mới|Pháp luật TP\.HCM|Reuters|AFP|BBC|CNN|Bloomberg|AP)`;
/** Read on the ≤ 120 characters before a verb of saying: does a named speaker end there? */
const SPEAKER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      // a body and its name ("Công an quận Cầu Giấy", "Trung tâm Dự báo khí tượng thủy văn quốc gia")
      String.raw`${BODY}\s+(?:(?:quận|huyện|xã|phường|tỉnh|thành phố|thị xã|thị trấn)\s+)?${NAME_WORD}(?:\s+${ANY_WORD}){0,8}`,
      // an acronym or an inner capital (EVN, UBND phường 7, VTV24, VnExpress), or a known outlet
      String.raw`(?:[A-ZĐ][A-ZĐ0-9]+|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*|${OUTLET})(?:\s+${ANY_WORD}){0,6}`,
      // a body named by its role in a notice to its own people ("nhà trường thông báo")
      String.raw`(?:[Nn]hà trường|[Bb]an giám hiệu|[Bb]an quản lý|BQL|[Tt]ổ dân phố)`,
      // an honorific or title + a capitalised name, maybe with an apposition between commas
      String.raw`(?:ông|bà|Ông|Bà|TS|ThS|PGS|GS|BS|bác sĩ|Bác sĩ|luật sư|Luật sư|đại tá|Đại tá|thượng tá|Thượng tá)\.?\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,4}(?:\s*,[^,.;!?\n]{1,80},)?`,
    ].join('|') +
    String.raw`)${WHEN}{0,2}\s*:?\s+$`,
  'u',
);
const SPEAKER_WINDOW = 120;

// "theo <a document or a page> của <a name>": "theo biểu phí của Vietcombank", "theo thông báo của UBND";
// "<a notice> của <a name>": "Thông báo của Ban quản lý chung cư". The owner must be a name (capitalised):
// "theo ý kiến của tôi", "theo nguồn tin của mình" are not sources. Read just after the opening word.
const OF_NAME_SCAN =
  /[Tt]heo|[Cc]ăn cứ|[Dd]ựa trên|[Tt]hông báo|[Cc]ông văn|[Vv]ăn bản|[Kk]ết luận|[Bb]iểu phí|[Bb]ảng giá/g;
const OF_NAME_AFTER = new RegExp(
  String.raw`\s+(?:\p{Ll}+\s+){0,4}?(?:của|cua)\s+(?:\p{Lu}|bộ\s|sở\s|báo\s)`,
  'uy',
);

// A first-hand account: the writer tells what happened to them ("hôm qua mình bị gọi điện…", "nhà mình vừa
// bị cúp nước", "sáng nay mình mua…"). The verbs are of doing and undergoing, never of hearing or reading:
// "mình vừa đọc được / nghe nói / thấy trên mạng / nhận được tin" is a forward, not an account.
const FIRST_HAND_SCAN =
  /(?:(?:[Nn]hà|[Cc]on|[Mm]ẹ|[Bb]ố|[Vv]ợ|[Cc]hồng|[Nn]ha) (?:mình|em|tôi|minh|toi)|[Mm]ình|[Mm]inh|[Tt]ôi|[Tt]oi|[Tt]ui|[Tt]ớ|[Ee]m)(?: (?:vừa|vua|mới|đã|cũng|hôm qua|sáng nay|hôm trước|tuần trước))? (?:bị|bi|đi|đưa|mua|ra|đến|tới|gọi|khám|gặp|ghé|chuyển|ăn|đỗ|được xem|trải qua|tận mắt)(?![\p{L}\p{N}])/gu;
// The first person must open a clause (the start, a punctuation mark, a time phrase or a conjunction before
// it): "xã tôi ăn 2 tỷ" (a possessive) and "anh em đi đổ xăng" (a crowd) are not accounts.
const CLAUSE_OPENS = new RegExp(
  String.raw`(?:^|[.,!?;:\n(…]\s*|(?<![\p{L}\p{N}])(?:[Hh]ôm qua|[Hh]om qua|[Ss]áng nay|[Ss]ang nay|[Cc]hiều nay|[Tt]ối qua|[Hh]ôm trước|[Tt]uần trước|[Tt]háng trước|[Tt]háng này|[Hh]ồi sáng|[Vv]ừa rồi|[Nn]ăm ngoái|[Ll]úc nãy|thì|mà|nên|và|rồi)\s)$`,
  'u',
);

const MAX_HITS = 32;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const wordEdge = (text: string, i: number): boolean =>
  i <= 0 || i >= text.length || !LETTER_OR_DIGIT.test(text[i] as string);

/** Whether one of the first MAX_HITS hits of `scan` that start at a word edge passes `holds`. */
function someHit(scan: RegExp, text: string, holds: (hit: RegExpExecArray) => boolean): boolean {
  scan.lastIndex = 0;
  let hits = 0;
  for (let m = scan.exec(text); m !== null && hits < MAX_HITS; m = scan.exec(text), hits++) {
    if (wordEdge(text, m.index - 1) && holds(m)) return true;
  }
  return false;
}

const namedSpeaker = (text: string): boolean =>
  someHit(
    SAYING_SCAN,
    text,
    (m) =>
      wordEdge(text, m.index + m[0].length) &&
      SPEAKER_BEFORE.test(text.slice(Math.max(0, m.index - SPEAKER_WINDOW), m.index)),
  );

const documentOfName = (text: string): boolean =>
  someHit(OF_NAME_SCAN, text, (m) => {
    OF_NAME_AFTER.lastIndex = m.index + m[0].length;
    return OF_NAME_AFTER.test(text);
  });

const firstHand = (text: string): boolean =>
  someHit(FIRST_HAND_SCAN, text, (m) => CLAUSE_OPENS.test(text.slice(Math.max(0, m.index - 16), m.index)));

export function hasAttributedSource(text: string): boolean {
  return ATTRIBUTION.test(text) || namedSpeaker(text) || documentOfName(text) || firstHand(text);
}
