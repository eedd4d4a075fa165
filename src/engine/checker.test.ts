import { describe, expect, it } from 'vitest';
import { check, createChecker, MAX_EVIDENCE, MAX_MATCHES_PER_RULE } from './checker';
import type {
  CompiledGroup,
  CompiledDomainRule,
  CompiledNearRule,
  CompiledPack,
  CompiledPatternRule,
  CompiledPhraseRule,
  CompiledRule,
  CompiledSignalRule,
} from './types';

// Small compiled packs, written inline (the real built-in packs come from src/packs).
const base = {
  category: 'internal-document' as const,
  question: 'source' as const,
  severity: 'warning' as const,
  message: { vi: 'thông điệp', en: 'message' },
  weight: 1,
};

function phrase(id: string, phrases: string[], extra: Partial<CompiledPhraseRule> = {}): CompiledPhraseRule {
  return {
    ...base,
    id,
    kind: 'phrase',
    phrases,
    match: 'fold',
    wholeLine: false,
    upperCaseOnly: false,
    ...extra,
  };
}
function pattern(id: string, source: string, extra: Partial<CompiledPatternRule> = {}): CompiledPatternRule {
  return { ...base, id, kind: 'pattern', pattern: source, flags: '', fold: false, ...extra };
}
function near(id: string, a: string[], b: string[], window: number, extra: Partial<CompiledNearRule> = {}) {
  return { ...base, id, kind: 'near', a, b, window, match: 'fold', ...extra } satisfies CompiledNearRule;
}
function signal(id: string, s: CompiledSignalRule['signal'], threshold: number, minWords = 0, extra = {}) {
  return {
    ...base,
    id,
    kind: 'signal',
    signal: s,
    threshold,
    minWords,
    ...extra,
  } satisfies CompiledSignalRule;
}
function domain(id: string, extra: Partial<CompiledDomainRule> = {}): CompiledDomainRule {
  return {
    ...base,
    category: 'source',
    id,
    kind: 'domain',
    official: ['gov.vn', 'chinhphu.vn', 'baochinhphu.vn'],
    known: ['vnexpress.net'],
    shorteners: ['bit.ly'],
    flagged: ['scam.example'],
    protect: ['chinhphu.vn', 'baochinhphu.vn'],
    report: { shortener: 'warning', lookalike: 'critical', ip: 'warning', flagged: 'critical' },
    ...extra,
  };
}
function pack(id: string, rules: CompiledRule[]): CompiledPack {
  return { id, version: '1.0.0', name: { vi: id, en: id }, rules, questions: [] };
}

const stamp = phrase('secrecy-stamp', ['TUYỆT MẬT', 'TỐI MẬT', 'MẬT'], {
  match: 'exact',
  wholeLine: true,
  severity: 'critical',
});
const ids = (text: string, packs: CompiledPack[]) => check(text, packs).findings.map((f) => f.ruleId);

describe('phrase rules', () => {
  const packs = [pack('docs', [stamp])];

  it('finds a stamp on its own line, with offsets into the text as given', () => {
    const text = 'TỐI MẬT\nSố: 12/QĐ-UBND';
    const r = check(text, packs);
    expect(r.verdict).toBe('critical');
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect([f.start, f.end, f.excerpt, f.packId, f.severity]).toEqual([0, 7, 'TỐI MẬT', 'docs', 'critical']);
  });

  it('maps offsets back into decomposed (NFD) input', () => {
    const text = 'Kính gửi\n  - TUYỆT MẬT -  \nnội dung'.normalize('NFD');
    const [f] = check(text, packs).findings;
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe('TUYỆT MẬT'.normalize('NFD'));
    expect(f!.excerpt.normalize('NFC')).toBe('TUYỆT MẬT');
  });

  it('never matches mặt/mất/mát, nor MẬT inside a sentence or a word', () => {
    expect(ids('Bí mật của thành công là sự kiên trì', packs)).toEqual([]);
    expect(ids('Mặt trời mọc. Mất điện. Trời mát.\nMAT\nmặt', packs)).toEqual([]);
    expect(ids('TÀI LIỆU MẬT CỦA CÔNG TY', packs)).toEqual([]);
    expect(ids('MẬTX\nXMẬT', packs)).toEqual([]);
  });

  it('upperCaseOnly matches case-insensitively but only where written in capitals', () => {
    const p = [pack('p', [phrase('urgent', ['hỏa tốc', 'hoả tốc'], { match: 'case', upperCaseOnly: true })])];
    expect(ids('Công văn HỎA TỐC gửi các đơn vị', p)).toEqual(['urgent']);
    expect(ids('Công văn HOẢ TỐC'.normalize('NFD'), p)).toEqual(['urgent']);
    expect(ids('giao hàng hỏa tốc trong ngày', p)).toEqual([]);
  });

  it('fold matches without diacritics and across case, respecting Vietnamese word boundaries', () => {
    const p = [
      pack('p', [phrase('hearsay', ['nghe nói', 'chia sẻ ngay'], { category: 'unverified-claim' })]),
    ];
    expect(ids('NGHE NOI là sắp tăng giá', p)).toEqual(['hearsay']);
    expect(ids('Nghe nói sắp tăng. Chia   sẻ ngay!', p)).toEqual(['hearsay', 'hearsay']);
    expect(ids('nghe nóiđ', p)).toEqual([]);
    expect(ids('đnghe nói', p)).toEqual([]);
  });

  it('exact mode keeps case and diacritics', () => {
    const p = [pack('p', [phrase('x', ['Kính gửi'], { match: 'exact' })])];
    expect(ids('Kính gửi: Sở Y tế', p)).toEqual(['x']);
    expect(ids('kính gửi: Sở Y tế', p)).toEqual([]);
    expect(ids('Kinh gui: So Y te', p)).toEqual([]);
  });

  it('keeps the longest of overlapping matches of one rule, and caps matches per rule', () => {
    const p = [pack('p', [phrase('x', ['tối mật', 'mật'], { match: 'case' })])];
    expect(check('tài liệu tối mật', p).findings.map((f) => f.excerpt)).toEqual(['tối mật']);
    const many = Array.from({ length: 500 }, () => 'mật').join(' ');
    expect(check(many, p).findings.length).toBe(MAX_MATCHES_PER_RULE);
  });

  it('trims long excerpts to 120 characters', () => {
    const long = 'a'.repeat(300);
    const p = [pack('p', [pattern('long', 'a{200,}')])];
    const [f] = check(long, p).findings;
    expect(f!.excerpt.length).toBe(120);
    expect(f!.excerpt.endsWith('…')).toBe(true);
    expect([f!.start, f!.end]).toEqual([0, 300]);
  });

  it('shares one phrase between rules of several packs', () => {
    const p = [pack('a', [phrase('x', ['nghe nói'])]), pack('b', [phrase('y', ['NGHE NÓI'])])];
    expect(check('nghe nói', p).findings.map((f) => `${f.packId}/${f.ruleId}`)).toEqual(['a/x', 'b/y']);
  });
});

