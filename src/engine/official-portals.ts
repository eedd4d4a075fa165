// The official bodies a post names ("Bộ Y tế", "Bộ Công an"…) whose portal a sources pack knows (`portals:`
// in a domain rule): where a careful reader goes to see whether the body really said what the post claims.
// Names match as whole words, case- and diacritic-insensitively, like a `fold` phrase. All names of all
// portals live in one automaton, so a draft costs one pass whatever the number of names (one `indexOf` per
// name cost a pass each: a fifth of a 64 KB check with the built-in packs).

import { PhraseAutomaton } from './aho-corasick';
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
  /** Every distinct name, and the entries that use it; the automaton is built on first use. */
  private readonly names: string[] = [];
  private readonly entriesOf: number[][] = [];
  private readonly byName = new Map<string, number>();
  private automaton: PhraseAutomaton | null = null;

  add(portals: readonly OfficialPortal[]): void {
    for (const p of portals) {
      const host = p.host.trim().toLowerCase();
      if (!host || this.entries.some((e) => e.portal.host === host)) continue;
      const names = [...new Set(p.names.map((n) => normalisePhrase(n, 'fold')).filter(Boolean))];
      if (names.length === 0) continue;
      for (const name of names) {
        let index = this.byName.get(name);
        if (index === undefined) {
          index = this.names.length;
          this.byName.set(name, index);
          this.names.push(name);
          this.entriesOf.push([]);
        }
        (this.entriesOf[index] as number[]).push(this.entries.length);
      }
      this.entries.push({ portal: { host, name: p.name }, names });
      this.automaton = null;
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
    if (this.entries.length === 0) return [];
    const automaton = (this.automaton ??= new PhraseAutomaton(this.names));
    const named = new Uint8Array(this.entries.length);
    let left = this.entries.length;
    for (const text of texts) {
      automaton.scan(text, (index, end) => {
        const entries = this.entriesOf[index] as number[];
        if (entries.every((e) => named[e] === 1)) return;
        const name = this.names[index] as string;
        const start = end - name.length;
        const startsWord = !isWordAt(name, 0) || !isWordAt(text, start - 1);
        const endsWord = !isWordAt(name, name.length - 1) || !isWordAt(text, end);
        if (!startsWord || !endsWord) return;
        for (const e of entries) {
          if (named[e] === 1) continue;
          named[e] = 1;
          left--;
        }
        return left > 0; // every body found: stop reading
      });
      if (left === 0) break;
    }
    return this.entries.filter((_, i) => named[i] === 1).map((e) => e.portal);
  }
}
