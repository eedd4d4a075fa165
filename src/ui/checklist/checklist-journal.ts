// The checklist's side of the private journal, apart from drawing the checklist: one entry per check (the
// same text checked again replaces its entry), amended as the person answers the questions.

import { useEffect } from 'preact/hooks';
import type { CheckResult, Draft } from '../../engine/types';
import type { JournalOrigin, NewJournalEntry } from '../../journal/journal-entry';
import { journalEntryFromCheck } from '../../journal/journal-entry-from-check';
import type { QuestionView } from '../result/QuestionList';
import { unclearQuestions, type ChecklistAction, type ChecklistState } from './checklist-state';

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export interface CheckToJournal {
  /** The checklist as it was when the person pressed "Check" (before the result is stored). */
  state: ChecklistState;
  /** The text read from the image, checked with the rest (null: none). */
  picture?: string | null;
  result: CheckResult;
  /** The draft that was checked (the findings' offsets point into its text). */
  draft: Draft;
  at: number;
  origin: JournalOrigin;
  /** The questions of this check, none answered yet: all unclear. */
  questions: readonly { id: string }[];
}

/** The journal entry of a check by hand, made by the journal's one builder (personal data masked). */
export function checklistJournalEntry({
  state,
  picture,
  draft,
  result,
  at,
  origin,
  questions,
}: CheckToJournal): NewJournalEntry {
  // Checking the same text again replaces its journal entry rather than adding a second one.
  const previous = state.checked;
  const again =
    previous &&
    previous.text === state.input &&
    previous.image === state.image &&
    (previous.picture ?? null) === (picture ?? null);
  return journalEntryFromCheck({
    ...(again && previous.journalId ? { id: previous.journalId } : {}),
    at,
    result,
    draft,
    site: hostOf(state.page),
    origin,
    decision: 'checked-by-hand',
    unclear: unclearQuestions(questions, {}),
  });
}

export interface ChecklistJournal {
  /** Records a finished check (the reducer learns the entry's id once the journal has it). */
  record(check: CheckToJournal): void;
}

/**
 * Records checks and keeps each entry's unclear questions in step with the answers. `record` and `amend` are
 * the journal's (null id: the journal is off).
 */
export function useChecklistJournal(options: {
  state: ChecklistState;
  questions: readonly QuestionView[];
  dispatch: (action: ChecklistAction) => void;
  record: (entry: NewJournalEntry) => Promise<string | null>;
  amend: (id: string, unclear: string[]) => Promise<void>;
}): ChecklistJournal {
  const { state, questions, dispatch } = options;
  const journalId = state.checked?.journalId;
  const unclearKey = unclearQuestions(questions, state.answers).join(' ');
  useEffect(() => {
    if (journalId) void options.amend(journalId, unclearKey ? unclearKey.split(' ') : []);
  }, [journalId, unclearKey]);
  return {
    record(check) {
      void options
        .record(checklistJournalEntry(check))
        .then((id) => id && dispatch({ type: 'journaled', id }));
    },
  };
}
