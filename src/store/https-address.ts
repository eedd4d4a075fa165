/** A pack address the person or their admin gave: only `https:` (no http:, file:, data:, no passwords). */
export type AddressCheck = { ok: true; url: string; origin: string } | { ok: false; message: string };

export function checkPackAddress(text: string): AddressCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: `"${text}" is not a web address` };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, message: `only https: addresses are allowed, not ${url.protocol}` };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'the address must not carry a user name or password' };
  }
  return { ok: true, url: url.href, origin: url.origin };
}