describe('pattern rules', () => {
  it('runs on the NFC text and maps offsets back to NFD input', () => {
    const p = [pack('p', [pattern('number', String.raw`Số:?\s*\d{1,4}/[\p{Lu}Đ]{1,6}-[\p{Lu}Đ]{1,10}`)])];
    const text = 'Tiêu đề\nSố: 12/QĐ-UBND\nHà Nội'.normalize('NFD');
    const [f] = check(text, p).findings;
    expect(f && text.slice(f.start, f.end).normalize('NFC')).toBe('Số: 12/QĐ-UBND');
  });

  it('fold: runs on the folded text', () => {
    const p = [
      pack('p', [pattern('phone', String.raw`(?:dt|sdt|so dien thoai):?\s*0\d{9}`, { fold: true })]),
    ];
    const text = 'SĐT: 0912345678 nhé';
    const [f] = check(text, p).findings;
    expect(f && text.slice(f.start, f.end)).toBe('SĐT: 0912345678');
  });

  it('honours the pack flags, survives empty matches and a broken pattern', () => {
    const p = [
      pack('p', [
        pattern('ci', 'kính gửi', { flags: 'i' }),
        pattern('empty', 'x*'),
        pattern('broken', '(unclosed'),
        pattern('lines', '^Nơi nhận:$', { flags: 'm' }),
      ]),
    ];
    expect(ids('KÍNH GỬI các anh\nNơi nhận:\n- Lưu VT', p)).toEqual(['ci', 'lines']);
  });
});

describe('near rules', () => {
  const p = [
    pack('p', [
      near('accusation', ['tham nhũng', 'ăn chặn'], ['chủ tịch', 'giám đốc sở'], 5, {
        category: 'unverified-claim',
      }),
    ]),
  ];

  it('matches within the window, in either order, and spans both phrases', () => {
    const text = 'Nghe nói chủ tịch xã này tham nhũng lắm';
    const [f] = check(text, p).findings;
    expect(f?.excerpt).toBe('chủ tịch xã này tham nhũng');
    expect(ids('Ông ta tham nhũng, giám đốc sở biết', p)).toEqual(['accusation']);
  });

  it('does not match beyond the window or with one side only', () => {
    expect(ids('chủ tịch một hai ba bốn năm sáu tham nhũng', p)).toEqual([]);
    expect(ids('chống tham nhũng là nhiệm vụ', p)).toEqual([]);
  });

  it('counts window words from the end of the first phrase (adjacent = 1)', () => {
    const w1 = [pack('p', [near('n', ['a'], ['b'], 1, { match: 'case' })])];
    expect(ids('a b', w1)).toEqual(['n']);
    expect(ids('a x b', w1)).toEqual([]);
  });
});

