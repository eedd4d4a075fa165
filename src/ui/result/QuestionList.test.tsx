// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { QuestionList, type QuestionAnswer } from './QuestionList';
import { SAMPLE_QUESTIONS } from './result-fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

function click(element: Element | null | undefined) {
  if (!element) throw new Error('missing element');
  (element as HTMLElement).click();
}

describe('QuestionList', () => {
  it('shows each question with its hints and no answer buttons when read-only (the dialog)', () => {
    const root = document.body.appendChild(document.createElement('div'));
    render(<QuestionList lang="vi" questions={SAMPLE_QUESTIONS} />, root);
    const items = [...root.querySelectorAll('[data-testid="wr-question"]')];
    expect(items.map((item) => item.getAttribute('data-question-id'))).toEqual(['source', 'author']);
    expect(items[0]?.textContent).toContain('Thông tin này đến từ đâu?');
    expect(items[0]?.textContent).toContain('Có dấu hiệu văn bản nội bộ.');
    expect(root.querySelector('button')).toBeNull();
  });

  it('reports answers through onAnswer and shows the chosen one', () => {
    const root = document.body.appendChild(document.createElement('div'));
    const calls: [string, QuestionAnswer | null][] = [];
    let answers: Record<string, QuestionAnswer> = {};
    const draw = () =>
      render(
        <QuestionList
          lang="en"
          questions={SAMPLE_QUESTIONS}
          answers={answers}
          onAnswer={(id, answer) => {
            calls.push([id, answer]);
            answers = { ...answers };
            if (answer) answers[id] = answer;
            else delete answers[id];
            draw();
          }}
        />,
        root,
      );
    draw();
    const source = () => root.querySelector('[data-question-id="source"]');
    click(source()?.querySelector('[data-testid="wr-answer-know"]'));
    expect(calls.at(-1)).toEqual(['source', { state: 'know' }]);
    expect(source()?.getAttribute('data-answer')).toBe('know');
    expect(source()?.querySelector('[data-testid="wr-answer-know"]')?.getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(root.textContent).toContain('I know');
    expect(root.textContent).toContain('Not sure');

    // Pressing it again takes the answer back.
    click(source()?.querySelector('[data-testid="wr-answer-know"]'));
    expect(calls.at(-1)).toEqual(['source', null]);
    expect(source()?.hasAttribute('data-answer')).toBe(false);
  });

  it('a note keeps the chosen answer and is kept when the answer changes', () => {
    const root = document.body.appendChild(document.createElement('div'));
    const calls: [string, QuestionAnswer | null][] = [];
    render(
      <QuestionList
        lang="vi"
        questions={SAMPLE_QUESTIONS}
        answers={{ author: { state: 'know', note: 'trang của Bộ' } }}
        onAnswer={(id, answer) => calls.push([id, answer])}
      />,
      root,
    );
    const author = root.querySelector('[data-question-id="author"]');
    const note = author?.querySelector<HTMLInputElement>('[data-testid="wr-answer-note"]');
    expect(note?.value).toBe('trang của Bộ');
    if (!note) throw new Error('no note');
    note.value = 'trang của Bộ Y tế';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    expect(calls.at(-1)).toEqual(['author', { state: 'know', note: 'trang của Bộ Y tế' }]);
    click(author?.querySelector('[data-testid="wr-answer-unsure"]'));
    expect(calls.at(-1)).toEqual(['author', { state: 'unsure', note: 'trang của Bộ' }]);
    expect(root.textContent).toContain('Tôi biết rõ');
    expect(root.textContent).toContain('Chưa chắc chắn');
  });
});
