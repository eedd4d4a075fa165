// Inputs for the engine benchmark: a realistic stand-in for the four built-in packs (used until they are
// loaded from rules/, see engine.bench.ts), deterministic Vietnamese text, and synthetic phrase rules.

import type { CompiledPack, CompiledRule } from '../../src/engine/types';

const msg = { vi: 'Cần xem lại', en: 'Check this' };
const base = { question: 'source' as const, severity: 'warning' as const, message: msg, weight: 1 };

/** A stand-in close to the built-in packs (rules/): stamps, markers, rumours, personal data, sources. */
export function inlinePacks(): CompiledPack[] {
  const docs: CompiledRule[] = [
    {
      ...base,
      id: 'secrecy-stamp',
      kind: 'phrase',
      category: 'internal-document',
      severity: 'critical',
      phrases: ['TUYỆT MẬT', 'TỐI MẬT', 'MẬT'],
      match: 'exact',
      wholeLine: true,
      upperCaseOnly: false,
    },
    {
      ...base,
      id: 'circulation',
      kind: 'phrase',
      category: 'internal-document',
      phrases: [
        'LƯU HÀNH NỘI BỘ',
        'TÀI LIỆU NỘI BỘ',
        'XEM XONG TRẢ LẠI',
        'TÀI LIỆU THU HỒI',
        'KHÔNG PHỔ BIẾN',
        'DỰ THẢO',
      ],
      match: 'case',
      wholeLine: false,
      upperCaseOnly: true,
    },
    {
      ...base,
      id: 'urgency',
      kind: 'phrase',
      category: 'internal-document',
      weight: 0.5,
      group: 'doc',
      phrases: ['HỎA TỐC', 'HOẢ TỐC', 'THƯỢNG KHẨN', 'KHẨN'],
      match: 'exact',
      wholeLine: false,
      upperCaseOnly: true,
    },
    {
      ...base,
      id: 'national-header',
      kind: 'phrase',
      category: 'internal-document',
      weight: 0.5,
      group: 'doc',
      phrases: [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
      ],
      match: 'case',
      wholeLine: false,
      upperCaseOnly: false,
    },
    {
      ...base,
      id: 'addressing',
      kind: 'phrase',
      category: 'internal-document',
      weight: 0.4,
      group: 'doc',
      phrases: ['Kính gửi:', 'Nơi nhận:', 'Lưu: VT'],
      match: 'case',
      wholeLine: false,
      upperCaseOnly: false,
    },
    {
      ...base,
      id: 'number-line',
      kind: 'pattern',
      category: 'internal-document',
      weight: 0.6,
      group: 'doc',
      pattern: String.raw`(?<![\p{L}\p{N}])Số:?\s*\d{1,4}\/(?:[\p{Lu}]{1,5}-)?[\p{Lu}Đ]{1,6}(?:-[\p{Lu}Đ]{1,8})?`,
      flags: '',
      fold: false,
    },
    {
      ...base,
      id: 'signature',
      kind: 'pattern',
      category: 'internal-document',
      weight: 0.4,
      group: 'doc',
      pattern: String.raw`^(?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L)\.?\s+[\p{Lu}]`,
      flags: 'm',
      fold: false,
    },
  ];
  const claims: CompiledRule[] = [
    {
      ...base,
      id: 'hearsay',
      kind: 'phrase',
      category: 'unverified-claim',
      weight: 0.5,
      group: 'rumour',
      phrases: [
        'nghe nói',
        'nghe đồn',
        'nghe bảo',
        'nguồn tin riêng',
        'tin mật',
        'tin nội bộ',
        'rò rỉ',
        'chưa được xác nhận',
        'chưa kiểm chứng',
      ],
      match: 'fold',
      wholeLine: false,
      upperCaseOnly: false,
    },
    {
      ...base,
      id: 'pressure',
      kind: 'phrase',
      category: 'unverified-claim',
      question: 'intent',
      weight: 0.5,
      group: 'rumour',
      phrases: [
        'chia sẻ ngay',
        'share gấp',
        'lan tỏa ngay',
        'trước khi bị xóa',
        'báo chí không dám đưa',
        '100% sự thật',
      ],
      match: 'fold',
      wholeLine: false,
      upperCaseOnly: false,
    },
    {
      ...base,
      id: 'sensational',
      kind: 'phrase',
      category: 'tone',
      question: 'intent',
      weight: 0.5,
      group: 'rumour',
      phrases: ['NÓNG', 'KHẨN CẤP', 'SỐC', 'cực sốc'],
      match: 'case',
      wholeLine: false,
      upperCaseOnly: true,
    },
    {
      ...base,
      id: 'accusation',
      kind: 'near',
      category: 'unverified-claim',
      question: 'harm',
      a: ['tham nhũng', 'ăn chặn', 'bao che', 'lừa đảo'],
      b: ['chủ tịch', 'giám đốc', 'bí thư', 'trưởng phòng', 'UBND', 'công an'],
      window: 8,
      match: 'fold',
    },
    {
      ...base,
      id: 'shouting',
      kind: 'signal',
      category: 'tone',
      question: 'intent',
      signal: 'caps-ratio',
      threshold: 0.6,
      minWords: 8,
    },
    {
      ...base,
      id: 'exclamations',
      kind: 'signal',
      category: 'tone',
      question: 'intent',
      weight: 0.5,
      group: 'rumour',
      signal: 'exclamation-run',
      threshold: 3,
      minWords: 0,
    },
    {
      ...base,
      id: 'no-source',
      kind: 'signal',
      category: 'unverified-claim',
      signal: 'claim-without-source',
      threshold: 0,
      minWords: 0,
    },
  ];
  const personal: CompiledRule[] = [
    {
      ...base,
      id: 'phone',
      kind: 'pattern',
      category: 'personal-data',
      question: 'harm',
      pattern: String.raw`(?<![\d])(?:\+84|84|0)(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}(?!\d)`,
      flags: '',
      fold: false,
    },
    {
      ...base,
      id: 'cccd',
      kind: 'pattern',
      category: 'personal-data',
      question: 'harm',
      pattern: String.raw`(?<!\d)0(?:0[1-9]|[1-8]\d|9[0-6])[0-3]\d{8}(?!\d)`,
      flags: '',
      fold: false,
    },
    {
      ...base,
      id: 'id-words',
      kind: 'phrase',
      category: 'personal-data',
      question: 'harm',
      weight: 0.5,
      group: 'pd',
      phrases: ['số CCCD', 'căn cước', 'CMND', 'số tài khoản', 'ngày sinh'],
      match: 'fold',
      wholeLine: false,
      upperCaseOnly: false,
    },
  ];
  const sources: CompiledRule[] = [
    {
      ...base,
      id: 'links',
      kind: 'domain',
      category: 'source',
      official: ['gov.vn', 'chinhphu.vn', 'baochinhphu.vn', 'dangcongsan.vn', 'dcs.vn'],
      known: [
        'nhandan.vn',
        'qdnd.vn',
        'vietnamplus.vn',
        'vtv.vn',
        'vnexpress.net',
        'tuoitre.vn',
        'thanhnien.vn',
      ],
      shorteners: [
        'bit.ly',
        'tinyurl.com',
        't.co',
        'goo.gl',
        'cutt.ly',
        'rb.gy',
        'is.gd',
        's.id',
        'shorturl.at',
      ],
      flagged: [],
      protect: ['chinhphu.vn', 'baochinhphu.vn', 'dangcongsan.vn', 'mic.gov.vn', 'vtv.vn', 'nhandan.vn'],
      report: { shortener: 'warning', lookalike: 'critical', ip: 'warning', flagged: 'critical' },
    },
  ];
  const pack = (id: string, rules: CompiledRule[]): CompiledPack => ({
    id,
    version: '1.0.0',
    name: { vi: id, en: id },
    rules,
    questions: [],
  });
  return [
    pack('vn-internal-documents', docs),
    pack('vn-unverified-claims', claims),
    pack('vn-personal-data', personal),
    pack('vn-sources', sources),
  ];
}