describe('signal rules', () => {
  it('caps-ratio on texts with enough words', () => {
    const p = [pack('p', [signal('caps', 'caps-ratio', 0.6, 5, { category: 'tone', question: 'intent' })])];
    expect(ids('NÓNG: CHÍNH PHỦ VỪA RA QUYẾT ĐỊNH MỚI về thuế', p)).toEqual(['caps']);
    expect(ids('NÓNG SỐC', p)).toEqual([]);
    expect(ids('Hôm nay trời đẹp, UBND xã họp dân về đường mới', p)).toEqual([]);
    const [f] = check('ĐỌC NGAY KẺO MẤT BÀI NÀY', p).findings;
    expect([f?.start, f?.end]).toEqual([0, 0]);
  });

  it('exclamation-run reports each long run at its offsets', () => {
    const p = [pack('p', [signal('bang', 'exclamation-run', 3)])];
    const text = 'Sốc!! Thật sự sốc!!!! Không thể tin！！！';
    const r = check(text, p);
    expect(r.findings.map((f) => text.slice(f.start, f.end))).toEqual(['!!!!', '！！！']);
  });

  describe('claim-without-source', () => {
    const p = [
      pack('claims', [
        phrase('hearsay', ['nghe nói'], { category: 'unverified-claim' }),
        signal('no-source', 'claim-without-source', 0, 0, { category: 'unverified-claim' }),
      ]),
      pack('links', [domain('links', { report: {} })]),
    ];
    it('fires on a claim with no link and no named source', () => {
      expect(ids('Nghe nói xăng sắp tăng 5 nghìn', p)).toEqual(['hearsay', 'no-source']);
    });
    it('is quiet with a link, an attributed source, a shared URL, or no claim', () => {
      expect(ids('Nghe nói xăng tăng, xem vnexpress.net/a', p)).toEqual(['hearsay']);
      expect(ids('Nghe nói xăng tăng, theo Bộ Công Thương', p)).toEqual(['hearsay']);
      expect(ids('Nghe nói xăng tăng (nguồn: VTV1)', p)).toEqual(['hearsay']);
      expect(ids('Nghe nói xăng tăng, theo bao Tuoi Tre', p)).toEqual(['hearsay']);
      expect(
        check({ text: 'Nghe nói xăng tăng', shared: { url: 'https://tuoitre.vn/a' } }, p).findings.map(
          (f) => f.ruleId,
        ),
      ).toEqual(['hearsay']);
      expect(ids('Xăng tăng giá, theo dõi nhé', p)).toEqual([]);
    });
    it('is not satisfied by "theo" that attributes nothing', () => {
      expect(ids('Nghe nói theo tôi thì tiếp theo sẽ tăng', p)).toEqual(['hearsay', 'no-source']);
    });
  });
});

describe('domain rules and links', () => {
  const p = [pack('src', [domain('links')])];

  it('gives every link a verdict and reports per `report`', () => {
    const text =
      'Xem bit.ly/abc, https://chinhphu-vn.com/x, http://1.2.3.4/a, chinhphu.vn/tin và vnexpress.net';
    const r = check(text, p);
    expect(r.links.map((l) => [l.domain, l.verdict])).toEqual([
      ['bit.ly', 'shortener'],
      ['chinhphu-vn.com', 'lookalike'],
      ['1.2.3.4', 'ip'],
      ['chinhphu.vn', 'official'],
      ['vnexpress.net', 'known'],
    ]);
    expect(r.links[1]?.imitates).toBe('chinhphu.vn');
    expect(r.findings.map((f) => [f.excerpt, f.severity])).toEqual([
      ['bit.ly/abc', 'warning'],
      ['https://chinhphu-vn.com/x', 'critical'],
      ['http://1.2.3.4/a', 'warning'],
    ]);
    expect(r.verdict).toBe('critical');
  });

  it('takes a bare IPv4 address with a path for a link with verdict ip', () => {
    const text = 'Đăng ký nhận quà tại 45.76.12.34/dang-ky nhé';
    const r = check(text, p);
    expect(r.links.map((l) => [l.url, l.domain, l.verdict])).toEqual([
      ['45.76.12.34/dang-ky', '45.76.12.34', 'ip'],
    ]);
    expect(r.findings.map((f) => text.slice(f.start, f.end))).toEqual(['45.76.12.34/dang-ky']);
    expect(check('Phiên bản 1.2.3.4 đã ra', p).links).toEqual([]);
  });

  it('checks links the page attached (preview card, shared post) at 0/0', () => {
    const r = check(
      {
        text: 'Hay quá',
        links: ['https://bit.ly/x'],
        shared: { url: 'https://baochinhphu.vn.xyz/a', author: 'A' },
      },
      p,
    );
    expect(r.links.map((l) => l.verdict)).toEqual(['shortener', 'lookalike']);
    expect(r.findings.map((f) => [f.start, f.end, f.excerpt])).toEqual([
      [0, 0, 'https://baochinhphu.vn.xyz/a'],
      [0, 0, 'https://bit.ly/x'],
    ]);
  });

  it('finds a bare look-alike written with Cyrillic letters in the text', () => {
    const text = 'Thông báo tại сhinhphu.vn/tb nhé'; // Cyrillic с
    const r = check(text, p);
    expect(r.links).toEqual([
      { url: 'сhinhphu.vn/tb', domain: 'сhinhphu.vn', verdict: 'lookalike', imitates: 'chinhphu.vn' },
    ]);
    expect(text.slice(r.findings[0]!.start, r.findings[0]!.end)).toBe('сhinhphu.vn/tb');
  });

  it('lists each URL once', () => {
    const r = check({ text: 'bit.ly/a bit.ly/a', links: ['bit.ly/a'] }, p);
    expect(r.links).toHaveLength(1);
    expect(r.findings).toHaveLength(2);
  });
});

