import { describe, expect, it } from 'vitest';
import { CLEAN_RESULT, FIVE_QUESTIONS, RUMOUR_RESULT, RUMOUR_TEXT } from './checklist-fixtures';
import {
  canCheck,
  checklistReducer,
  draftOf,
  INITIAL_CHECKLIST,
  questionViews,
  unclearQuestions,
  type ChecklistAction,
} from './checklist-state';
import { plainSummary, summarize } from './checklist-summary';
import { claimOf, siftActions, webAddress } from './sift-actions';

const run = (...actions: ChecklistAction[]) => actions.reduce(checklistReducer, INITIAL_CHECKLIST);

describe('checklistReducer', () => {
  it('fills the box from the context menu and keeps the image apart', () => {
    const state = run({ type: 'prefill', prefill: { image: 'https://x.vn/a.jpg', page: 'https://x.vn/' } });
    expect(state.input).toBe('');
    expect(state.image).toBe('https://x.vn/a.jpg');
    expect(canCheck(state)).toBe(true);
    expect(draftOf(state)).toEqual({ text: '', attachments: ['https://x.vn/a.jpg'] });
    expect(run({ type: 'prefill', prefill: { text: 'abc', link: 'https://a.vn' } }).input).toBe(
      'abc\nhttps://a.vn',
    );
    expect(canCheck(run({ type: 'input', text: '   ' }))).toBe(false);
  });

  it('a new check starts the answers afresh; answers can be given and taken back', () => {
    let state = run(
      { type: 'input', text: RUMOUR_TEXT },
      { type: 'checked', result: RUMOUR_RESULT, at: 5 },
      { type: 'journaled', id: 'j1' },
      { type: 'answer', questionId: 'source', answer: { state: 'know' } },
      { type: 'answer', questionId: 'harm', answer: { state: 'unsure', note: 'không rõ' } },
    );
    expect(state.checked?.journalId).toBe('j1');
    expect(state.checked?.text).toBe(RUMOUR_TEXT);
    expect(Object.keys(state.answers)).toEqual(['source', 'harm']);
    state = checklistReducer(state, { type: 'answer', questionId: 'source', answer: null });
    expect(Object.keys(state.answers)).toEqual(['harm']);
    state = checklistReducer(state, { type: 'checked', result: CLEAN_RESULT, at: 6 });
    expect(state.answers).toEqual({});
    expect(state.checked?.journalId).toBeUndefined();
  });
});

