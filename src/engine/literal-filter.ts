// Pattern rules skipped at once when the text holds none of their required literals (`literals` in a compiled
// pattern rule, derived from the pattern by the pack compiler: one of them occurs in every match). All
// literals of all pattern rules that read the same text (exact or folded) live in one automaton, so finding
// which occur costs one pass per text, however many rules and literals there are; a pattern none of whose
// literals occurs cannot match and is not run. Most pack patterns match nothing in most drafts, and V8 tries
// a pattern that starts with a look-behind or an alternation at every character of the text.

import { PhraseAutomaton } from './aho-corasick';

/** Shorter literals are not worth looking for (see `add`). */
const MIN_LITERAL = 2;

export class LiteralFilter {
  private readonly literals: string[] = [];
  private readonly byText = new Map<string, number>();
  /** Per filtered slot, the indices of its literals. */
  private readonly ofSlot = new Map<number, number[]>();
  private automaton: PhraseAutomaton | null = null;

  /** A rule at `slot` runs only where one of `literals` occurs (an empty or missing list: always runs). */
  add(slot: number, literals: readonly unknown[] | undefined): void {
    if (!Array.isArray(literals) || literals.length === 0) return;
    // Stored data: a list with anything but strings is ignored (the rule always runs). So is a list with a
    // one-character literal ("0", "?"): nearly every text holds it, and each of its many occurrences would
    // cost the scan a call.
    if (!literals.every((l): l is string => typeof l === 'string' && l.length >= MIN_LITERAL)) return;
    const indices: number[] = [];
    for (const literal of literals) {
      let index = this.byText.get(literal);
      if (index === undefined) {
        index = this.literals.length;
        this.byText.set(literal, index);
        this.literals.push(literal);
      }
      indices.push(index);
    }
    this.ofSlot.set(slot, indices);
    this.automaton = null;
  }

  /** Which literals occur in `text`: a test of whether the rule at a slot may match it. */
  scan(text: string): (slot: number) => boolean {
    if (this.literals.length === 0) return () => true;
    const automaton = (this.automaton ??= new PhraseAutomaton(this.literals));
    const present = new Uint8Array(this.literals.length);
    let left = this.literals.length;
    automaton.scan(text, (index) => {
      if (present[index] === 1) return;
      present[index] = 1;
      return --left > 0; // every literal seen: nothing more to learn
    });
    return (slot) => {
      const indices = this.ofSlot.get(slot);
      return indices === undefined || indices.some((i) => present[i] === 1);
    };
  }
}