/** Deterministic pseudo-random numbers (the same text every run, so runs compare). */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

const WORDS = (
  'thông tin người dân cán bộ đảng viên mạng xã hội chia sẻ bài viết hôm nay chúng tôi được biết ' +
  'tại thành phố Hà Nội Đà Nẵng Hồ Chí Minh ủy ban nhân dân xã phường quận huyện tỉnh về việc ' +
  'triển khai kế hoạch năm của các cơ quan đơn vị trách nhiệm quản lý phát triển kinh tế giáo dục ' +
  'y tế môi trường giao thông đường bộ cầu dự án nhà ở đất đai giá xăng điện nước tăng giảm ' +
  'mọi người cùng nhau ủng hộ gia đình trẻ em học sinh sinh viên thầy cô bệnh viện bác sĩ ' +
  'thời tiết mưa bão lũ lụt nắng nóng chúc mừng sinh nhật cảm ơn rất nhiều đẹp quá tuyệt vời ' +
  'công an chủ tịch giám đốc sở trưởng phòng báo chí truyền hình quyết định thông báo công văn'
).split(' ');

const EXTRAS = [
  'Nghe nói',
  'chia sẻ ngay',
  'NÓNG',
  'bit.ly/3abcXYZ',
  'https://vnexpress.net/tin-moi-123.html',
  'chinhphu.vn',
  'SĐT 0912345678',
  'theo báo Tuổi Trẻ',
  '!!!',
  'tham nhũng',
  'Kính gửi:',
];

