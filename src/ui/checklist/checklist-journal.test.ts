import { describe, expect, it } from 'vitest';
import { checklistJournalEntry } from './checklist-journal';
import { FIVE_QUESTIONS, RUMOUR_RESULT, RUMOUR_TEXT } from './checklist-fixtures';
import { INITIAL_CHECKLIST } from './checklist-state';

describe('checklistJournalEntry', () => {
  const base = {
    result: RUMOUR_RESULT,
    draft: { text: RUMOUR_TEXT },
    at: 1000,
    origin: 'popup' as const,
    questions: FIVE_QUESTIONS,
  };

  it('records what was checked, where, what was found and that every question is still open', () => {
    const entry = checklistJournalEntry({
      ...base,
      state: { ...INITIAL_CHECKLIST, input: RUMOUR_TEXT, page: 'https://www.facebook.com/groups/x/posts/1' },
    });
    expect(entry).toMatchObject({
      at: 1000,
      site: 'www.facebook.com',
      origin: 'popup',
      excerpt: RUMOUR_TEXT,
      verdict: 'review',
      found: ['vn-unverified-claims/hearsay', 'link:shortener:bit.ly'],
      decision: 'checked-by-hand',
      unclear: ['source', 'author', 'intent', 'harm', 'benefit'],
    });
    expect(entry.id).toBeUndefined();
  });

  it('the same text checked again replaces its entry; other text adds one', () => {
    const checked = { text: RUMOUR_TEXT, result: RUMOUR_RESULT, at: 500, journalId: 'j1' };
    const again = { ...INITIAL_CHECKLIST, input: RUMOUR_TEXT, checked };
    expect(checklistJournalEntry({ ...base, state: again }).id).toBe('j1');
    expect(checklistJournalEntry({ ...base, state: { ...again, input: 'khác' } }).id).toBeUndefined();
  });
});