describe('groups: weak markers add up', () => {
  const weak = (id: string, phrases: string[], weight: number, group = 'markers') =>
    phrase(id, phrases, { match: 'exact', weight, group });
  const p = [
    pack('docs', [
      weak('salutation', ['Kính gửi'], 0.4),
      weak('recipients', ['Nơi nhận'], 0.4),
      weak('archive', ['Lưu: VT'], 0.4),
      weak('elsewhere', ['Quyết định'], 0.5, 'other'),
    ]),
  ];

  it('one weak marker alone is not reported; distinct ones that reach 1 are, all of them', () => {
    expect(ids('Kính gửi: anh chị', p)).toEqual([]);
    expect(ids('Kính gửi: anh. Kính gửi: chị. Nơi nhận', p)).toEqual([]); // 0.4 + 0.4: repeats do not count
    expect(ids('Kính gửi: anh\nNơi nhận:\n- Lưu: VT', p)).toEqual(['salutation', 'recipients', 'archive']);
  });

  it('groups do not mix across groups or packs', () => {
    const two = [...p, pack('other', [weak('x', ['Nơi nhận'], 0.4), weak('y', ['Lưu: VT'], 0.4)])];
    expect(ids('Quyết định. Kính gửi\nNơi nhận', two)).toEqual([]);
  });

  it('a rule without a group is its own group (weight < 1 alone never reports)', () => {
    const q = [pack('p', [phrase('lonely', ['abc'], { weight: 0.5 }), phrase('strong', ['xyz'])])];
    expect(ids('abc xyz', q)).toEqual(['strong']);
  });
});

