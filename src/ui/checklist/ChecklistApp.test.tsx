// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChecker } from '../../engine';
import type { Draft } from '../../engine/types';
import { compiledPack, namedPersonRule, stampRule } from '../../engine/testing/compiled-rules';
import type { OcrResponse } from '../../ocr/ocr-protocol';
import type { NewJournalEntry } from '../../journal/journal-entry';
import { ChecklistApp, type ChecklistAppProps } from './ChecklistApp';
import { CLEAN_RESULT, FIVE_QUESTIONS, RUMOUR_RESULT, RUMOUR_TEXT } from './checklist-fixtures';
import type { ChecklistState } from './checklist-state';

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

function setup(overrides: Partial<ChecklistAppProps> = {}) {
  const recorded: NewJournalEntry[] = [];
  const amended: [string, string[]][] = [];
  const copied: string[] = [];
  const check = vi.fn((draft: Draft) => (draft.text.includes('Nghe nói') ? RUMOUR_RESULT : CLEAN_RESULT));
  const props: ChecklistAppProps = {
    variant: 'popup',
    lang: 'vi',
    languagePreference: 'auto',
    onLanguagePreference: () => {},
    check,
    questions: FIVE_QUESTIONS,
    record: async (entry) => {
      recorded.push(entry);
      return 'j1';
    },
    amend: async (id, unclear) => {
      amended.push([id, unclear]);
    },
    copy: async (text) => {
      copied.push(text);
    },
    ...overrides,
  };
  act(() => render(<ChecklistApp {...props} />, document.body));
  const $ = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  return { recorded, amended, copied, check, $ };
}

