import type { CompiledPack } from '../engine/types';
import type { ErrorLogEntry } from '../settings/error-log-ring';
import type { StoredValue } from '../settings/stored-value';
import { effectiveMode, normalizeGuardSettings, type GuardSettings } from '../settings/guard-settings-shape';
import { createAdapter, siteOfHost } from '../sites';
import type { Checker, DecisionEntry, GuardUi } from './guard-types';
import { createDeferredUi } from './deferred-ui';
import { installGuard } from './install-guard';
import { watchUnseenSends } from './unseen-send';

/** A stored value the guard reads once at start and follows afterwards. */
type Watched<T> = Pick<StoredValue<T>, 'getValue' | 'watch'>;

export interface StartGuardOptions {
  window: Window;
  /**
   * Loads the engine (a separate script, like the UI: see entrypoints/guard-engine.ts) and returns its
   * createChecker. Requested when the page is first idle or the person first interacts, whichever is first.
   */
  loadEngine(): Promise<(packs: CompiledPack[]) => Checker>;
  activeRules: Watched<{ packs: CompiledPack[] } | null>;
  settings: Watched<GuardSettings>;
  testFault: Watched<boolean>;
  logError(entry: ErrorLogEntry): void;
  /** Loads the page UI (a separate script, see deferred-ui.ts). */
  loadUi(): Promise<GuardUi>;
  onDecision?(entry: DecisionEntry): void;
  signal: AbortSignal;
}

/**
 * The content script's whole job, minus the browser: pick the adapter for this host, register the capture
 * listeners at once (document_start), then load packs and settings; until they arrive nothing is checked.
 * The checker is built once per rule-set change, never per press.
 */
export function startGuard(options: StartGuardOptions): boolean {
  const { window: win, signal } = options;
  const host = win.location.hostname;
  const site = siteOfHost(host);
  if (!site) return false;
  const log = (where: string, message: string): void =>
    options.logError({ at: Date.now(), where, message, host });
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
  let fault = false;
  const ui = createDeferredUi(options.loadUi, log);

  const rebuild = (): void => {
    try {
      checker = rules && createChecker ? createChecker(rules.packs) : null;
    } catch (error) {
      checker = null;
      log('guard.rules', error instanceof Error ? error.message : String(error));
    }
  };
  const setRules = (value: { packs: CompiledPack[] } | null): void => {
    rules = value;
    rebuild();
  };
  // The engine is not in the document_start script: it loads when the page is first idle or the person
  // first does anything (a press before that passes unchecked, as while the packs load: fail open).
  let engineRequested = false;
  const requestEngine = (): void => {
    if (engineRequested) return;
    engineRequested = true;
    options
      .loadEngine()
      .then((factory) => {
        createChecker = factory;
        rebuild();
      })
      .catch((error: unknown) =>
        log('guard.engine-load', error instanceof Error ? error.message : String(error)),
      );
  };
  const firstTouch = { capture: true, passive: true, once: true, signal } as const;
  for (const type of ['pointerdown', 'keydown', 'focusin', 'pointerover']) {
    win.addEventListener(type, requestEngine, firstTouch);
  }
  if (typeof win.requestIdleCallback === 'function')
    win.requestIdleCallback(requestEngine, { timeout: 3000 });
  else win.setTimeout(requestEngine, 1000);
  const follow = <T>(item: Watched<T>, apply: (value: T) => void): void => {
    item
      .getValue()
      .then(apply)
      .catch((error: unknown) => log('guard.storage', String(error)));
    const stop = item.watch(apply);
    signal.addEventListener('abort', stop);
  };
  follow(options.activeRules, setRules);
  follow(options.settings, (value) => (settings = normalizeGuardSettings(value)));
  follow(options.testFault, (value) => (fault = value === true));

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
    // A press follows its own site's settings (Messenger's chat on a facebook.com page: Messenger's).
    mode: (press) => effectiveMode(settings, press?.site ?? site),
    badgeEnabled: (spot) => settings.badge && settings.sites[spot?.site ?? site].enabled,
    testFault: () => fault,
    ui,
    log,
    onDecision: options.onDecision,
    signal,
  });
  return true;
}
