import type { PackProblem } from './pack-record';
import type { StoreLanguage, StoreMessageData, StoreMessageId } from './store-message';

type Texts = { [K in StoreMessageId]: (data: StoreMessageData[K]) => string };

/** The pack store's words, Vietnamese first. Data (ids, addresses, versions) is shown as given. */
const vi: Texts = {
  'pack-too-large': (d) => `Bộ quy tắc nặng ${d.size}, vượt giới hạn ${d.limit}.`,
  'signature-unknown-key': (d) =>
    `Chữ ký bị từ chối: ký bằng khoá ${d.keyId}, khoá này chưa được tin cậy — hãy thêm khoá của nhà phát hành trước.`,
  'signature-not-organisation-key': (d) =>
    `Chữ ký bị từ chối: khoá ${d.keyId} không phải khoá do tổ chức của bạn chỉ định; tổ chức chỉ chấp nhận khoá của mình.`,
  'signature-mismatch': (d) => `Chữ ký bị từ chối: chữ ký không khớp với bộ quy tắc (khoá ${d.keyId}).`,
  'signature-malformed': (d) => `Chữ ký bị từ chối: không đọc được chữ ký (${d.detail}).`,
  'signature-required': () => 'Tổ chức của bạn yêu cầu bộ quy tắc có chữ ký, bộ này không có chữ ký.',
  'id-builtin': (d) => `"${d.id}" là mã của một bộ quy tắc có sẵn.`,
  'id-policy': (d) => `"${d.id}" do chính sách của tổ chức đặt.`,
  'id-taken-file': (d) => `Đã có bộ "${d.id}" nhập từ tệp; hãy gỡ bộ đó trước.`,
  'id-taken-address': (d) => `Đã có bộ "${d.id}" từ địa chỉ ${d.url}; hãy gỡ bộ đó trước.`,
  'key-changed': (d) => `"${d.id}" đã được ký bằng khoá ${d.was}; bản này ký bằng khoá khác (${d.now}).`,
  'key-dropped': (d) => `"${d.id}" đã được ký bằng khoá ${d.was}; bản này không có chữ ký.`,
  'version-older': (d) =>
    `Phiên bản ${d.version} cũ hơn ${d.accepted} đã được chấp nhận; bộ quy tắc không bao giờ lùi phiên bản.`,
  'version-unchanged': (d) => `"${d.id}" ${d.version} đã thay đổi mà không tăng số phiên bản.`,
  'example-should-flag': (d) => `Ví dụ này lẽ ra phải bị quy tắc phát hiện nhưng không: ${d.text}`,
  'example-should-pass': (d) => `Ví dụ này lẽ ra phải qua nhưng quy tắc lại phát hiện: ${d.text}`,
  'example-error': (d) => `Không kiểm tra được ví dụ: ${d.detail}`,
  'user-packs-forbidden': () => 'Tổ chức của bạn không cho phép bộ quy tắc riêng.',
  'installed-not-signed': () => 'Tổ chức của bạn yêu cầu bộ quy tắc có chữ ký và bộ này không có chữ ký.',
  'installed-not-organisation-key': (d) =>
    `Tổ chức của bạn chỉ chấp nhận khoá của mình; bộ này ký bằng khoá ${d.keyId} do bạn thêm.`,
  'already-subscribed': () => 'Địa chỉ này đã được đăng ký.',
  'not-removable': () => 'Chỉ gỡ được những bộ quy tắc bạn tự thêm.',
  'locked-on': () => 'Tổ chức của bạn đã khoá để bộ này luôn bật.',
  'locked-rules': () => 'Tổ chức của bạn đã khoá bộ này.',
  'no-subscription': () => 'Không có đăng ký nào ở địa chỉ này.',
  'key-not-base64': () => 'Khoá công khai không phải dạng base64.',
  'key-wrong-length': (d) => `Khoá công khai Ed25519 dài 32 byte, khoá này dài ${d.bytes} byte.`,
  'address-invalid': (d) => `"${d.text}" không phải là địa chỉ web.`,
  'address-not-https': (d) => `Chỉ chấp nhận địa chỉ https:, không nhận ${d.protocol}`,
  'address-credentials': () => 'Địa chỉ không được chứa tên người dùng hay mật khẩu.',
  'fetch-redirect-not-https': (d) => `Địa chỉ chuyển hướng sang một địa chỉ không phải https (${d.url}).`,
  'fetch-status': (d) => `Máy chủ trả lời ${d.status} ${d.statusText}`.trim(),
  'fetch-too-large': (d) => `Bộ quy tắc vượt giới hạn ${d.limit}.`,
  'fetch-timeout': (d) => `Không có trả lời trong ${d.seconds} giây.`,
  'fetch-failed': (d) => `Không tải được bộ quy tắc: ${d.detail}`,
  'policy-expected-boolean': (d) => `${d.field}: cần true hoặc false.`,
  'policy-expected-list': (d) => `${d.field}: cần một danh sách.`,
  'policy-expected-object': (d) => `${d.field}: cần một đối tượng.`,
  'policy-expected-mode': (d) => `${d.field}: cần một trong ${d.modes}.`,
  'policy-url-or-inline': (d) => `${d.field}: cần đúng một trong "url" hoặc "inline".`,
  'policy-key-missing': (d) => `${d.field}: thiếu "publicKey".`,
  'policy-expected-pack-ids': (d) => `${d.field}: cần một danh sách mã bộ quy tắc.`,
  'policy-expected-sites': (d) => `${d.field}: cần một đối tượng theo trang (${d.sites}).`,
  'policy-unknown-site': (d) => `${d.field}: không phải trang Wise Reader bảo vệ (${d.sites}).`,
  'stored-state-damaged': (d) =>
    `Dữ liệu đã lưu của bộ quy tắc bị hỏng ở "${d.part}"; phần đó đã được bỏ, phần còn lại vẫn dùng.`,
  'stored-state-unreadable': (d) =>
    `Không đọc được dữ liệu đã lưu của bộ quy tắc (${d.detail}); tạm thời chỉ dùng bộ có sẵn và bộ của tổ chức.`,
  'store-failed': (d) => `Lệnh không thực hiện được do lỗi bất ngờ: ${d.detail}`,
  'pack-not-compiled': () =>
    'Phiên bản này không dịch được bộ quy tắc đã lưu nên bộ này tạm không áp dụng; hãy cập nhật hoặc nhập lại bộ.',
  'store-full': (d) =>
    `Các bộ quy tắc đã cài sẽ nặng ${d.size}, vượt giới hạn ${d.limit}; hãy gỡ bớt bộ không dùng trước.`,
  'storage-full': (d) =>
    `Bộ nhớ của tiện ích trong trình duyệt đã đầy (${d.detail}); thay đổi chưa được lưu, các bộ quy tắc đang áp dụng giữ nguyên.`,
  'policy-example-key': (d) =>
    `Chính sách tin cậy khoá ví dụ ${d.keyId} của Wise Reader, mà khoá bí mật của nó ai cũng có (trong kho mã nguồn): khoá này bị bỏ qua. Hãy tạo khoá riêng (pack keygen) và dùng khoá công khai của mình.`,
  'storage-write-failed': (d) =>
    `Không lưu được thay đổi (${d.detail}); các bộ quy tắc đang áp dụng giữ nguyên.`,
};

