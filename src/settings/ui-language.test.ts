import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// `wxt/browser` reads `chrome` once outside an extension; the in-memory fake stands in for it.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('navigator', { languages: ['en-US', 'vi'], language: 'en-US' });

const { currentUiLanguage, uiLanguagePreference, UI_LANGUAGE_CHOICES, watchUiLanguage } =
  await import('./ui-language');

describe('UI language setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows the browser by default and obeys the switch', async () => {
    expect(await uiLanguagePreference.getValue()).toBe('auto');
    expect(await currentUiLanguage()).toBe('en');
    await uiLanguagePreference.setValue('vi');
    expect(await currentUiLanguage()).toBe('vi');
    expect(UI_LANGUAGE_CHOICES.map((choice) => choice.value)).toEqual(['auto', 'vi', 'en']);
  });

  it('tells watchers the language now and after each switch, until stopped', async () => {
    const seen: string[] = [];
    const stop = watchUiLanguage((lang) => seen.push(lang));
    await vi.waitFor(() => expect(seen).toEqual(['en']));
    await uiLanguagePreference.setValue('vi');
    await vi.waitFor(() => expect(seen).toEqual(['en', 'vi']));
    stop();
    await uiLanguagePreference.setValue('en');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(['en', 'vi']);
  });
});
