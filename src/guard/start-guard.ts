import type { CompiledPack } from '../engine/types';
import type { ErrorLogEntry } from '../settings/error-log-ring';
import { effectiveMode, normalizeGuardSettings, type GuardSettings } from '../settings/guard-settings-shape';
import type { StoredValue } from '../settings/stored-value';
import { createAdapter, siteOfHost } from '../sites';
import type { Checker, DecisionEntry, GuardUi } from './guard-types';
import type { PictureReadings } from './attached-pictures';
import { createDeferredPictures } from './deferred-pictures';
import { createDeferredUi } from './deferred-ui';
import { installGuard } from './install-guard';
import { watchUnseenSends } from './unseen-send';
import { createReadiness } from './readiness';

/** Text that walks the checker's paths once (phrases, numbers, a link) to compile them before a press. */
const WARM_UP_TEXT = 'Số: 12/QĐ-UBND, nghe nói 0912 345 678 — xem https://example.com/a?b=1';
const WARM_UP_LINK = 'https://example.com/a';

/** A stored value the guard reads once at start and follows afterwards. */
type Watched<T> = Pick<StoredValue<T>, 'getValue' | 'watch'>;

export interface StartGuardOptions {
  window: Window;
  /**
   * Loads the engine (a separate script, like the UI: see entrypoints/guard-engine.ts) and returns its
   * createChecker. Requested at once, in parallel with the storage reads.
   */
  loadEngine(): Promise<(packs: CompiledPack[]) => Checker>;
  activeRules: Watched<{ packs: CompiledPack[] } | null>;
  /**
   * The built-in rule set compiled at build time, for while `activeRules` is empty (a fresh profile, before
   * the background has published): the rules a person who has changed nothing would have.
   */
  loadBuiltinRules?(): Promise<CompiledPack[]>;
  settings: Watched<GuardSettings>;
  testFault: Watched<boolean>;
  /** The `guardTestHoldEngine` switch (stored-keys.ts): while true, the loaded engine is not taken into use. */
  holdEngine?: Watched<boolean>;
  logError(entry: ErrorLogEntry): void;
  /** Loads the page UI (a separate script, see deferred-ui.ts). */
  loadUi(): Promise<GuardUi>;
  /** Loads the reader of attached pictures (a separate script, see deferred-pictures.ts); absent: not read. */
  loadPictures?(): Promise<PictureReadings>;
  onDecision?(entry: DecisionEntry): void;
  signal: AbortSignal;
  /** Clock (ms, the page's performance.now by default), injectable for tests. */
  now?(): number;
}

/** What a started guard tells its host page (the bench reads it through the content script's world). */
export interface StartedGuard {
  /** When the content script started the guard (performance.now() of the page: ms since navigation start). */
  startedAt: number;
  /** When the guard first became ready to decide a press (same clock), or null. */
  readyAt(): number | null;
}

/**
 * The content script's whole job, minus the browser: pick the adapter for this host, register the capture
 * listeners at once (document_start), and get ready as fast as possible: the engine script is imported at
 * once, in parallel with the reads of the settings and the rule set, and the checker is built as soon as
 * both are there — once per rule-set change, never per press. A press before that is held (bounded, see
 * press-interception.ts) rather than let through unchecked.
 */