async function flush() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function type(element: HTMLElement | null, text: string) {
  if (!(element instanceof HTMLTextAreaElement)) throw new Error('no text box');
  act(() => {
    element.value = text;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('ChecklistApp', () => {
  it('checks pasted text, records it and shows findings, links, questions and the summary', async () => {
    const { $, recorded, amended, check } = setup();
    expect($('wr-summary')?.getAttribute('data-tone')).toBe('pending');
    expect(($('wr-checklist-run') as HTMLButtonElement).disabled).toBe(true);
    type($('wr-checklist-input'), RUMOUR_TEXT);
    act(() => $('wr-checklist-run')?.click());
    await flush();
    expect(check).toHaveBeenCalledWith({ text: RUMOUR_TEXT });
    expect(document.querySelector('[data-testid="wr-finding"]')?.getAttribute('data-rule-id')).toBe(
      'hearsay',
    );
    expect(document.querySelector('[data-testid="wr-link"]')?.getAttribute('data-verdict')).toBe('shortener');
    expect(document.querySelectorAll('[data-testid="wr-question"]')).toHaveLength(5);
    expect($('wr-summary')?.getAttribute('data-tone')).toBe('unclear');
    expect(recorded[0]).toMatchObject({
      origin: 'popup',
      decision: 'checked-by-hand',
      verdict: 'review',
      found: ['vn-unverified-claims/hearsay', 'link:shortener:bit.ly'],
      unclear: ['source', 'author', 'intent', 'harm', 'benefit'],
    });
    expect(amended.at(-1)).toEqual(['j1', ['source', 'author', 'intent', 'harm', 'benefit']]);

    // Answering every question "I know" moves the summary on and updates the journal entry.
    for (const button of document.querySelectorAll<HTMLElement>('[data-testid="wr-answer-know"]')) {
      act(() => button.click());
    }
    await flush();
    expect($('wr-summary')?.getAttribute('data-tone')).toBe('review');
    expect(amended.at(-1)).toEqual(['j1', []]);
  });

  it('checking the same text again replaces its journal entry', async () => {
    const { $, recorded } = setup();
    type($('wr-checklist-input'), RUMOUR_TEXT);
    act(() => $('wr-checklist-run')?.click());
    await flush();
    act(() => $('wr-checklist-run')?.click());
    await flush();
    expect(recorded).toHaveLength(2);
    expect(recorded[0]?.id).toBeUndefined();
    expect(recorded[1]?.id).toBe('j1');
    type($('wr-checklist-input'), 'Một bài khác');
    act(() => $('wr-checklist-run')?.click());
    await flush();
    expect(recorded[2]?.id).toBeUndefined();
  });

  it('shows a clear "rules loading" state and cannot run without rules', () => {
    const { $ } = setup({ check: null });
    type($('wr-checklist-input'), 'abc');
    expect($('wr-rules-loading')?.textContent).toContain('Đang nạp bộ quy tắc');
    expect(($('wr-checklist-run') as HTMLButtonElement).disabled).toBe(true);
  });

  it('runs a prefilled check at once and copies a plain summary', async () => {
    const { $, copied } = setup({ variant: 'page', lang: 'en', prefill: { text: RUMOUR_TEXT } });
    await flush();
    expect(($('wr-checklist-input') as HTMLTextAreaElement).value).toBe(RUMOUR_TEXT);
    expect(document.querySelectorAll('[data-testid="wr-finding"]')).toHaveLength(1);
    expect(document.querySelectorAll('[data-testid="wr-sift-action"]').length).toBeGreaterThan(0);
    act(() => $('wr-copy-summary')?.click());
    await flush();
    expect(copied[0]).toContain('Wise Reader — Check before sharing');
  });

  it('the popup comes back as it was left', async () => {
    let kept: ChecklistState | undefined;
    const saved = {
      get: async () => kept,
      set: async (state: ChecklistState) => {
        kept = state;
      },
    };
    const first = setup({ saved });
    await flush();
    type(first.$('wr-checklist-input'), RUMOUR_TEXT);
    act(() => first.$('wr-checklist-run')?.click());
    await flush();
    act(() => document.querySelector<HTMLElement>('[data-testid="wr-answer-know"]')?.click());
    await flush();
    render(null, document.body);

    const second = setup({ saved });
    await flush();
    expect((second.$('wr-checklist-input') as HTMLTextAreaElement).value).toBe(RUMOUR_TEXT);
    expect(document.querySelector('[data-question-id="source"]')?.getAttribute('data-answer')).toBe('know');
    expect(second.recorded).toHaveLength(0);
  });

  it('takes the selection from the page', async () => {
    const { $ } = setup({ readSelection: async () => 'đoạn được chọn' });
    act(() => $('wr-checklist-selection')?.click());
    await flush();
    expect(($('wr-checklist-input') as HTMLTextAreaElement).value).toBe('đoạn được chọn');
  });

  it('an image handed over is read and checked with the text: findings "in the image", in the summary and journal', async () => {
    const stampPack = compiledPack('vn-internal-documents', [stampRule(), namedPersonRule()]);
    const checker = createChecker([stampPack]);
    let answer!: (response: OcrResponse) => void;
    const read = vi.fn(() => new Promise<OcrResponse>((resolve) => (answer = resolve)));
    const { $, recorded, copied } = setup({
      variant: 'page',
      lang: 'en',
      check: (draft) => checker.check(draft),
      imageText: { read },
      prefill: { image: 'https://cdn.example.vn/anh.jpg', imageTab: 4, imageFrame: 0 },
    });
    await flush();
    expect(read).toHaveBeenCalledWith({ url: 'https://cdn.example.vn/anh.jpg', tabId: 4, frameId: 0 });
    expect($('wr-image-text')?.dataset.status).toBe('reading');
    const text = 'TỐI MẬT\n\nBÁO CÁO về ông Nguyễn Văn Bình\nSố: 112/BC';
    await act(async () => {
      answer({
        ok: true,
        hash: 'h',
        cached: false,
        reading: { status: 'read', text, stamps: ['TỐI MẬT'], size: { width: 1000, height: 1400 }, ms: 800 },
      });
    });
    await flush();
    const finding = document.querySelector('[data-testid="wr-result"] [data-testid="wr-finding"]');
    expect(finding?.getAttribute('data-part')).toBe('image');
    expect(finding?.textContent).toContain('in the image: “TỐI MẬT”');
    expect($('wr-summary')?.textContent).toContain('2 points are in the text read from the image.');
    // The journal keeps the rules that fired and, since nothing was typed, an excerpt of what was read with
    // the personal data the rules found in it masked, as for typed text.
    const entry = recorded.at(-1);
    expect(entry?.verdict).toBe('critical');
    expect(entry?.found.slice().sort()).toEqual([
      'vn-internal-documents/named-person',
      'vn-internal-documents/secrecy-stamp',
    ]);
    expect(entry?.excerpt).toContain('BÁO CÁO về ông •••');
    expect(entry?.excerpt).not.toContain('Bình');
    act(() => $('wr-copy-summary')?.click());
    await flush();
    expect(copied[0]).toContain('in the image: “TỐI MẬT”');
  });
});
