import { describe, expect, it } from 'vitest';
import { appendToLog, createErrorLogWriter, type ErrorLogEntry } from './error-log-ring';
import { DEFAULT_GUARD_SETTINGS, effectiveMode, normalizeGuardSettings } from './guard-settings-shape';

describe('guard settings', () => {
  it('defaults to links-and-findings on every site', () => {
    expect(effectiveMode(null, 'facebook')).toBe('links-and-findings');
    expect(normalizeGuardSettings(undefined)).toEqual(DEFAULT_GUARD_SETTINGS);
  });
  it('a site switched off is off; a site mode overrides the overall one; junk falls back', () => {
    const settings = {
      mode: 'always' as const,
      sites: {
        facebook: { enabled: false },
        tiktok: { enabled: true, mode: 'findings-only' as const },
        zalo: { enabled: true },
      },
    };
    expect(effectiveMode(settings, 'facebook')).toBe('off');
    expect(effectiveMode(settings, 'tiktok')).toBe('findings-only');
    expect(effectiveMode(settings, 'zalo')).toBe('always');
    expect(effectiveMode({ mode: 'loud' as never }, 'zalo')).toBe('links-and-findings');
  });
});

describe('a site with a default mode of its own (Messenger: a chat asks only for findings)', () => {
  it('starts at findings-only while the other sites follow the overall mode', () => {
    expect(effectiveMode(null, 'messenger')).toBe('findings-only');
    expect(effectiveMode({ mode: 'always' }, 'messenger')).toBe('findings-only');
    expect(effectiveMode({ mode: 'always' }, 'facebook')).toBe('always');
  });
  it('an older stored value without the site gets its defaults; a stored choice wins, "inherit" included', () => {
    const older = { mode: 'links-and-findings' as const, sites: { facebook: { enabled: true } } };
    expect(normalizeGuardSettings(older).sites.messenger).toEqual({ enabled: true, mode: 'findings-only' });
    expect(effectiveMode({ mode: 'always', sites: { messenger: { enabled: true } } }, 'messenger')).toBe(
      'always',
    );
    expect(
      effectiveMode({ sites: { messenger: { enabled: true, mode: 'links-and-findings' } } }, 'messenger'),
    ).toBe('links-and-findings');
    expect(effectiveMode({ sites: { messenger: { enabled: false } } }, 'messenger')).toBe('off');
  });
});

describe('error log', () => {
  const entry = (n: number): ErrorLogEntry => ({ at: n, where: 'guard.press', message: `e${n}` });
  it('keeps the newest entries up to the cap', () => {
    let log: ErrorLogEntry[] = [];
    for (let i = 0; i < 60; i++) log = appendToLog(log, entry(i), 50);
    expect(log).toHaveLength(50);
    expect(log[0]!.at).toBe(10);
    expect(log[49]!.at).toBe(59);
  });
  it('serialises concurrent writes and never throws', async () => {
    let stored: ErrorLogEntry[] = [];
    const write = createErrorLogWriter({
      getValue: async () => stored,
      setValue: async (v) => {
        stored = v;
      },
    });
    await Promise.all([write(entry(1)), write(entry(2)), write(entry(3))]);
    expect(stored.map((e) => e.at)).toEqual([1, 2, 3]);
    const failing = createErrorLogWriter({
      getValue: () => Promise.reject(new Error('quota')),
      setValue: async () => undefined,
    });
    await expect(failing(entry(4))).resolves.toBeUndefined();
  });
});
