// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult, QuestionId } from '../../engine/types';
import type { OpenedAnswer } from '../../history/history-messages';
import { sampleFinding } from '../result/result-fixtures';
import { GuardDialog, type GuardDialogProps } from './GuardDialog';
import type { ShareServices } from './share-services';

const NOW = Date.UTC(2026, 0, 15);
const questions = (source: CheckResult['questions'][number]['hints'] = []): CheckResult['questions'] =>
  (['source', 'author', 'intent', 'harm', 'benefit'] as QuestionId[]).map((id) => ({
    id,
    hints: id === 'source' ? source : [],
  }));

const RESULT: CheckResult = {
  verdict: 'critical',
  // Markup in a pack message must show as text.
  findings: [sampleFinding({ message: { vi: '<b>Dấu mật</b>', en: 'Secrecy stamp' } })],
  links: [{ url: 'https://bit.ly/x', domain: 'bit.ly', verdict: 'shortener' }],
  questions: questions([{ id: 'category:internal-document', text: { vi: 'Tài liệu nội bộ?' } }]),
};

const ARTICLE = 'https://tuoitre.vn/nguoi-mau-bi-bat-20210315101010123.htm';
const SHARING: CheckResult = {
  verdict: 'review',
  findings: [],
  links: [
    { url: ARTICLE, domain: 'tuoitre.vn', verdict: 'known', published: '2021-03-15' },
    { url: 'https://bit.ly/3x', domain: 'bit.ly', verdict: 'shortener' },
  ],
  questions: questions(),
};

