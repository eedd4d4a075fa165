import { describe, expect, it } from 'vitest';
import { browserLanguages, resolveUiLanguage } from './language-choice';

describe('resolveUiLanguage', () => {
  it('obeys an explicit choice', () => {
    expect(resolveUiLanguage('en', ['vi'])).toBe('en');
    expect(resolveUiLanguage('vi', ['en'])).toBe('vi');
  });
  it('follows the first browser language it has, in the person’s order', () => {
    expect(resolveUiLanguage('auto', ['vi-VN', 'en-US'])).toBe('vi');
    expect(resolveUiLanguage('auto', ['en-US', 'vi'])).toBe('en');
    expect(resolveUiLanguage('auto', ['fr-FR', 'en-GB', 'vi'])).toBe('en');
    expect(resolveUiLanguage('auto', ['fr-FR', 'vi_VN'])).toBe('vi');
  });
  it('a browser in a third language only gets English; no information at all gets Vietnamese', () => {
    expect(resolveUiLanguage('auto', ['de-DE'])).toBe('en');
    expect(resolveUiLanguage('auto', ['ko', 'ja'])).toBe('en');
    expect(resolveUiLanguage('auto', [])).toBe('vi');
    expect(resolveUiLanguage('auto', [''])).toBe('vi');
  });
  it('reads the browser’s list, or its one language', () => {
    expect(browserLanguages({ languages: ['vi', 'en'], language: 'vi' })).toEqual(['vi', 'en']);
    expect(browserLanguages({ languages: [], language: 'de' })).toEqual(['de']);
    expect(browserLanguages(undefined)).toEqual([]);
  });
});
