// A Vietnamese input method (Telex/VNI) at work, through the DevTools protocol: a composition is open when
// Enter is pressed, so the page sees a trusted keydown with isComposing = true and keyCode 229, then the
// composition is committed. That Enter must never count as "send".
import type { BrowserContext, Page } from '@playwright/test';

export async function enterWhileComposing(
  context: BrowserContext,
  page: Page,
  composing: string,
  committed: string,
) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Input.imeSetComposition', {
      text: composing,
      selectionStart: composing.length,
      selectionEnd: composing.length,
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      windowsVirtualKeyCode: 229,
      key: 'Enter',
      code: 'Enter',
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      windowsVirtualKeyCode: 13,
      key: 'Enter',
      code: 'Enter',
    });
    await cdp.send('Input.insertText', { text: committed });
  } finally {
    await cdp.detach();
  }
}