async function flush() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('GuardDialog', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));

  const show = (props: Partial<GuardDialogProps> = {}) => {
    const onProceed = vi.fn();
    const onEdit = vi.fn();
    act(() => {
      render(
        <GuardDialog
          result={RESULT}
          draft={{ text: 'x' }}
          lang="vi"
          pending
          now={NOW}
          onProceed={onProceed}
          onEdit={onEdit}
          {...props}
        />,
        root,
      );
    });
    const q = <T extends Element = HTMLElement>(id: string) =>
      root.querySelector<T>(`[data-testid="${id}"]`)!;
    return { onProceed, onEdit, q };
  };

  it('carries the test hooks and renders pack text as text, never HTML', () => {
    const { q } = show();
    const dialog = q('wr-dialog');
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(q('wr-finding').getAttribute('data-rule-id')).toBe('secrecy-stamp');
    expect(q('wr-finding').textContent).toContain('<b>Dấu mật</b>');
    expect(q('wr-finding').querySelector('b')).toBeNull();
    expect(q('wr-link').getAttribute('data-verdict')).toBe('shortener');
    expect(root.querySelectorAll('[data-testid="wr-question"]')).toHaveLength(5);
    expect(root.querySelector('[data-question-id="source"]')!.textContent).toContain('Tài liệu nội bộ?');
  });

  it('leads with the questions: a finding is evidence under the question it feeds, details on demand', () => {
    const { q } = show();
    const first = root.querySelector('[data-testid="wr-question"]')!;
    expect(first.getAttribute('data-question-id')).toBe('source');
    expect(first.querySelector('[data-testid="wr-finding"]')).not.toBeNull();
    const details = q('wr-finding').querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toContain('“TỐI MẬT”');
    // The questions come before the links, and the choice comes last.
    const order = [
      ...root.querySelectorAll(
        '[data-testid="wr-question"], [data-testid="wr-link"], [data-testid="wr-edit"]',
      ),
    ];
    expect(order.map((el) => el.getAttribute('data-testid'))).toEqual([
      ...Array(5).fill('wr-question'),
      'wr-link',
      'wr-edit',
    ]);
  });

  it('a group finding quotes every marker that added up, and says what each is on demand', () => {
    const group = sampleFinding({
      ruleId: 'rumour',
      severity: 'warning',
      message: { vi: 'Dấu hiệu tin đồn', en: 'Signs of a rumour' },
      evidence: [
        {
          ruleId: 'hearsay',
          start: 0,
          end: 8,
          excerpt: 'nghe nói',
          message: { vi: 'Lời đồn', en: 'Hearsay' },
          weight: 0.5,
        },
        {
          ruleId: 'pressure',
          start: 20,
          end: 32,
          excerpt: 'chia sẻ ngay',
          message: { vi: 'Thúc giục', en: 'Pressure' },
          weight: 0.5,
        },
      ],
    });
    const { q } = show({ result: { ...RESULT, verdict: 'review', findings: [group] }, lang: 'en' });
    expect(q('wr-finding').getAttribute('data-rule-id')).toBe('rumour');
    expect(q('wr-finding').querySelector('summary')!.textContent).toContain('“nghe nói”, “chia sẻ ngay”');
    const markers = [...q('wr-finding').querySelectorAll('[data-marker-rule-id]')].map((m) => m.textContent);
    expect(markers).toEqual(['“nghe nói”: Hearsay', '“chia sẻ ngay”: Pressure']);
  });

  it('a critical finding needs the acknowledgement; post anyway works once', () => {
    const { q, onProceed } = show();
    const proceed = q<HTMLButtonElement>('wr-proceed');
    expect(proceed.disabled).toBe(true);
    act(() => {
      const box = q<HTMLInputElement>('wr-acknowledge');
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(q<HTMLButtonElement>('wr-proceed').disabled).toBe(false);
    act(() => q('wr-proceed').click());
    act(() => q('wr-proceed').click());
    expect(onProceed).toHaveBeenCalledTimes(1);
  });

  it('focus starts on the safe choice; Escape is back to edit; without a pending post only Close', async () => {
    const { q, onEdit } = show({ pending: false });
    await flush();
    expect(document.activeElement).toBe(q('wr-edit'));
    expect(q('wr-proceed')).toBeNull();
    act(() => {
      q('wr-dialog').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('the title and the proceed button say what the press does', () => {
    const { q } = show({ action: 'send', lang: 'en' });
    expect(q('wr-dialog').querySelector('h2')!.textContent).toBe('A moment before you send');
    expect(q('wr-proceed').textContent).toBe('Send anyway');
  });

  it('says an old article’s age and which shared pages were opened, with "Open it first"', async () => {
    const opened = vi.fn<ShareServices['opened']>(async (): Promise<OpenedAnswer> => ({
      permission: 'granted',
      opened: [false],
    }));
    const { q } = show({ result: SHARING, lang: 'en', share: { opened, ask: vi.fn(), decline: vi.fn() } });
    await flush();
    // The short link is not looked up: its target is unknown without requesting it.
    expect(opened).toHaveBeenCalledWith([ARTICLE]);
    expect(q('wr-article-age').textContent).toBe('from March 2021');
    const states = [...root.querySelectorAll('[data-testid="wr-read-state"]')];
    expect(states.map((s) => s.getAttribute('data-state'))).toEqual(['not-opened', 'unknown']);
    const open = root.querySelector<HTMLAnchorElement>('[data-testid="wr-open-first"]')!;
    expect(open.href).toBe(ARTICLE);
    expect(open.target).toBe('_blank');
    expect(open.rel).toBe('noopener noreferrer');
    expect(open.getAttribute('aria-label')).toBe('Open it first: tuoitre.vn (opens in a new tab)');
  });

  it('asks again when the person comes back to the tab (they may have opened the page meanwhile)', async () => {
    let opened = false;
    const share = {
      opened: async (): Promise<OpenedAnswer> => ({ permission: 'granted', opened: [opened] }),
      ask: vi.fn(),
      decline: vi.fn(),
    };
    const { q } = show({ result: SHARING, share });
    await flush();
    expect(q('wr-read-state').getAttribute('data-state')).toBe('not-opened');
    opened = true;
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await flush();
    expect(q('wr-read-state').getAttribute('data-state')).toBe('opened');
  });

  it('an opened page says so; a fresh article shows no age', async () => {
    const fresh: CheckResult = {
      ...SHARING,
      links: [{ url: ARTICLE, domain: 'tuoitre.vn', verdict: 'known', published: '2026-01-10' }],
    };
    const share = {
      opened: async () => ({ permission: 'granted' as const, opened: [true] }),
      ask: vi.fn(),
      decline: vi.fn(),
    };
    const { q } = show({ result: fresh, share });
    await flush();
    expect(q('wr-read-state').getAttribute('data-state')).toBe('opened');
    expect(q('wr-read-state').textContent).toBe('Bạn đã mở trang này');
    expect(q('wr-open-first')).toBeNull();
    expect(q('wr-article-age')).toBeNull();
  });

  it('without the permission it says nothing about opening, and offers it once', async () => {
    const ask = vi.fn();
    const missing = (asked: boolean) => async (): Promise<OpenedAnswer> => ({ permission: 'missing', asked });
    const first = show({ result: SHARING, share: { opened: missing(false), ask, decline: vi.fn() } });
    await flush();
    expect(root.querySelector('[data-testid="wr-read-state"]')).toBeNull();
    expect(root.querySelector('[data-testid="wr-open-first"]')).toBeNull();
    act(() => first.q('wr-history-allow').click());
    expect(ask).toHaveBeenCalledTimes(1);
    expect(first.q('wr-history-offer')).toBeNull();

    render(null, root);
    show({ result: SHARING, share: { opened: missing(true), ask, decline: vi.fn() } });
    await flush();
    expect(root.querySelector('[data-testid="wr-history-offer"]')).toBeNull();
    expect(root.textContent).not.toMatch(/mở trang này|Mở đọc trước/);
  });

  it('says where a finding is when it is not in the typed text: the attached image, the shared post', () => {
    const result: CheckResult = {
      ...RESULT,
      findings: [
        sampleFinding({ part: { kind: 'image', index: 0 } }),
        sampleFinding({ part: { kind: 'shared' }, excerpt: 'MẬT' }),
        sampleFinding({ excerpt: 'TUYỆT MẬT' }),
      ],
    };
    show({ result, draft: { text: 'x', images: [{ text: 'TỐI MẬT' }], shared: { text: 'MẬT' } } });
    const lines = [...root.querySelectorAll<HTMLElement>('[data-testid="wr-finding"]')];
    // One line per rule and part: the person sees each place.
    expect(
      lines.map((line) => [line.dataset.part ?? 'text', line.querySelector('summary')?.textContent]),
    ).toEqual([
      ['image', 'Nghiêm trọng trong ảnh đính kèm: “TỐI MẬT”'],
      ['shared', 'Nghiêm trọng trong bài được chia sẻ: “MẬT”'],
      ['text', 'Nghiêm trọng “TUYỆT MẬT”'],
    ]);
  });

  it('numbers the attached images when there are several', () => {
    const result: CheckResult = {
      ...RESULT,
      findings: [sampleFinding({ part: { kind: 'image', index: 1 } })],
    };
    show({ result, draft: { text: '', images: [{ text: 'a' }, { text: 'TỐI MẬT' }] }, lang: 'en' });
    expect(root.querySelector('[data-testid="wr-finding"] summary')?.textContent).toContain(
      'in the attached image 2: “TỐI MẬT”',
    );
  });

  it('says the image is still being read and lets the person decide; once read, says so and shows what it found', () => {
    const clean: CheckResult = { verdict: 'clean', findings: [], links: [], questions: questions() };
    const props = { result: clean, draft: { text: 'Ảnh nè' }, pictures: { reading: 1, unread: 0 } };
    const { q, onProceed } = show(props);
    expect(q('wr-image-reading').dataset.state).toBe('reading');
    expect(q('wr-image-reading').textContent).toContain('Ảnh đang được đọc');
    // Nothing critical yet: the person may send without waiting.
    expect(q<HTMLButtonElement>('wr-proceed').disabled).toBe(false);

    // The reading finishes while the dialog is open: the stamp appears and "send anyway" asks for the tick.
    const stamped: CheckResult = {
      ...RESULT,
      findings: [sampleFinding({ part: { kind: 'image', index: 0 } })],
    };
    show({
      ...props,
      result: stamped,
      draft: { text: 'Ảnh nè', images: [{ text: 'TỐI MẬT' }] },
      pictures: { reading: 0, unread: 0 },
    });
    expect(q('wr-image-reading').dataset.state).toBe('read');
    expect(q('wr-image-reading').textContent).toContain('Đã đọc xong ảnh đính kèm.');
    expect(root.querySelector('[data-testid="wr-finding"]')?.getAttribute('data-part')).toBe('image');
    expect(q<HTMLButtonElement>('wr-proceed').disabled).toBe(true);
    expect(onProceed).not.toHaveBeenCalled();
  });

  it('says plainly when an attached image could not be read, in English too', () => {
    const { q } = show({ lang: 'en', pictures: { reading: 0, unread: 1 } });
    expect(q('wr-image-reading').dataset.state).toBe('unread');
    expect(q('wr-image-reading').textContent).toContain('could not be read: look at it yourself');
    const again = show({ lang: 'en', pictures: { reading: 2, unread: 0 } });
    expect(again.q('wr-image-reading').textContent).toContain('2 images are still being read');
  });
});
