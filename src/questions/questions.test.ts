import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../engine/types';
import { QUESTIONS } from './questions';

describe('QUESTIONS', () => {
  it('are the five questions in order, Vietnamese exactly as seed article 002 (section I)', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual([...QUESTION_IDS]);
    expect(QUESTIONS.map((q) => q.text.vi)).toEqual([
      'Thông tin này đến từ đâu?',
      'Ai có thể là người đã tán phát thông tin?',
      'Thông tin này có dụng ý gì?',
      'Thông tin đó có thể gây hại cho ai?',
      'Ai có thể được hưởng lợi từ thông tin này?',
    ]);
    expect(QUESTIONS.map((q) => q.text.en)).toEqual([
      'Where does this information come from?',
      'Who could have spread it?',
      'What is it meant to do?',
      'Who could it harm?',
      'Who could benefit from it?',
    ]);
  });

  it('each has a next step in both languages', () => {
    for (const q of QUESTIONS) {
      expect(q.next.vi.length).toBeGreaterThan(10);
      expect(q.next.en.length).toBeGreaterThan(10);
    }
  });
});