describe('declared groups: one voice for weak markers', () => {
  const member = (id: string, phrases: string[], weight: number, extra: Partial<CompiledPhraseRule> = {}) =>
    phrase(id, phrases, {
      category: 'unverified-claim',
      severity: 'info',
      message: { vi: `dấu hiệu ${id}`, en: `marker ${id}` },
      weight,
      group: 'rumour',
      ...extra,
    });
  const rumour: CompiledGroup = {
    id: 'rumour',
    reach: 1,
    severity: 'warning',
    category: 'unverified-claim',
    question: 'source',
    message: { vi: 'Có dấu hiệu tin đồn', en: 'Signs of a rumour' },
    reference: 'QĐ 874/QĐ-BTTTT',
  };
  const rules = [
    member('hearsay', ['nghe nói'], 0.5),
    member('spread', ['chia sẻ ngay'], 0.5),
    member('framing', ['NÓNG'], 0.5, { match: 'exact' }),
    signal('bang', 'exclamation-run', 3, 1, { group: 'rumour', weight: 0.25, category: 'unverified-claim' }),
  ];
  const declared: CompiledPack = { ...pack('claims', rules), groups: [rumour] };

  it('reports ONE finding at the group severity once the distinct markers reach it, markers as evidence', () => {
    const text = 'NÓNG!!! Nghe nói mai cắt nước, chia sẻ ngay';
    const r = createChecker([declared]).check(text);
    expect(r.findings).toHaveLength(1);
    const [f] = r.findings;
    expect(f).toMatchObject({
      packId: 'claims',
      ruleId: 'rumour',
      severity: 'warning',
      category: 'unverified-claim',
      question: 'source',
      message: rumour.message,
      reference: 'QĐ 874/QĐ-BTTTT',
      start: 0,
      end: 4,
      excerpt: 'NÓNG',
    });
    expect(f?.evidence?.map((e) => [e.ruleId, e.excerpt, text.slice(e.start, e.end), e.weight])).toEqual([
      ['framing', 'NÓNG', 'NÓNG', 0.5],
      ['bang', '!!!', '!!!', 0.25],
      ['hearsay', 'Nghe nói', 'Nghe nói', 0.5],
      ['spread', 'chia sẻ ngay', 'chia sẻ ngay', 0.5],
    ]);
    expect(f?.evidence?.[2]?.message).toEqual({ vi: 'dấu hiệu hearsay', en: 'marker hearsay' });
    expect(r.verdict).toBe('review');
  });

  it('stays silent below its reach, and repeats of one marker count once', () => {
    const c = createChecker([declared]);
    expect(c.check('Nghe nói quán này ngon').findings).toEqual([]);
    expect(c.check('nghe nói thế, nghe nói thế, nghe nói thế!!!').findings).toEqual([]); // 0.5 + 0.25
    expect(c.check('nghe nói thế, nghe nói thế!!!').verdict).toBe('clean');
  });

  it('honours a reach above 1, and a decimal sum that lands on it', () => {
    const strict: CompiledPack = { ...declared, groups: [{ ...rumour, reach: 1.75 }] };
    const c = createChecker([strict]);
    expect(c.check('NÓNG: nghe nói, chia sẻ ngay').findings).toEqual([]); // 1.5
    expect(c.check('NÓNG!!! nghe nói, chia sẻ ngay').findings.map((f) => f.ruleId)).toEqual(['rumour']);
  });

  it('lists every occurrence as evidence in text order, whole-text signals last, capped', () => {
    const caps = signal('caps', 'caps-ratio', 0.5, 1, {
      group: 'rumour',
      weight: 0.5,
      category: 'unverified-claim',
    });
    const c = createChecker([{ ...declared, rules: [...rules, caps] }]);
    const text = `${'chia sẻ ngay '.repeat(30)} NGHE NÓI`;
    const f = c.check(text).findings[0];
    expect(f?.evidence).toHaveLength(MAX_EVIDENCE);
    expect(f?.evidence?.[0]).toMatchObject({ ruleId: 'spread', start: 0 });
    const few = c.check('CHIA SẺ NGAY NGHE NÓI').findings[0];
    expect(few?.evidence?.map((e) => e.ruleId)).toEqual(['spread', 'hearsay', 'caps']);
    expect(few?.evidence?.at(-1)).toMatchObject({ start: 0, end: 0 });
  });

  it('is placed at 0/0 when only whole-text signals reached it', () => {
    const whole = {
      ...declared,
      rules: [signal('caps', 'caps-ratio', 0.5, 1, { group: 'rumour', weight: 1 })],
    };
    const f = createChecker([whole]).check('ALL CAPS HERE').findings[0];
    expect(f).toMatchObject({ ruleId: 'rumour', start: 0, end: 0, excerpt: 'ALL CAPS HERE' });
  });

  it('a member of weight 1 makes the group speak alone; members never report on their own', () => {
    const strong = {
      ...declared,
      rules: [...rules, member('admitted', ['chưa kiểm chứng nhưng'], 1, { severity: 'critical' })],
    };
    const r = createChecker([strong]).check('chưa kiểm chứng nhưng cứ đăng');
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['rumour', 'warning']]);
  });

  it('is per pack: the same group id in two packs is two groups', () => {
    const other: CompiledPack = {
      ...declared,
      id: 'other',
      rules: [member('spread', ['chia sẻ ngay'], 0.5)],
    };
    const mine: CompiledPack = { ...declared, rules: [member('hearsay', ['nghe nói'], 0.5)] };
    expect(createChecker([mine, other]).check('nghe nói, chia sẻ ngay').findings).toEqual([]);
  });

  it('leaves undeclared groups and lone rules of the same pack as they were', () => {
    const mixed: CompiledPack = {
      ...declared,
      rules: [
        ...rules,
        phrase('a', ['Kính gửi'], { weight: 0.5, group: 'layout' }),
        phrase('b', ['Nơi nhận'], { weight: 0.5, group: 'layout' }),
        phrase('stamp', ['MẬT'], { match: 'exact', severity: 'critical' }),
      ],
    };
    const r = createChecker([mixed]).check('MẬT\nKính gửi: x\nNơi nhận: y\nnghe nói, chia sẻ ngay');
    expect(r.findings.map((f) => f.ruleId)).toEqual(['stamp', 'a', 'b', 'rumour']);
    expect(r.findings.filter((f) => f.evidence).map((f) => f.ruleId)).toEqual(['rumour']);
  });

  it('old compiled packs (no `groups`) and odd stored data keep working', () => {
    const old = pack('claims', rules); // members name group "rumour", which the pack does not declare
    expect(ids('NÓNG!!! nghe nói', [old])).toEqual(['framing', 'bang', 'hearsay']);
    const odd = { ...declared, groups: [null, { ...rumour, reach: Number.NaN }] } as unknown as CompiledPack;
    expect(ids('nghe nói, chia sẻ ngay', [odd])).toEqual(['rumour']); // a reach that is not a number: 1
  });

  it('a counter-marker (negative weight) lowers the total and shows in the evidence, never as the place', () => {
    const denial = member('denial', ['sai sự thật'], -0.5);
    const c = createChecker([{ ...declared, rules: [...rules, denial] }]);
    // 0.5 + 0.5 - 0.5: silent (without the denial it would speak)
    expect(c.check('Tin "nghe nói mai cắt nước, chia sẻ ngay" là sai sự thật').findings).toEqual([]);
    expect(c.check('Tin "nghe nói mai cắt nước, chia sẻ ngay"').findings).toHaveLength(1);
    // 0.5 + 0.25 + 0.5 + 0.5 - 0.5 = 1.25: still speaks, placed at its first marker, the denial in evidence
    const text = 'Sai sự thật à? NÓNG!!! nghe nói mai cắt nước, chia sẻ ngay';
    const [f] = c.check(text).findings;
    expect(f).toMatchObject({ ruleId: 'rumour', excerpt: 'NÓNG', start: text.indexOf('NÓNG') });
    expect(f?.evidence?.[0]).toMatchObject({ ruleId: 'denial', weight: -0.5, excerpt: 'Sai sự thật' });
    expect(c.explain(text).groups[0]).toMatchObject({ total: 1.25, reached: true });
  });

  it('a counter-marker alone does not count as a claim for claim-without-source', () => {
    const unsourced = signal('unsourced', 'claim-without-source', 1, 0, { group: 'rumour', weight: 1 });
    const c = createChecker([{ ...declared, rules: [member('denial', ['sai sự thật'], -0.5), unsourced] }]);
    expect(c.explain('Tin đó là sai sự thật').groups[0]?.markers.map((m) => m.ruleId)).toEqual(['denial']);
  });

  it('explain() tallies every group with a matched member: reached or a near miss, declared or not', () => {
    const mixed: CompiledPack = {
      ...declared,
      rules: [...rules, phrase('a', ['Kính gửi'], { weight: 0.5, group: 'layout' })],
    };
    const c = createChecker([mixed]);
    const near = c.explain('Kính gửi: nghe nói thế!!!');
    expect(near.findings).toEqual([]);
    expect(near.groups).toEqual([
      expect.objectContaining({
        packId: 'claims',
        groupId: 'layout',
        declared: false,
        reach: 1,
        total: 0.5,
        reached: false,
      }),
      expect.objectContaining({
        packId: 'claims',
        groupId: 'rumour',
        declared: true,
        reach: 1,
        total: 0.75,
        reached: false,
      }),
    ]);
    expect(near.groups[1]?.markers.map((m) => [m.ruleId, m.excerpt, m.weight])).toEqual([
      ['hearsay', 'nghe nói', 0.5],
      ['bang', '!!!', 0.25],
    ]);
    const reached = c.explain('nghe nói x, nghe nói y, chia sẻ ngay!!!');
    expect(reached.groups.map((g) => [g.groupId, g.total, g.reached, g.markers.length])).toEqual([
      ['rumour', 1.25, true, 3],
    ]);
    expect(reached.findings).toEqual(c.check('nghe nói x, nghe nói y, chia sẻ ngay!!!').findings);
  });
});

