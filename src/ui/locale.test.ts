import { describe, expect, it } from 'vitest';
import { localize, resolveUiLanguage } from './locale';

describe('resolveUiLanguage', () => {
  it('follows the first browser language it knows', () => {
    expect(resolveUiLanguage('auto', ['fr-FR', 'en-GB', 'vi'])).toBe('en');
    expect(resolveUiLanguage('auto', ['vi-VN', 'en-US'])).toBe('vi');
  });
  it('falls back to Vietnamese', () => {
    expect(resolveUiLanguage('auto', ['de'])).toBe('vi');
    expect(resolveUiLanguage('auto', [])).toBe('vi');
  });
  it('obeys an explicit choice', () => {
    expect(resolveUiLanguage('en', ['vi'])).toBe('en');
    expect(resolveUiLanguage('vi', ['en'])).toBe('vi');
  });
});

describe('localize', () => {
  it('uses Vietnamese when English is missing', () => {
    expect(localize({ vi: 'Xin chào' }, 'en')).toBe('Xin chào');
    expect(localize({ vi: 'Xin chào', en: 'Hello' }, 'en')).toBe('Hello');
    expect(localize({ vi: 'Xin chào', en: 'Hello' }, 'vi')).toBe('Xin chào');
  });
});