/** About `bytes` UTF-8 bytes of Vietnamese social-media-like text with the odd marker, link and number. */
export function vietnameseText(bytes: number, seed = 1): string {
  const rnd = prng(seed);
  const parts: string[] = [];
  let size = 0;
  let sentence = 0;
  while (size < bytes) {
    const len = 6 + Math.floor(rnd() * 14);
    const words: string[] = [];
    for (let i = 0; i < len; i++) words.push(WORDS[Math.floor(rnd() * WORDS.length)] as string);
    if (rnd() < 0.08)
      words.splice(Math.floor(rnd() * words.length), 0, EXTRAS[Math.floor(rnd() * EXTRAS.length)] as string);
    let s = words.join(' ');
    s = s.charAt(0).toUpperCase() + s.slice(1) + (rnd() < 0.1 ? '!' : '.');
    sentence++;
    const piece = sentence % 6 === 0 ? `${s}\n` : `${s} `;
    parts.push(piece);
    size += Buffer.byteLength(piece, 'utf8');
  }
  return parts.join('');
}

const INITIALS = 'b c ch d đ g gi h k kh l m n ng nh p ph qu r s t th tr v x'.split(' ');
const RHYMES = (
  'a ai am an ang anh ao au ay ăm ăn ăng âm ân âng ây e em en eng ê êm ên ênh i ia im in inh it iêm iên iêu ' +
  'o oa oai oan oang oanh oe oi om on ong ô ôi ôm ôn ông ơ ơi ơm ơn u ua uân uê ui um un ung uy uyên ư ưa ưng ươi ương'
).split(' ');

/**
 * `n` synthetic phrase rules, folded, spread over 4 packs, 3 phrases each of 2–4 syllables.
 *   sparse (default): syllables built from initials × rhymes (~1,800 of them, many also words of the text),
 *     so the automaton walks real prefixes but whole phrases match rarely — like real rules on ordinary text;
 *   dense: syllables from a list of ~150 common words that fill the text, so every added rule also adds
 *     findings (the time then grows with the number of findings produced, not with the matching).
 */
export function syntheticPacks(n: number, seed = 2, kind: 'sparse' | 'dense' = 'sparse'): CompiledPack[] {
  const rnd = prng(seed);
  const syllables =
    kind === 'sparse'
      ? INITIALS.flatMap((i) => RHYMES.map((r) => i + r))
      : (
          'an anh ba bao bình cao chi cường dũng đức gia hà hải hoa hùng khánh lan linh long mai minh nam ngọc nhung ' +
          'phong phúc quang sơn tâm thanh thảo thu trang trung tuấn vân việt xuân yến bộ công sở tài chính ngân hàng ' +
          'đất nước người dân quân đội biển đảo rừng núi sông hồ cầu đường phố chợ trường lớp học thi điểm lương thưởng ' +
          'thuế phí vé xe tàu máy bay điện thoại mạng tin nhắn ảnh phim nhạc hát múa bóng đá cờ tướng sách báo đài ' +
          'truyền hình quảng cáo khuyến mãi giảm giá mua bán vàng bạc đô la chứng khoán nhà đầu tư lãi suất vay nợ ' +
          'bệnh dịch thuốc tiêm vắc xin khẩu trang cách ly phong tỏa lũ bão hạn mặn cháy nổ tai nạn'
        ).split(' ');
  const packs: CompiledPack[] = [0, 1, 2, 3].map((k) => ({
    id: `synthetic-${k}`,
    version: '1.0.0',
    name: { vi: 's' },
    rules: [],
    questions: [],
  }));
  for (let i = 0; i < n; i++) {
    const phrases: string[] = [];
    for (let j = 0; j < 3; j++) {
      const len = 2 + Math.floor(rnd() * 3);
      phrases.push(
        Array.from({ length: len }, () => syllables[Math.floor(rnd() * syllables.length)]).join(' '),
      );
    }
    (packs[i % 4] as CompiledPack).rules.push({
      ...base,
      id: `r${i}`,
      kind: 'phrase',
      category: 'custom:synthetic',
      phrases,
      match: 'fold',
      wholeLine: false,
      upperCaseOnly: false,
    });
  }
  return packs;
}
