// The official bodies a post names ("Bộ Y tế", "Bộ Công an"…) whose portal a sources pack knows (`portals:`
// in a domain rule): where a careful reader goes to see whether the body really said what the post claims.
// Names match as whole words, case- and diacritic-insensitively, like a `fold` phrase.

import { charFlags, WORD } from './char-class';
import { normalise, normalisePhrase } from './normalise';
import type { LocalizedText } from './types';

/** A body and its portal, as a pack declares it (compiled form). */
export interface OfficialPortal {
  /** The portal's host name (moh.gov.vn). */
  host: string;
  /** The body's name to show. */
  name: LocalizedText;
  /** How posts name it ("Bộ Y tế", "BYT"). */
  names: string[];
}

/** A body the text names, with its portal. */
export interface NamedPortal {
  host: string;
  name: LocalizedText;
}

const isWordAt = (text: string, index: number): boolean =>
  index >= 0 && index < text.length && (charFlags(text.charCodeAt(index)) & WORD) !== 0;

export class PortalIndex {
  private readonly entries: { portal: NamedPortal; names: string[] }[] = [];

  add(portals: readonly OfficialPortal[]): void {
    for (const p of portals) {
      const host = p.host.trim().toLowerCase();
      if (!host || this.entries.some((e) => e.portal.host === host)) continue;
      const names = [...new Set(p.names.map((n) => normalisePhrase(n, 'fold')).filter(Boolean))];
      if (names.length > 0) this.entries.push({ portal: { host, name: p.name }, names });
    }
  }

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  /**
   * The portals of the bodies named in `folded` (a draft already normalised with mode `fold`) or in
   * `otherText` (e.g. the shared post, as written), in the packs' order. Reads at most `maxLength` units of each.
   */
  find(folded: string, otherText?: unknown, maxLength = 100_000): NamedPortal[] {
    const texts = [folded.slice(0, maxLength)];
    if (typeof otherText === 'string' && otherText)
      texts.push(normalise(otherText.slice(0, maxLength), 'fold').text);
    const out: NamedPortal[] = [];
    for (const { portal, names } of this.entries) {
      if (names.some((name) => texts.some((text) => containsWord(text, name)))) out.push(portal);
    }
    return out;
  }
}

function containsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    const startsWord = !isWordAt(word, 0) || !isWordAt(text, i - 1);
    const endsWord = !isWordAt(word, word.length - 1) || !isWordAt(text, end);
    if (startsWord && endsWord) return true;
  }
  return false;
}
