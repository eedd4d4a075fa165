import { describe, expect, it } from 'vitest';
import type { CheckResult, Finding } from '../engine/types';
import { isEmptyDraft, shouldAsk } from './ask-decision';

const finding = (severity: Finding['severity']): Finding => ({
  packId: 'p',
  ruleId: 'r',
  category: 'tone',
  question: 'intent',
  severity,
  start: 0,
  end: 1,
  excerpt: 'x',
  message: { vi: 'x' },
});
const result = (findings: Finding[], links = 0): CheckResult => ({
  verdict: findings.length || links ? 'review' : 'clean',
  findings,
  links: Array.from({ length: links }, () => ({
    url: 'https://a.vn',
    domain: 'a.vn',
    verdict: 'known' as const,
  })),
  questions: [],
});

describe('shouldAsk', () => {
  const draft = { text: 'hello' };
  it('links-and-findings: a warning, a critical or a link', () => {
    expect(shouldAsk('links-and-findings', result([]), draft)).toBe(false);
    expect(shouldAsk('links-and-findings', result([finding('info')]), draft)).toBe(false);
    expect(shouldAsk('links-and-findings', result([finding('warning')]), draft)).toBe(true);
    expect(shouldAsk('links-and-findings', result([], 1), draft)).toBe(true);
    expect(shouldAsk('links-and-findings', result([]), { text: '', links: ['https://x.vn'] })).toBe(true);
  });
  it('findings-only ignores links; always asks; off never', () => {
    expect(shouldAsk('findings-only', result([], 1), draft)).toBe(false);
    expect(shouldAsk('findings-only', result([finding('critical')]), draft)).toBe(true);
    expect(shouldAsk('always', result([]), draft)).toBe(true);
    expect(shouldAsk('off', result([finding('critical')]), draft)).toBe(false);
  });
  it('never asks about an empty draft', () => {
    expect(isEmptyDraft({ text: '  \n' })).toBe(true);
    expect(isEmptyDraft({ text: '', shared: { author: 'A' } })).toBe(false);
    expect(shouldAsk('always', result([]), { text: ' ' })).toBe(false);
  });
});
