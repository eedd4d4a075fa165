// The ids of the five questions, in the order every screen asks them (their words are in questions.ts).
// Declared here, below the engine: the engine puts the questions' hints in every result (hints.ts), and
// src/engine/types.ts re-exports these as part of its contract, so the two folders never import each other
// at run time.

export type QuestionId = 'source' | 'author' | 'intent' | 'harm' | 'benefit';
export const QUESTION_IDS: readonly QuestionId[] = ['source', 'author', 'intent', 'harm', 'benefit'];