describe('result shape and verdict', () => {
  it('clean text: clean verdict, five questions with no hints', () => {
    const r = check('Chúc mừng sinh nhật bạn!', [pack('docs', [stamp]), pack('src', [domain('links')])]);
    expect(r.verdict).toBe('clean');
    expect(r.findings).toEqual([]);
    expect(r.questions.map((q) => q.id)).toEqual(['source', 'author', 'intent', 'harm', 'benefit']);
    expect(r.questions.every((q) => q.hints.length === 0)).toBe(true);
  });

  it('review for an unknown link even without findings, clean for official/known', () => {
    const p = [pack('src', [domain('links', { report: {} })])];
    expect(check('xem example.com', p).verdict).toBe('review');
    expect(check('xem chinhphu.vn và vnexpress.net', p).verdict).toBe('clean');
  });

  it('sorts findings by start and de-duplicates', () => {
    const p = [
      pack('p', [
        phrase('b', ['beta'], { match: 'case' }),
        phrase('a', ['alpha', 'ALPHA'], { match: 'case' }),
        pattern('a2', 'alpha'),
      ]),
    ];
    const r = check('beta alpha beta', p);
    expect(r.findings.map((f) => [f.ruleId, f.start])).toEqual([
      ['b', 0],
      ['a', 5],
      ['a2', 5],
      ['b', 11],
    ]);
  });

  it('accepts a plain string or a Draft, and caches the checker per packs array', () => {
    const p = [pack('docs', [stamp])];
    expect(check('MẬT', p)).toEqual(check({ text: 'MẬT' }, p));
    const c = createChecker(p);
    expect(c.check('MẬT').verdict).toBe('critical');
    expect(createChecker([]).check('anything').verdict).toBe('clean');
  });

  it('near and fold patterns work on decomposed (NFD) input, offsets into it', () => {
    const q = [
      pack('p', [
        near('acc', ['tham nhũng'], ['chủ tịch'], 4),
        pattern('pd', String.raw`so dien thoai:?\s*0\d{9}`, { fold: true }),
      ]),
    ];
    const text = 'Chủ tịch xã tham nhũng. Số điện thoại: 0912345678'.normalize('NFD');
    const r = check(text, q);
    expect(r.findings.map((f) => text.slice(f.start, f.end).normalize('NFC'))).toEqual([
      'Chủ tịch xã tham nhũng',
      'Số điện thoại: 0912345678',
    ]);
  });

  it('tolerates odd drafts without throwing', () => {
    const p = [pack('docs', [stamp]), pack('src', [domain('links')])];
    expect(check({ text: '' }, p).verdict).toBe('clean');
    expect(() =>
      check({ text: undefined as unknown as string, links: [1 as unknown as string] }, p),
    ).not.toThrow();
  });
});

