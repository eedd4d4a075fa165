// All phrases of all phrase and near rules of all packs in ONE automaton over the folded text (lower case,
// no diacritics). A phrase of an `exact` or `case` rule is entered in its folded form and each occurrence is
// then checked against its exact (or lower-case) spelling, so "MẬT" (exact) finds the candidates "mat",
// "mặt", "mất"… in one pass and keeps only "MẬT". One scan over the text, whatever the number of rules and
// modes. A phrase that several rules share is stored once and fans out to every rule that uses it.

import { PhraseAutomaton } from './aho-corasick';
import { isWordAt as isWordAt_, isWordBefore as isWordBefore_ } from './char-class';
import { exactSlice, normalisePhrase, type MatchMode, type NormalisedText } from './normalise';

// Local copies: module bindings can be getters once transpiled (tsx, vitest), too slow in the hot loops.
const isWordAt = isWordAt_;
const isWordBefore = isWordBefore_;

/** Which rule (by slot index) a phrase belongs to, in what role, and how it must be spelled. */
export interface PhraseTarget {
  slot: number;
  role: 'phrase' | 'a' | 'b';
  mode: MatchMode;
  /** The phrase normalised for `mode` (checked against the text for `exact` and `case`). */
  spelled: string;
}

/** A phrase occurrence in the folded text, word boundaries and spelling already checked. */
export interface PhraseHit {
  target: PhraseTarget;
  /** Offsets into the folded text. */
  start: number;
  end: number;
}

export class PhraseIndex {
  private readonly patterns: string[] = [];
  private readonly targets: PhraseTarget[][] = [];
  private readonly byText = new Map<string, number>();
  private automaton: PhraseAutomaton | null = null;

  add(phrase: string, mode: MatchMode, slot: number, role: PhraseTarget['role']): void {
    const folded = normalisePhrase(phrase, 'fold');
    if (folded.length === 0) return;
    const spelled = mode === 'fold' ? folded : normalisePhrase(phrase, mode);
    let index = this.byText.get(folded);
    if (index === undefined) {
      index = this.patterns.length;
      this.byText.set(folded, index);
      this.patterns.push(folded);
      this.targets.push([]);
    }
    const list = this.targets[index] as PhraseTarget[];
    if (!list.some((t) => t.slot === slot && t.role === role && t.spelled === spelled && t.mode === mode)) {
      list.push({ slot, role, mode, spelled });
    }
  }

  /** Build the automaton; call once after the last `add`. */
  build(): void {
    this.automaton = new PhraseAutomaton(this.patterns);
  }

  get isEmpty(): boolean {
    return this.patterns.length === 0;
  }

  /**
   * Scan the folded text. A phrase matches only as whole words: where the phrase begins (ends) with a word
   * character, the text must not continue the word before (after) it. `accept` may return false to stop;
   * targets whose rule `isFull` (hit its cap) are skipped before any further checking.
   */
  scan(
    folded: NormalisedText,
    accept: (hit: PhraseHit) => boolean | void,
    isFull: (slot: number) => boolean = () => false,
  ): void {
    const automaton = this.automaton;
    if (!automaton || this.patterns.length === 0) return;
    const text = folded.text;
    // Phrases whose every rule is full (at its match cap) are skipped at once: a 1 MB paste of one stamp
    // repeated costs one array read per repeat after the first hundred.
    let dead: Uint8Array | undefined;
    automaton.scan(text, (pattern, end) => {
      if (dead && dead[pattern] === 1) return;
      const start = end - (automaton.lengths[pattern] as number);
      if (isWordAt(text, start) && isWordBefore(text, start)) return;
      if (isWordBefore(text, end) && isWordAt(text, end)) return;
      let exact: string | undefined;
      let lower: string | undefined;
      let alive = false;
      for (const target of this.targets[pattern] as PhraseTarget[]) {
        if (isFull(target.slot)) continue;
        alive = true;
        if (target.mode === 'exact') {
          exact ??= exactSlice(folded, start, end);
          if (exact !== target.spelled) continue;
        } else if (target.mode === 'case') {
          lower ??= (exact ??= exactSlice(folded, start, end)).toLowerCase();
          if (lower !== target.spelled) continue;
        }
        if (accept({ target, start, end }) === false) return false;
      }
      if (!alive) (dead ??= new Uint8Array(this.patterns.length))[pattern] = 1;
      return;
    });
  }
}
