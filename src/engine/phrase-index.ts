// All phrases of all phrase and near rules of all packs, one automaton per normalisation mode. A phrase that
// several rules share is stored once and fans out to every rule that uses it.

import { PhraseAutomaton } from './aho-corasick';
import { isWordAt, isWordBefore } from './char-class';
import { normalise, normalisePhrase, type MatchMode, type NormalisedText } from './normalise';

/** Which rule (by slot index) a phrase belongs to, and in what role. */
export interface PhraseTarget {
  slot: number;
  role: 'phrase' | 'a' | 'b';
}

/** A phrase occurrence in the normalised text of one mode, word boundaries already checked. */
export interface PhraseHit {
  target: PhraseTarget;
  /** Offsets into the normalised text of `mode`. */
  start: number;
  end: number;
}

const MODES: readonly MatchMode[] = ['exact', 'case', 'fold'];

class ModeIndex {
  readonly patterns: string[] = [];
  readonly targets: PhraseTarget[][] = [];
  private readonly byText = new Map<string, number>();
  automaton: PhraseAutomaton | null = null;

  add(phrase: string, target: PhraseTarget): void {
    let index = this.byText.get(phrase);
    if (index === undefined) {
      index = this.patterns.length;
      this.byText.set(phrase, index);
      this.patterns.push(phrase);
      this.targets.push([]);
    }
    const list = this.targets[index] as PhraseTarget[];
    if (!list.some((t) => t.slot === target.slot && t.role === target.role)) list.push(target);
  }
}

export class PhraseIndex {
  private readonly modes = new Map<MatchMode, ModeIndex>();

  add(phrase: string, mode: MatchMode, target: PhraseTarget): void {
    const normalised = normalisePhrase(phrase, mode);
    if (normalised.length === 0) return;
    let m = this.modes.get(mode);
    if (!m) {
      m = new ModeIndex();
      this.modes.set(mode, m);
    }
    m.add(normalised, target);
  }

  /** Build the automata; call once after the last `add`. */
  build(): void {
    for (const m of this.modes.values()) m.automaton = new PhraseAutomaton(m.patterns);
  }

  usedModes(): MatchMode[] {
    return MODES.filter((m) => this.modes.has(m));
  }

  /**
   * Scan the text normalised for `mode`. A phrase matches only as whole words: where the phrase begins
   * (ends) with a word character, the text must not continue the word before (after) it.
   * `accept` may return false to stop the scan (e.g. all rules hit their caps).
   */
  scan(norm: NormalisedText, accept: (hit: PhraseHit) => boolean | void): void {
    const m = this.modes.get(norm.mode);
    if (!m || !m.automaton) return;
    const text = norm.text;
    const automaton = m.automaton;
    automaton.scan(text, (pattern, end) => {
      const start = end - (automaton.lengths[pattern] as number);
      if (isWordAt(text, start) && isWordBefore(text, start)) return;
      if (isWordBefore(text, end) && isWordAt(text, end)) return;
      for (const target of m.targets[pattern] as PhraseTarget[]) {
        if (accept({ target, start, end }) === false) return false;
      }
      return;
    });
  }
}

export { normalise };
