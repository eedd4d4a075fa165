import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReadiness } from './readiness';

describe('readiness', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('wakes every waiter when the guard becomes ready, and remembers when that was', async () => {
    const readiness = createReadiness(() => Date.now());
    const start = Date.now();
    const a = readiness.whenReady(start + 1000);
    const b = readiness.whenReady(start + 1000);
    await vi.advanceTimersByTimeAsync(300);
    readiness.set(true);
    await expect(a).resolves.toBe(true);
    await expect(b).resolves.toBe(true);
    expect(readiness.readyAt()).toBe(start + 300);
    await expect(readiness.whenReady(0)).resolves.toBe(true);
  });

  it('gives up at the deadline', async () => {
    const readiness = createReadiness(() => Date.now());
    const waited = readiness.whenReady(Date.now() + 500);
    await vi.advanceTimersByTimeAsync(499);
    readiness.set(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(waited).resolves.toBe(false);
    expect(readiness.readyAt()).toBeNull();
  });
});