const en: Texts = {
  'pack-too-large': (d) => `the pack is ${d.size}, over the ${d.limit} limit`,
  'signature-unknown-key': (d) =>
    `signature refused: signed with key ${d.keyId}, which is not trusted — add the publisher key to the trusted keys first`,
  'signature-not-organisation-key': (d) =>
    `signature refused: key ${d.keyId} is not one your organisation names; it accepts only its own keys`,
  'signature-mismatch': (d) => `signature refused: the signature does not match the pack (key ${d.keyId})`,
  'signature-malformed': (d) => `signature refused: the signature cannot be read (${d.detail})`,
  'signature-required': () => 'your organisation requires signed packs and this pack has no signature',
  'id-builtin': (d) => `"${d.id}" is the id of a built-in pack`,
  'id-policy': (d) => `"${d.id}" is set by your organisation's policy`,
  'id-taken-file': (d) => `a pack "${d.id}" is already installed from a file; remove it first`,
  'id-taken-address': (d) => `a pack "${d.id}" is already installed from ${d.url}; remove it first`,
  'key-changed': (d) => `"${d.id}" was signed by key ${d.was}; this copy is signed by another key (${d.now})`,
  'key-dropped': (d) => `"${d.id}" was signed by key ${d.was}; this copy is not signed`,
  'version-older': (d) =>
    `version ${d.version} is older than ${d.accepted}, already accepted; a pack never goes back`,
  'version-unchanged': (d) => `"${d.id}" ${d.version} changed without a new version number`,
  'example-should-flag': (d) => `this example should be flagged by the rule but is not: ${d.text}`,
  'example-should-pass': (d) => `this example should pass but the rule flags it: ${d.text}`,
  'example-error': (d) => `the example could not be checked: ${d.detail}`,
  'user-packs-forbidden': () => 'your organisation does not allow packs of your own',
  'installed-not-signed': () => 'your organisation requires signed packs and this pack is not signed',
  'installed-not-organisation-key': (d) =>
    `your organisation accepts only its own keys; this pack is signed by key ${d.keyId}, which you added`,
  'already-subscribed': () => 'this address is already subscribed',
  'not-removable': () => 'only packs you added yourself can be removed',
  'locked-on': () => 'your organisation locked this pack on',
  'locked-rules': () => 'your organisation locked this pack',
  'no-subscription': () => 'no such subscription',
  'key-not-base64': () => 'the public key is not base64',
  'key-wrong-length': (d) => `an Ed25519 public key has 32 bytes, this one has ${d.bytes}`,
  'address-invalid': (d) => `"${d.text}" is not a web address`,
  'address-not-https': (d) => `only https: addresses are allowed, not ${d.protocol}`,
  'address-credentials': () => 'the address must not carry a user name or password',
  'fetch-redirect-not-https': (d) => `the address redirected to a non-https address (${d.url})`,
  'fetch-status': (d) => `the server answered ${d.status} ${d.statusText}`.trim(),
  'fetch-too-large': (d) => `the pack is over the ${d.limit} limit`,
  'fetch-timeout': (d) => `no answer within ${d.seconds} s`,
  'fetch-failed': (d) => `the pack could not be fetched: ${d.detail}`,
  'policy-expected-boolean': (d) => `${d.field}: expected true or false`,
  'policy-expected-list': (d) => `${d.field}: expected a list`,
  'policy-expected-object': (d) => `${d.field}: expected an object`,
  'policy-expected-mode': (d) => `${d.field}: expected one of ${d.modes}`,
  'policy-url-or-inline': (d) => `${d.field}: give exactly one of "url" or "inline"`,
  'policy-key-missing': (d) => `${d.field}: needs "publicKey"`,
  'policy-expected-pack-ids': (d) => `${d.field}: expected a list of pack ids`,
  'policy-expected-sites': (d) => `${d.field}: expected an object keyed by site (${d.sites})`,
  'policy-unknown-site': (d) => `${d.field}: not a site Wise Reader guards (${d.sites})`,
  'stored-state-damaged': (d) =>
    `the stored pack data was damaged at "${d.part}"; that part was dropped, the rest is kept`,
  'stored-state-unreadable': (d) =>
    `the stored pack data cannot be read (${d.detail}); only the built-in and organisation packs apply for now`,
  'store-failed': (d) => `the command failed unexpectedly: ${d.detail}`,
  'pack-not-compiled': () =>
    'this version cannot compile the stored pack, so it does not apply for now; update or import it again',
  'store-full': (d) =>
    `the installed packs would take ${d.size}, over the ${d.limit} limit; remove packs you do not use first`,
  'storage-full': (d) =>
    `the extension's storage in this browser is full (${d.detail}); the change was not saved, the packs in force stay as they were`,
  'policy-example-key': (d) =>
    `the policy trusts Wise Reader's example key ${d.keyId}, whose secret half anyone has (it is in the source repository): the key is ignored. Make your own key (pack keygen) and use its public half`,
  'storage-write-failed': (d) =>
    `the change could not be saved (${d.detail}); the packs in force stay as they were`,
};

export const STORE_STRINGS: Record<StoreLanguage, Texts> = { vi, en };

/** One store message in one language. */
export function storeText<K extends StoreMessageId>(
  lang: StoreLanguage,
  id: K,
  data: StoreMessageData[K],
): string {
  return STORE_STRINGS[lang][id](data);
}

/**
 * A problem the store reports: its message id and data, and the English text for logs and the command line.
 * `packId` names the pack it is about, when there is one.
 */
export function storeProblem<K extends StoreMessageId>(
  id: K,
  data: StoreMessageData[K],
  packId?: string,
): PackProblem {
  return { ...(packId ? { packId } : {}), code: id, data, message: storeText('en', id, data) };
}

/** A problem as a person reads it: the store's own in their language; a pack loader's as it was written. */
export function problemText(problem: PackProblem, lang: StoreLanguage): string {
  const texts = STORE_STRINGS[lang] as Record<string, ((data: never) => string) | undefined>;
  const render = problem.code ? texts[problem.code] : undefined;
  if (!render) return problem.message;
  try {
    return render((problem.data ?? {}) as never);
  } catch {
    return problem.message;
  }
}
