/**
 * A small, valid organisation pack as YAML, with one rule (`leak-marker`) that flags "TÀI LIỆU NỘI BỘ". The
 * store, options and subscription tests vary its id, version, publisher and message text.
 */
export function orgPackYaml(options: {
  id: string;
  version: string;
  name: { vi: string; en: string };
  publisher?: string;
  message?: { vi: string; en: string };
}): string {
  const message = options.message ?? { vi: 'Tài liệu nội bộ.', en: 'Internal document.' };
  return `pack: ${options.id}
version: ${options.version}
name: { vi: '${options.name.vi}', en: '${options.name.en}' }
${options.publisher ? `publisher: '${options.publisher}'\n` : ''}rules:
  - id: leak-marker
    kind: phrase
    category: internal-document
    question: source
    severity: warning
    phrases: ['TÀI LIỆU NỘI BỘ']
    case: exact
    message: { vi: '${message.vi}', en: '${message.en}' }
    examples:
      flag: ['Đây là TÀI LIỆU NỘI BỘ của sở']
      pass: ['Tài liệu tham khảo công khai']
`;
}