export function startGuard(options: StartGuardOptions): StartedGuard | null {
  const { window: win, signal } = options;
  const host = win.location.hostname;
  const site = siteOfHost(host);
  if (!site) return null;
  const now = options.now ?? (() => win.performance.now());
  const startedAt = now();
  const log = (where: string, message: string): void =>
    options.logError({ at: Date.now(), where, message, host });
  const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
  // An adapter miss is logged once per kind per page: a changed site must not flood the log on every click.
  const missed = new Set<string>();
  const adapter = createAdapter(site, (where, message) => {
    if (missed.has(message)) return;
    missed.add(message);
    log(where, message);
  });

  let checker: Checker | null = null;
  let createChecker: ((packs: CompiledPack[]) => Checker) | null = null;
  let rules: { packs: CompiledPack[] } | null = null;
  let settings = normalizeGuardSettings(null);
  let settingsRead = false;
  let fault = false;
  /** The engine, the rule set or storage failed: there will be no checker, so presses go unchecked at once. */
  let broken = false;
  const ui = createDeferredUi(options.loadUi, log);
  const readiness = createReadiness(now);

  /** Ready: the settings are read and, unless the guard is off here, the checker is built (or cannot be). */
  const updateReadiness = (): void =>
    readiness.set(settingsRead && (effectiveMode(settings, site) === 'off' || checker !== null || broken));

  // The first check on a new checker pays for compiling its patterns (10–40 ms measured): pay it while the
  // page is idle, not on the person's first press.
  const warmUp = (built: Checker): void => {
    const run = (): void => {
      try {
        if (built === checker) built.check({ text: WARM_UP_TEXT, links: [WARM_UP_LINK] });
      } catch {
        // A failing check will fail (and be logged) on a real press; nothing to do here.
      }
    };
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: 2000 });
    else win.setTimeout(run, 50);
  };

  const rebuild = (): void => {
    try {
      checker = rules && createChecker ? createChecker(rules.packs) : null;
      if (checker) {
        broken = false;
        warmUp(checker);
      }
    } catch (error) {
      checker = null;
      broken = true;
      log('guard.rules', describe(error));
    }
    updateReadiness();
  };

  // The engine is taken into use once loaded, unless the test switch holds it back (read in parallel).
  let loaded: ((packs: CompiledPack[]) => Checker) | null = null;
  let engineHeld: boolean | null = options.holdEngine ? null : false;
  const useEngine = (): void => {
    if (!loaded || engineHeld !== false || createChecker === loaded) return;
    createChecker = loaded;
    rebuild();
  };
  options
    .loadEngine()
    .then((factory) => {
      loaded = factory;
      useEngine();
    })
    .catch((error: unknown) => {
      broken = true;
      log('guard.engine-load', describe(error));
      updateReadiness();
    });

  const follow = <T>(item: Watched<T>, apply: (value: T) => void, failed: () => void): void => {
    item
      .getValue()
      .then(apply)
      .catch((error: unknown) => {
        log('guard.storage', String(error));
        failed();
      });
    const stop = item.watch(apply);
    signal.addEventListener('abort', stop);
  };
  // Nothing published yet: the built-in rules stand in until the background's arrive.
  let published = false;
  let builtin: Promise<void> | null = null;
  const standIn = (): void => {
    if (!options.loadBuiltinRules) return;
    builtin ??= options
      .loadBuiltinRules()
      .then((packs) => {
        if (published) return;
        rules = { packs };
        rebuild();
      })
      .catch((error: unknown) => log('guard.builtin-rules', describe(error)));
  };
  follow(
    options.activeRules,
    (value) => {
      published = value !== null;
      if (!published) {
        standIn();
        return;
      }
      rules = value;
      rebuild();
    },
    () => {
      broken = true;
      updateReadiness();
    },
  );
  const applySettings = (value: GuardSettings | null): void => {
    settings = normalizeGuardSettings(value);
    settingsRead = true;
    updateReadiness();
  };
  follow(options.settings, applySettings, () => applySettings(null));
  follow(
    options.testFault,
    (value) => (fault = value === true),
    () => undefined,
  );
  if (options.holdEngine) {
    const hold = (value: boolean): void => {
      engineHeld = value === true;
      useEngine();
    };
    follow(options.holdEngine, hold, () => hold(false));
  }

  // Before the guard's listeners: a press the guard holds back never reaches the ones after its own.
  watchUnseenSends({
    window: win,
    adapter,
    site,
    watching: (spot) => settings.sites[spot.site ?? site].enabled,
    owns: (event) => ui.owns(event),
    log,
    signal,
  });
  installGuard({
    window: win,
    adapter,
    checker: () => checker,
    readiness,
    // A press follows its own site's settings (Messenger's chat on a facebook.com page: Messenger's).
    mode: (press) => effectiveMode(settings, press?.site ?? site),
    badgeEnabled: (spot) => settings.badge && settings.sites[spot?.site ?? site].enabled,
    testFault: () => fault,
    ui,
    pictures: options.loadPictures && createDeferredPictures(options.loadPictures, log),
    log,
    onDecision: options.onDecision,
    signal,
    now,
  });
  return { startedAt, readyAt: () => readiness.readyAt() };
}
