// What a stamp can say. A stamp is a closed vocabulary (the secrecy and urgency marks of Nghị định 30/2020
// and the handling notes printed on internal papers), and Tesseract, reading a stamp with no sentence around
// it, gets the letters right and the stacked Vietnamese accents wrong: "TỐI MẬT" comes out "TÔI MẬT",
// "HỎA TỐC" as "HÓA TÓC", "MẬT" as "MÁT" or "MẠT". So a stamp crop's reading is matched against this list
// with the accents set aside, and a close match is written as the stamp is printed.
//
// Only where it is safe: a single short word ("MẬT", "KHẨN") is taken for a stamp only inside a frame (a
// bare red "MÁT" or "MẶT" in an advert stays as read), and the reading must match letter for letter without
// accents, where the longer phrases may differ by one letter in five.

export const STAMP_WORDS: readonly string[] = [
  'MẬT',
  'TỐI MẬT',
  'TUYỆT MẬT',
  'KHẨN',
  'THƯỢNG KHẨN',
  'HỎA TỐC',
  'HỎA TỐC HẸN GIỜ',
  'LƯU HÀNH NỘI BỘ',
  'TÀI LIỆU NỘI BỘ',
  'XEM XONG TRẢ LẠI',
  'TÀI LIỆU THU HỒI',
  'KHÔNG PHỔ BIẾN',
  'DỰ THẢO',
];

/** Upper case, no accents, đ → D, letters only. */
export function foldLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

const FOLDED = STAMP_WORDS.map((word) => ({ word, folded: foldLetters(word), single: !word.includes(' ') }));

/**
 * The stamp a crop's reading stands for, or null when it is not one. `framed`: the crop had a frame
 * around the text (single-word stamps count only then).
 */
export function stampWordOf(reading: string, framed: boolean): string | null {
  const folded = foldLetters(reading);
  if (folded.length < 3) return null;
  let best: { word: string; cost: number } | null = null;
  for (const candidate of FOLDED) {
    if (candidate.single && !framed) continue;
    const allowed = candidate.single ? 0 : Math.floor(candidate.folded.length / 5);
    const cost = distance(folded, candidate.folded);
    if (cost <= allowed && (!best || cost < best.cost)) best = { word: candidate.word, cost };
  }
  return best?.word ?? null;
}
