import type { OpenedAnswer } from '../../history/history-messages';

/**
 * What the dialog may ask the extension about the links a draft shares (read before you share). The guard's
 * UI script wires it to the background (entrypoints/guard-ui.ts); without it the dialog says nothing about
 * opening.
 */
export interface ShareServices {
  /** Has this browser opened each page? Only with the optional `history` permission. */
  opened(urls: readonly string[]): Promise<OpenedAnswer>;
  /** The person wants to hear more: the options page opens where the permission is asked for. */
  ask(): void;
  /** The person said no thanks: the dialog never offers it again. */
  decline(): void;
}