describe('parts of a draft: the shared post and the attached pictures', () => {
  const hearsay = phrase('hearsay', ['nghe nói'], { category: 'unverified-claim' });
  const noSource = signal('no-source', 'claim-without-source', 0, 0, { category: 'unverified-claim' });
  const caps = signal('caps', 'caps-ratio', 0.6, 5, { category: 'tone', question: 'intent' });
  const p = [
    pack('docs', [stamp]),
    pack('claims', [hearsay, noSource, caps]),
    pack('src', [domain('links')]),
  ];

  it('checks a shared post’s text: a forwarded rumour asks, placed and quoted in that text', () => {
    const shared = 'Tin nội bộ: nghe nói sắp đổi tiền, rút hết tiền ra đi';
    const r = check({ text: '', shared: { text: shared } }, p);
    // The whole-text signal sits at 0/0, before the words it is about.
    expect(r.findings.map((f) => [f.ruleId, f.part])).toEqual([
      ['no-source', { kind: 'shared' }],
      ['hearsay', { kind: 'shared' }],
    ]);
    const f = r.findings.find((x) => x.ruleId === 'hearsay');
    expect(shared.slice(f!.start, f!.end)).toBe('nghe nói');
    expect(f!.excerpt).toBe('nghe nói');
    expect(r.verdict).toBe('review');
  });

  it('a stamp in a forwarded message is found as a line of that message, not of the typed note', () => {
    const r = check({ text: 'Gửi anh xem', shared: { text: 'TỐI MẬT\nSố: 12/QĐ-UBND' } }, [p[0]!]);
    expect(r.findings.map((f) => [f.ruleId, f.part?.kind, f.start, f.end])).toEqual([
      ['secrecy-stamp', 'shared', 0, 7],
    ]);
    expect(r.verdict).toBe('critical');
  });

  it('a source named in the typed text (or a link anywhere) answers a claim in the shared post', () => {
    const shared = 'nghe nói sắp đổi tiền';
    expect(check({ text: 'Theo Bộ Tài chính thì không', shared: { text: shared } }, p).findings).toEqual([
      expect.objectContaining({ ruleId: 'hearsay', part: { kind: 'shared' } }),
    ]);
    const linked = check({ text: '', shared: { text: shared, url: 'https://vnexpress.net/a' } }, p);
    expect(linked.findings.map((f) => f.ruleId)).toEqual(['hearsay']);
  });

  it('links in the shared text are judged once, with the typed text, at 0/0 with the address as excerpt', () => {
    const r = check({ text: '', shared: { text: 'Xem bit.ly/abc nhé' } }, p);
    expect(r.links.map((l) => l.verdict)).toEqual(['shortener']);
    expect(r.findings).toEqual([
      expect.objectContaining({ ruleId: 'links', start: 0, end: 0, excerpt: 'bit.ly/abc' }),
    ]);
    expect(r.findings[0]!.part).toBeUndefined();
  });

  it('checks each picture’s text on its own: a stamp line, offsets and excerpt from that text', () => {
    const read = 'TỐI MẬT\n\nUBND TỈNH A\nSố: 12/QĐ-UBND';
    const r = check({ text: 'Ảnh nè', images: [{ text: 'Vịnh Hạ Long sáng nay' }, { text: read }] }, p);
    expect(r.findings).toEqual([
      expect.objectContaining({
        ruleId: 'secrecy-stamp',
        part: { kind: 'image', index: 1 },
        start: 0,
        end: 7,
        excerpt: 'TỐI MẬT',
        severity: 'critical',
      }),
    ]);
    expect(r.verdict).toBe('critical');
  });

  it('a picture’s text raises no signals and no links (capitals by design, links misread)', () => {
    const meme = 'NGHE NÓI MAI ĐƯỢC NGHỈ HỌC CẢ TUẦN LUÔN NHÉ\nbit.ly/abc';
    const r = check({ text: '', images: [{ text: meme }] }, p);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['hearsay']);
    expect(r.links).toEqual([]);
    // The same words typed are shouted and unsourced.
    expect(ids(meme.replace('\nbit.ly/abc', ''), p).sort()).toEqual(['caps', 'hearsay', 'no-source']);
  });

  it('groups add up within one part only: markers split between the text and a picture stay silent', () => {
    const weak = (id: string, words: string[]) =>
      phrase(id, words, { group: 'doc', weight: 0.5, severity: 'critical' });
    const g: CompiledGroup = {
      id: 'doc',
      reach: 1,
      severity: 'critical',
      category: 'internal-document',
      question: 'source',
      message: { vi: 'văn bản', en: 'document' },
    };
    const packs = [
      { ...pack('g', [weak('kinh-gui', ['Kính gửi']), weak('noi-nhan', ['Nơi nhận'])]), groups: [g] },
    ];
    expect(check({ text: 'Kính gửi anh', images: [{ text: 'Nơi nhận: như trên' }] }, packs).findings).toEqual(
      [],
    );
    const both = check({ text: '', images: [{ text: 'Kính gửi: UBND\nNơi nhận: như trên' }] }, packs);
    expect(both.findings).toEqual([
      expect.objectContaining({ ruleId: 'doc', part: { kind: 'image', index: 0 }, excerpt: 'Kính gửi' }),
    ]);
    expect(both.findings[0]!.evidence?.map((e) => e.excerpt)).toEqual(['Kính gửi', 'Nơi nhận']);
  });

  it('orders findings by part: the typed text, the shared post, then each picture', () => {
    const r = check(
      {
        text: 'nghe nói vậy, theo VTV',
        shared: { text: 'MẬT' },
        images: [{ text: 'TUYỆT MẬT' }, { text: 'nghe nói thôi' }],
      },
      p,
    );
    expect(
      r.findings.map(
        (f) => `${f.ruleId}@${f.part?.kind ?? 'text'}${f.part?.kind === 'image' ? f.part.index : ''}`,
      ),
    ).toEqual(['hearsay@text', 'secrecy-stamp@shared', 'secrecy-stamp@image0', 'hearsay@image1']);
  });

  it('explain() tallies each part’s groups apart, saying which part', () => {
    const checker = createChecker(p);
    const { groups } = checker.explain({ text: 'x', images: [{ text: 'TỐI MẬT' }] });
    expect(groups.map((g) => [g.groupId, g.part])).toEqual([]);
    const weak = phrase('w', ['Kính gửi'], { group: 'doc', weight: 0.5 });
    const tally = createChecker([pack('g', [weak])]).explain({
      text: 'Kính gửi',
      images: [{ text: 'Kính gửi' }],
    });
    expect(tally.groups.map((g) => [g.groupId, g.part, g.total])).toEqual([
      ['doc', undefined, 0.5],
      ['doc', { kind: 'image', index: 0 }, 0.5],
    ]);
  });

  it('ignores empty parts and odd stored shapes without throwing', () => {
    expect(check({ text: 'ok', shared: { text: '  ' }, images: [{ text: '' }] }, p).findings).toEqual([]);
    expect(() =>
      check(
        { text: 'ok', images: [null as unknown as { text: string }, { text: 3 as unknown as string }] },
        p,
      ),
    ).not.toThrow();
  });
});

