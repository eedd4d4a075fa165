import { describe, expect, it } from 'vitest';
import type { Finding, LinkResult, QuestionResult } from '../engine/types';
import { buildQuestionHints } from './hints';

function finding(category: Finding['category'], question: Finding['question'], ruleId = 'r'): Finding {
  return {
    packId: 'p',
    ruleId,
    category,
    question,
    severity: 'warning',
    start: 0,
    end: 1,
    excerpt: 'x',
    message: { vi: `thông điệp ${ruleId}`, en: `message ${ruleId}` },
  };
}

const hintIds = (r: QuestionResult[], id: string) => r.find((q) => q.id === id)?.hints.map((h) => h.id) ?? [];

describe('buildQuestionHints', () => {
  it('always returns the five questions in order', () => {
    expect(buildQuestionHints([], []).map((q) => q.id)).toEqual([
      'source',
      'author',
      'intent',
      'harm',
      'benefit',
    ]);
  });

  it('internal documents: source and harm hints, once however many findings', () => {
    const r = buildQuestionHints(
      [finding('internal-document', 'source', 'a'), finding('internal-document', 'source', 'b')],
      [],
    );
    expect(hintIds(r, 'source')).toEqual(['category:internal-document']);
    expect(hintIds(r, 'harm')).toEqual(['category:internal-document']);
    expect(r[0]?.hints[0]?.text.vi).toMatch(/^Có dấu hiệu tài liệu nội bộ\/mật/);
  });

  it('unverified claims → source and intent; personal data → harm; tone → intent', () => {
    const r = buildQuestionHints(
      [finding('unverified-claim', 'source'), finding('personal-data', 'harm'), finding('tone', 'intent')],
      [],
    );
    expect(hintIds(r, 'source')).toEqual(['category:unverified-claim']);
    expect(hintIds(r, 'intent')).toEqual(['category:unverified-claim', 'category:tone']);
    expect(hintIds(r, 'harm')).toEqual(['category:personal-data']);
  });

  it("custom categories and uncovered questions show the rule's own message", () => {
    const r = buildQuestionHints(
      [finding('custom:brand', 'benefit', 'ad'), finding('personal-data', 'author', 'pd')],
      [],
    );
    expect(hintIds(r, 'benefit')).toEqual(['rule:p/ad']);
    expect(hintIds(r, 'author')).toEqual(['rule:p/pd']);
    expect(r.find((q) => q.id === 'benefit')?.hints[0]?.text).toEqual({
      vi: 'thông điệp ad',
      en: 'message ad',
    });
  });

  it('links: shortener and look-alike hints name the domains', () => {
    const links: LinkResult[] = [
      { url: 'bit.ly/x', domain: 'bit.ly', verdict: 'shortener' },
      {
        url: 'https://chinhphu-vn.com',
        domain: 'chinhphu-vn.com',
        verdict: 'lookalike',
        imitates: 'chinhphu.vn',
      },
      { url: 'https://chinhphu.vn', domain: 'chinhphu.vn', verdict: 'official' },
    ];
    const r = buildQuestionHints([], links);
    expect(hintIds(r, 'source')).toEqual(['link:lookalike', 'link:shortener', 'link:official']);
    const source = r[0]!.hints;
    expect(source[0]?.text.vi).toContain('chinhphu-vn.com');
    expect(source[0]?.text.vi).toContain('chinhphu.vn');
    expect(source[1]?.text.vi).toContain('bit.ly');
    expect(source[1]?.text.en).toContain('bit.ly');
    expect(hintIds(r, 'benefit')).toEqual(['link:lookalike']);
  });

  it('several look-alikes are listed with what each imitates', () => {
    const r = buildQuestionHints(
      [],
      [
        { url: 'a', domain: 'chinhphu-vn.com', verdict: 'lookalike', imitates: 'chinhphu.vn' },
        { url: 'b', domain: 'vtv.vn.xyz', verdict: 'lookalike', imitates: 'vtv.vn' },
      ],
    );
    const text = r[0]?.hints[0]?.text;
    expect(text?.vi).toContain('chinhphu-vn.com (giống chinhphu.vn), vtv.vn.xyz (giống vtv.vn)');
    expect(text?.en).toContain('vtv.vn.xyz (imitating vtv.vn)');
  });

  it('a finding on a link leaves the explaining to the link hint', () => {
    const f = { ...finding('source', 'source', 'link-source'), excerpt: 'bit.ly/x' };
    const r = buildQuestionHints([f], [{ url: 'bit.ly/x', domain: 'bit.ly', verdict: 'shortener' }]);
    expect(hintIds(r, 'source')).toEqual(['link:shortener']);
  });

  it('shared post author → author hint', () => {
    const r = buildQuestionHints([], [], { text: '', shared: { author: ' Nguyễn Văn A ' } });
    expect(r.find((q) => q.id === 'author')?.hints).toEqual([
      {
        id: 'author:shared',
        text: { vi: 'Người đăng gốc: Nguyễn Văn A.', en: 'Originally posted by: Nguyễn Văn A.' },
      },
    ]);
  });

  it('every hint has Vietnamese and English text', () => {
    const r = buildQuestionHints(
      [
        finding('internal-document', 'source'),
        finding('unverified-claim', 'source'),
        finding('tone', 'intent'),
      ],
      (['official', 'known', 'unknown', 'shortener', 'lookalike', 'ip', 'flagged'] as const).map(
        (verdict) => ({
          url: `${verdict}.example`,
          domain: `${verdict}.example`,
          verdict,
          imitates: 'chinhphu.vn',
        }),
      ),
      { text: '', shared: { author: 'B' } },
    );
    for (const q of r) for (const h of q.hints) expect(h.text.vi && h.text.en).toBeTruthy();
  });
});