describe('questions and summary', () => {
  const views = questionViews(FIVE_QUESTIONS, RUMOUR_RESULT, [
    { id: 'source', text: { vi: 'trùng' } },
    { id: 'org-rule', text: { vi: 'Đã hỏi ý kiến cấp trên chưa?', en: 'Did you ask your manager?' } },
  ]);

  it('shows the five with their hints, then pack questions without duplicates', () => {
    expect(views.map((v) => v.id)).toEqual(['source', 'author', 'intent', 'harm', 'benefit', 'org-rule']);
    expect(views[0]?.hints).toHaveLength(1);
  });

  it('an old shared article says its age under the source question', () => {
    const old = {
      ...RUMOUR_RESULT,
      links: [
        {
          url: 'https://tuoitre.vn/a-20210315101010123.htm',
          domain: 'tuoitre.vn',
          verdict: 'known' as const,
          published: '2021-03-15',
        },
      ],
    };
    const aged = questionViews(FIVE_QUESTIONS, old, [], Date.UTC(2026, 0, 15));
    expect(aged[0]?.hints.map((h) => h.id)).toEqual(['article:old', 'link:shortener']);
    expect(questionViews(FIVE_QUESTIONS, old, [], Date.UTC(2021, 3, 1))[0]?.hints).toHaveLength(1);
  });

  it('is pending before a check', () => {
    expect(summarize({ result: null, questions: views, answers: {}, lang: 'vi' }).tone).toBe('pending');
  });

  it('names what is still unclear and recommends waiting, never forbidding', () => {
    const summary = summarize({
      result: RUMOUR_RESULT,
      questions: views,
      answers: { source: { state: 'know' }, author: { state: 'unsure' } },
      lang: 'vi',
    });
    expect(summary.tone).toBe('unclear');
    expect(summary.unclear).toEqual(['author', 'intent', 'harm', 'benefit', 'org-rule']);
    expect(summary.lines[0]).toBe(
      'Còn chưa rõ: người tán phát, dụng ý, ai có thể bị hại, ai được hưởng lợi, Đã hỏi ý kiến cấp trên chưa?.',
    );
    expect(summary.lines.join(' ')).toMatch(/Nên chờ .* Quyết định là của bạn/);
    expect(summary.lines.join(' ')).not.toMatch(/cấm|không được/i);
  });

  it('once all are known: a second look for findings, or clear', () => {
    const allKnown = Object.fromEntries(views.map((v) => [v.id, { state: 'know' as const }]));
    const review = summarize({ result: RUMOUR_RESULT, questions: views, answers: allKnown, lang: 'en' });
    expect(review.tone).toBe('review');
    expect(review.lines[0]).toBe('You answered the questions, but 2 points need a second look.');
    const clear = summarize({ result: CLEAN_RESULT, questions: views, answers: allKnown, lang: 'en' });
    expect(clear.tone).toBe('clear');
    expect(unclearQuestions(views, allKnown)).toEqual([]);
  });

  it('plain summary lists findings, links, answers with notes and the conclusion', () => {
    const text = plainSummary({
      result: RUMOUR_RESULT,
      questions: views.slice(0, 5),
      answers: { source: { state: 'know', note: 'báo Nhân Dân' }, harm: { state: 'unsure' } },
      lang: 'en',
      text: RUMOUR_TEXT,
      at: Date.UTC(2026, 0, 2),
    });
    expect(text).toContain('Wise Reader — Check before sharing');
    expect(text).toContain('Content: “Nghe nói sắp có lệnh cấm xe máy!!! Chia sẻ ngay: https://bit.ly/abc”');
    expect(text).toContain('- [Warning] Hearsay with no checked source. — “Nghe nói”');
    expect(text).toContain('- bit.ly: Short link');
    expect(text).toContain('[x] Where does this information come from? — I know: báo Nhân Dân');
    expect(text).toContain('[?] Who could it harm? — Not sure');
    expect(text).toContain('[ ] Who could benefit from it? — not answered');
    expect(text).toContain(
      'Conclusion: Still unclear: who spread it, what it is for, who could be harmed, who benefits.',
    );
  });
});

describe('SIFT actions', () => {
  it('opens the source, searches the claim and the domain, never a non-web address', () => {
    const actions = siftActions({ text: RUMOUR_TEXT, result: RUMOUR_RESULT }, 'vi');
    expect(actions.map((a) => a.kind)).toEqual([
      'open-source',
      'tingia',
      'press',
      'search-claim',
      'search-domain',
    ]);
    expect(actions[0]?.href).toBe('https://bit.ly/abc');
    expect(actions[1]?.label).toBe('Tra trên tingia.gov.vn (Trung tâm xử lý tin giả)');
    expect(actions[3]?.href).toBe(
      `https://www.google.com/search?q=${encodeURIComponent('Nghe nói sắp có lệnh cấm xe máy')}`,
    );
    expect(webAddress('javascript:alert(1)')).toBeNull();
    expect(webAddress('vnexpress.net/a')).toBe('https://vnexpress.net/a');
  });

  it('offers reverse image search for an image address', () => {
    const actions = siftActions(
      { text: '', result: CLEAN_RESULT, image: 'https://cdn.x.vn/p.jpg', page: 'https://x.vn/post' },
      'en',
    );
    expect(actions.filter((a) => a.kind === 'reverse-image').map((a) => new URL(a.href).hostname)).toEqual([
      'lens.google.com',
      'tineye.com',
      'www.bing.com',
      'yandex.com',
    ]);
    expect(actions[0]).toEqual({
      kind: 'open-source',
      label: 'Open the source: x.vn',
      href: 'https://x.vn/post',
    });
  });

  it('finds a searchable claim', () => {
    expect(claimOf('https://a.vn/x NÓNG: Bộ Y tế xác nhận điều này. Và còn nữa')).toBe(
      'NÓNG: Bộ Y tế xác nhận điều này',
    );
    expect(claimOf('https://a.vn/x')).toBe('');
  });
});