describe('pattern rules and their required literals', () => {
  const packOf = (...rules: CompiledRule[]): CompiledPack[] => [
    { id: 'p', version: '1.0.0', name: { vi: 'p', en: 'p' }, rules, questions: [] },
  ];
  const ids = (packs: CompiledPack[], text: string) => check(text, packs).findings.map((f) => f.ruleId);

  it('a pattern none of whose literals occurs is not run; one whose literal occurs is', () => {
    // The literal lists here are deliberately not the pattern's: that is how the skip is seen.
    const packs = packOf(
      pattern('skipped', 'abc', { literals: ['zzz'] }),
      pattern('run', 'abc', { literals: ['zzz', 'bc'] }),
      pattern('plain', 'abc'),
    );
    expect(ids(packs, 'xx abc xx')).toEqual(['plain', 'run']);
  });

  it('folded patterns look for their literals in the folded text', () => {
    const packs = packOf(pattern('folded', 'tai lieu mat', { fold: true, literals: ['lieu mat'] }));
    expect(ids(packs, 'Đây là TÀI LIỆU MẬT')).toEqual(['folded']);
    expect(ids(packs, 'Đây là tài liệu công khai')).toEqual([]);
  });
});

describe('case-insensitive folded patterns and their literals', () => {
  const packOf = (...rules: CompiledRule[]): CompiledPack[] => [
    { id: 'p', version: '1.0.0', name: { vi: 'p', en: 'p' }, rules, questions: [] },
  ];
  const ids = (packs: CompiledPack[], text: string) => check(text, packs).findings.map((f) => f.ruleId);
  // Deliberately wrong literals, so that whether the pattern ran shows in the findings.
  const packs = packOf(pattern('caseless', 'abc', { fold: true, flags: 'i', literals: ['zzz'] }));

  it('are skipped when the folded text holds none of their literals', () => {
    expect(ids(packs, 'xx ABC xx')).toEqual([]);
  });

  it('all run where the folded text holds ſ, which s matches under iu', () => {
    expect(ids(packs, 'xx ABC ſ')).toEqual(['caseless']);
  });

  it('K (U+212A) is folded to k, so a literal with k still finds it', () => {
    const kelvin = packOf(pattern('kg', 'kg', { fold: true, flags: 'i', literals: ['kg'] }));
    expect(ids(kelvin, '5 \u212Ag')).toEqual(['kg']);
  });

  it('literals of a case-insensitive pattern on the exact text are not used', () => {
    const exact = packOf(pattern('exact-caseless', 'abc', { flags: 'i', literals: ['zzz'] }));
    expect(ids(exact, 'xx ABC xx')).toEqual(['exact-caseless']);
  });
});
