import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../engine/types';
import { UI_LOAD_BOUND_MS, createDeferredUi } from './deferred-ui';
import type { DialogRequest, GuardUi } from './guard-types';

const CLEAN: CheckResult = { verdict: 'clean', findings: [], links: [], questions: [] };

function request(pending: boolean) {
  return {
    result: CLEAN,
    draft: { text: 'x' },
    surface: 'composer',
    action: 'post',
    pending,
    onProceed: vi.fn(),
    onEdit: vi.fn(),
  } satisfies DialogRequest;
}

const loadedUi = (gone: () => boolean): GuardUi => ({
  openDialog: () => ({ close: () => undefined, gone }),
  showBadge: () => undefined,
  hideBadge: () => undefined,
  owns: () => false,
});

describe('the deferred dialog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a dialog script that never loads lets the held press go after the bound, and says so', async () => {
    const log = vi.fn();
    const ui = createDeferredUi(() => new Promise<GuardUi>(() => undefined), log);
    const held = request(true);
    const handle = ui.openDialog(held);
    await vi.advanceTimersByTimeAsync(UI_LOAD_BOUND_MS - 1);
    expect(held.onProceed).not.toHaveBeenCalled();
    expect(handle.gone()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(held.onProceed).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('guard.ui-load', expect.stringContaining(`${UI_LOAD_BOUND_MS} ms`));
  });

  it('a script that fails to load lets the press go at once; a badge dialog just closes', async () => {
    const log = vi.fn();
    const ui = createDeferredUi(() => Promise.reject(new Error('disabled')), log);
    const held = request(true);
    const badge = request(false);
    ui.openDialog(held);
    ui.openDialog(badge);
    await vi.advanceTimersByTimeAsync(0);
    expect(held.onProceed).toHaveBeenCalledTimes(1);
    expect(badge.onEdit).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(UI_LOAD_BOUND_MS);
    expect(held.onProceed).toHaveBeenCalledTimes(1);
  });

  it('once loaded, the dialog it opened reports whether the page removed it', async () => {
    let removed = false;
    const ui = createDeferredUi(async () => loadedUi(() => removed), vi.fn());
    const handle = ui.openDialog(request(true));
    await vi.advanceTimersByTimeAsync(0);
    expect(handle.gone()).toBe(false);
    removed = true;
    expect(handle.gone()).toBe(true);
  });
});
