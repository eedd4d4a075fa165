import type { CheckResult, Draft, LocalizedText, PackQuestion } from '../../engine/types';
import { articleAgeHint } from '../../questions/article-age';
import type { QuestionAnswer, QuestionView } from '../result/QuestionList';

/** What the context menu (or a link) hands the checklist page: selected text, a link, or an image address. */
export interface ChecklistPrefill {
  text?: string;
  link?: string;
  image?: string;
  /** The page it was found on. */
  page?: string;
  /** The tab and frame an image was right-clicked in: where it can be read if its address cannot be fetched. */
  imageTab?: number;
  imageFrame?: number;
}

/** One finished check: what was checked and what the rules said. */
export interface CheckedText {
  text: string;
  image?: string;
  /** The text read from the image, when it was read and checked with the rest. */
  picture?: string;
  page?: string;
  result: CheckResult;
  at: number;
  /** The journal entry of this check, once recorded (answers later update it). */
  journalId?: string;
}

export interface ChecklistState {
  input: string;
  image?: string;
  page?: string;
  checked: CheckedText | null;
  answers: Record<string, QuestionAnswer>;
}

export type ChecklistAction =
  | { type: 'input'; text: string }
  | { type: 'prefill'; prefill: ChecklistPrefill }
  | { type: 'checked'; result: CheckResult; at: number; picture?: string }
  | { type: 'journaled'; id: string }
  | { type: 'answer'; questionId: string; answer: QuestionAnswer | null }
  | { type: 'clear' }
  | { type: 'restore'; state: ChecklistState };

export const INITIAL_CHECKLIST: ChecklistState = { input: '', checked: null, answers: {} };

/** The checklist's state changes, kept apart from rendering so they can be tested as plain data. */
export function checklistReducer(state: ChecklistState, action: ChecklistAction): ChecklistState {
  switch (action.type) {
    case 'input':
      return { ...state, input: action.text };
    case 'prefill': {
      const { text, link, image, page } = action.prefill;
      // Selected text wins; a link stands for itself; an image alone leaves the box empty but is kept.
      const input = [text, link].filter((part): part is string => Boolean(part?.trim())).join('\n');
      return { input, image, page, checked: null, answers: {} };
    }
    case 'checked':
      // A new check starts the questions afresh: the answers were about the previous text.
      return {
        ...state,
        checked: {
          text: state.input,
          image: state.image,
          ...(action.picture ? { picture: action.picture } : {}),
          page: state.page,
          result: action.result,
          at: action.at,
        },
        answers: {},
      };
    case 'journaled':
      return state.checked ? { ...state, checked: { ...state.checked, journalId: action.id } } : state;
    case 'answer': {
      const answers = { ...state.answers };
      if (action.answer) answers[action.questionId] = action.answer;
      else delete answers[action.questionId];
      return { ...state, answers };
    }
    case 'clear':
      return INITIAL_CHECKLIST;
    case 'restore':
      return action.state;
  }
}

/**
 * What to send the engine: the text, the image address as an attachment (it is not part of the text), and
 * the text read from the image, when it was read, as a part of its own.
 */
export function draftOf(state: Pick<ChecklistState, 'input' | 'image'>, picture?: string | null): Draft {
  return {
    text: state.input,
    ...(state.image ? { attachments: [state.image] } : {}),
    ...(picture ? { images: [{ text: picture }] } : {}),
  };
}

export function canCheck(state: Pick<ChecklistState, 'input' | 'image'>, picture?: string | null): boolean {
  return state.input.trim() !== '' || Boolean(state.image) || Boolean(picture);
}

/**
 * The questions to show: the five (in their order, with their hints) and then any a pack adds. A pack
 * question with the id of one already shown is left out, so ids stay unique as test hooks.
 */
export function questionViews(
  base: readonly { id: string; text: LocalizedText }[],
  result: CheckResult | null,
  packQuestions: readonly PackQuestion[] = [],
  /** The time of the check: an article older than 90 days says so under "where does this come from?". */
  now?: number,
): QuestionView[] {
  const age = result && now !== undefined ? articleAgeHint(result.links, now) : null;
  const views: QuestionView[] = base.map((question) => {
    const hints = result?.questions.find((q) => q.id === question.id)?.hints ?? [];
    return {
      id: question.id,
      text: question.text,
      hints: question.id === 'source' && age ? [age, ...hints] : hints,
    };
  });
  for (const question of packQuestions) {
    if (!views.some((view) => view.id === question.id))
      views.push({ id: question.id, text: question.text, hints: [] });
  }
  return views;
}

/** Questions the person has not said they know: not answered, or answered "not sure". */
export function unclearQuestions(
  questions: readonly { id: string }[],
  answers: Readonly<Record<string, QuestionAnswer | undefined>>,
): string[] {
  return questions
    .filter((question) => answers[question.id]?.state !== 'know')
    .map((question) => question.id);
}
