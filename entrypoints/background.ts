import { registerContextMenu } from '../src/menus/context-menu';

export default defineBackground(() => {
  // Wiring only: pack store, subscriptions, policy and menus live in src/ (see DESIGN.md).
  registerContextMenu(browser);
});
