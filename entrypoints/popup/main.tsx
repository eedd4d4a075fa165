import { render } from 'preact';
import { createChecker } from '../../src/engine';
import { openChecklist } from '../../src/menus/context-menu';
import { QUESTIONS } from '../../src/questions/questions';
import { activeRules } from '../../src/settings/active-rules';
import { journal } from '../../src/settings/journal';
import { uiLanguagePreference } from '../../src/settings/ui-language';
import { CHECKLIST_CSS } from '../../src/ui/checklist/checklist-css';
import type { ChecklistState } from '../../src/ui/checklist/checklist-state';
import { ChecklistRoot } from '../../src/ui/checklist/ChecklistRoot';
import { browserLanguages } from '../../src/settings/language-choice';

/** The text selected in the active tab (any frame), read with activeTab + scripting on the person's click. */
async function readSelection(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const results = await browser.scripting.executeScript({
    target: { tabId: tab.id, allFrames: true },
    // Runs in the page. getSelection() does not see inside text fields, so those are read on their own.
    func: () => {
      const field = document.activeElement;
      if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
        const { selectionStart: start, selectionEnd: end } = field;
        if (start !== null && end !== null && end > start) return field.value.slice(start, end);
      }
      return globalThis.getSelection()?.toString() ?? '';
    },
  });
  return results.map((frame) => frame.result).find((text) => typeof text === 'string' && text.trim()) ?? null;
}

/** The popup's checklist while the browser is open: session storage, in memory, gone when it closes. */
const SAVED_KEY = 'popupChecklist';
const saved = {
  get: async () => (await browser.storage.session.get(SAVED_KEY))[SAVED_KEY] as ChecklistState | undefined,
  set: (state: ChecklistState) => browser.storage.session.set({ [SAVED_KEY]: state }),
};

document.head.append(Object.assign(document.createElement('style'), { textContent: CHECKLIST_CSS }));
render(
  <ChecklistRoot
    variant="popup"
    rules={activeRules}
    createChecker={createChecker}
    questions={QUESTIONS}
    languagePreference={uiLanguagePreference}
    browserLanguages={browserLanguages(navigator)}
    journal={journal}
    copy={(text) => navigator.clipboard.writeText(text)}
    readSelection={readSelection}
    saved={saved}
    openFullPage={(prefill) => void openChecklist(browser, prefill).then(() => window.close())}
  />,
  document.getElementById('app')!,
);
