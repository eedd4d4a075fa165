// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.facebook.com/"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult, CompiledPack } from '../engine/types';
import { sampleFinding } from '../ui/result/result-fixtures';
import type { GuardSettings } from '../settings/guard-settings-shape';
import type { Checker, DialogRequest, GuardUi } from './guard-types';
import { startGuard } from './start-guard';

const FLAGGED: CheckResult = {
  verdict: 'critical',
  findings: [sampleFinding({ severity: 'critical' })],
  links: [],
  questions: [],
};

function stored<T>(value: T) {
  return { getValue: async () => value, watch: () => () => undefined };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const COMMENT_BOX = `<div role="article"><div class="box">
  <div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Write a comment…"><p>TỐI MẬT</p></div>
</div></div>`;

describe('startGuard', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it('asks for the engine at once, and holds a press made before it is ready until it is', async () => {
    document.body.innerHTML = COMMENT_BOX;
    const engine = deferred<(packs: CompiledPack[]) => Checker>();
    const loadEngine = vi.fn(() => engine.promise);
    const requests: DialogRequest[] = [];
    const ui: GuardUi = {
      openDialog: (request) => {
        requests.push(request);
        return { close: () => undefined, gone: () => false };
      },
      showBadge: () => undefined,
      hideBadge: () => undefined,
      owns: () => false,
    };
    const pageKeys = vi.fn();
    document.body.addEventListener('keydown', pageKeys);
    const guard = startGuard({
      window,
      loadEngine,
      activeRules: stored({ packs: [] as CompiledPack[] }),
      settings: stored<GuardSettings | null>(null) as never,
      testFault: stored(false),
      logError: () => undefined,
      loadUi: async () => ui,
      signal: controller.signal,
    });
    // At document_start, not at the first idle moment: the press below may come any time.
    expect(loadEngine).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(guard?.readyAt()).toBeNull();

    const editor = document.querySelector('[role="textbox"]')!;
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    editor.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(pageKeys).not.toHaveBeenCalled();

    engine.resolve(() => ({ check: () => FLAGGED }));
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(guard?.readyAt()).not.toBeNull();
    expect(pageKeys).not.toHaveBeenCalled();
  });
});
