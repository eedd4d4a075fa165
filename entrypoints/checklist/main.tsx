import { render } from 'preact';
import { createChecker } from '../../src/engine';
import { PREFILL_STORAGE_KEY } from '../../src/menus/context-menu';
import { QUESTIONS } from '../../src/questions/questions';
import { activeRules } from '../../src/settings/active-rules';
import { journal } from '../../src/settings/journal';
import { uiLanguagePreference } from '../../src/settings/ui-language';
import { CHECKLIST_CSS } from '../../src/ui/checklist/checklist-css';
import type { ChecklistPrefill } from '../../src/ui/checklist/checklist-state';
import { ChecklistRoot } from '../../src/ui/checklist/ChecklistRoot';
import { browserLanguages } from '../../src/settings/language-choice';

/**
 * What to check: handed over by the context menu in session storage (read once, then removed), or given
 * in the address (`?text=`, `?link=`, `?image=`, `?page=`) by anyone linking to the page.
 */
async function readPrefill(): Promise<ChecklistPrefill | undefined> {
  const query = new URLSearchParams(location.search);
  if (query.get('from') === 'menu') {
    const stored = await browser.storage.session.get(PREFILL_STORAGE_KEY);
    await browser.storage.session.remove(PREFILL_STORAGE_KEY);
    return stored[PREFILL_STORAGE_KEY] as ChecklistPrefill | undefined;
  }
  const prefill: ChecklistPrefill = {};
  for (const key of ['text', 'link', 'image', 'page'] as const) {
    const value = query.get(key);
    if (value) prefill[key] = value;
  }
  return Object.keys(prefill).length > 0 ? prefill : undefined;
}

document.head.append(Object.assign(document.createElement('style'), { textContent: CHECKLIST_CSS }));
render(
  <ChecklistRoot
    variant="page"
    rules={activeRules}
    createChecker={createChecker}
    questions={QUESTIONS}
    languagePreference={uiLanguagePreference}
    browserLanguages={browserLanguages(navigator)}
    journal={journal}
    copy={(text) => navigator.clipboard.writeText(text)}
    prefill={readPrefill()}
  />,
  document.getElementById('app')!,
);
