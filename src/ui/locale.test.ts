import { describe, expect, it } from 'vitest';
import { localize } from './locale';

describe('localize', () => {
  it('uses Vietnamese when English is missing', () => {
    expect(localize({ vi: 'Xin chào' }, 'en')).toBe('Xin chào');
    expect(localize({ vi: 'Xin chào', en: 'Hello' }, 'en')).toBe('Hello');
    expect(localize({ vi: 'Xin chào', en: 'Hello' }, 'vi')).toBe('Xin chào');
  });
});
