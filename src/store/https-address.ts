import type { PackProblem } from './pack-record';
import { storeProblem } from './store-strings';

/** A pack address the person or their admin gave: only `https:` (no http:, file:, data:, no passwords). */
export type AddressCheck = { ok: true; url: string; origin: string } | { ok: false; problem: PackProblem };

export function checkPackAddress(text: string): AddressCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, problem: storeProblem('address-invalid', { text }) };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, problem: storeProblem('address-not-https', { protocol: url.protocol }) };
  }
  if (url.username || url.password) {
    return { ok: false, problem: storeProblem('address-credentials', {}) };
  }
  return { ok: true, url: url.href, origin: url.origin };
}
