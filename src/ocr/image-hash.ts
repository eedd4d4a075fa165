/**
 * SHA-256 of an image file's bytes, in hex: the key readings are kept under (the background's cache, the
 * guard's readings of attached pictures), so the same picture attached, previewed and sent is read once.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
