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

export function hasAttributedSource(text: string): boolean {
  return ATTRIBUTION.test(text);
}
