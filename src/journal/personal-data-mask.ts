import type { Finding } from '../engine/types';

/** What stands in for a masked span: the same for every kind and length, so nothing of it is kept. */
export const MASK = '•••';

/**
 * The text with every span a `personal-data` finding matched replaced by MASK (overlapping spans merged).
 * Offsets are the engine's: UTF-16 offsets into the text that was checked.
 */
export function maskFindings(text: string, findings: readonly Finding[]): string {
  const spans = findings
    .filter((f) => f.category === 'personal-data' && f.end > f.start)
    .map((f) => [Math.max(0, f.start), Math.min(text.length, f.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    if (start >= at) out += text.slice(at, start) + MASK;
    at = end;
  }
  return out + text.slice(at);
}

// A run of nine or more digits, single spaces, dots or dashes allowed between them (phone, ID card, bank
// account numbers however they are grouped), and e-mail addresses.
const LONG_NUMBER = /\d(?:[ .-]?\d){8,}/g;
const EMAIL = /[^\s@<>()[\]"',;]+@[^\s@<>()[\]"',;]+\.[^\s@<>()[\]"',;]+/g;

/**
 * The safety net under maskFindings, for text whose findings are not known (an excerpt from a shared
 * post, an error message, an entry stored by an earlier version): long numbers and e-mail addresses go.
 */
export function maskPersonalNumbers(text: string): string {
  return text.replace(EMAIL, MASK).replace(LONG_NUMBER, MASK);
}
