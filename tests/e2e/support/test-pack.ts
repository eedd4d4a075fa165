import type { CompiledPack } from '../../../src/engine/types';

/**
 * The rules the guard e2e tests rely on, used only when the background has not published a rule set (a
 * build without the pack store). Ids match the built-in packs (`secrecy-stamp` of vn-internal-documents) so
 * the assertions hold either way.
 */
export const E2E_FALLBACK_PACK: CompiledPack = {
  id: 'wr-e2e-fallback',
  version: '1.0.0',
  name: { vi: 'Gói dự phòng cho kiểm thử e2e', en: 'e2e fallback pack' },
  questions: [],
  rules: [
    {
      kind: 'phrase',
      id: 'secrecy-stamp',
      category: 'internal-document',
      question: 'source',
      severity: 'critical',
      weight: 1,
      message: { vi: 'Bài có dấu độ mật.', en: 'The post carries a secrecy stamp.' },
      phrases: ['TUYỆT MẬT', 'TỐI MẬT'],
      match: 'exact',
      wholeLine: false,
      upperCaseOnly: true,
    },
    {
      kind: 'domain',
      id: 'link-sources',
      category: 'source',
      question: 'source',
      severity: 'warning',
      weight: 1,
      message: { vi: 'Kiểm tra nguồn của liên kết.', en: 'Check where the link leads.' },
      official: ['gov.vn', 'chinhphu.vn', 'baochinhphu.vn', 'dangcongsan.vn'],
      known: ['vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'nhandan.vn'],
      shorteners: ['bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'cutt.ly', 'rb.gy', 'is.gd'],
      flagged: [],
      protect: ['chinhphu.vn', 'baochinhphu.vn'],
      report: { shortener: 'warning', lookalike: 'critical', ip: 'warning', flagged: 'critical' },
    },
  ],
};
