import type { StoredKey } from './stored-keys';

/** The slice of the extension storage API a raw reader needs (browser.storage, passed in). */
export interface LocalStorageApi {
  local: {
    get(keys: string | string[]): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(listener: StorageChangeListener): void;
    removeListener(listener: StorageChangeListener): void;
  };
}

type StorageChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/**
 * A stored value read, written and followed — the one shape every reader of storage uses (a wxt storage item
 * has it too). Read-only users take `Pick<StoredValue<T>, 'getValue' | 'watch'>`.
 */
export interface StoredValue<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

/** wxt keeps a value's version beside it, in `<key>$` as `{ v }`; no meta means version 1. */
const metaKeyOf = (key: string): string => `${key}$`;

function versionIn(meta: unknown): number {
  const v = (meta as { v?: unknown } | null | undefined)?.v;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/**
 * Brings a stored value up to the entry's version, as the typed item would (same migrations, same order).
 * A value newer than this release knows is returned as it is; a migration that throws is an error naming
 * the key and the version, so the caller can log it.
 */
export async function migrateStoredValue<T>(spec: StoredKey<T>, value: unknown, from: number): Promise<T> {
  let current = value;
  for (let version = from + 1; version <= spec.version; version++) {
    const migrate = spec.migrations?.[version];
    if (!migrate) continue;
    try {
      current = (await migrate(current)) ?? current;
    } catch (error) {
      throw new Error(`storage "${spec.key}": migration to v${version} failed: ${String(error)}`, {
        cause: error,
      });
    }
  }
  return current as T;
}

const needsMigrations = (spec: StoredKey<unknown>): boolean =>
  spec.version > 1 && Object.keys(spec.migrations ?? {}).length > 0;

/**
 * One `local:` stored value, read and followed straight through the storage API, with the table entry's
 * migrations applied to what it reads. The content script and the journal use this instead of the wxt
 * storage items: it keeps the item library out of a bundle that loads on every Facebook page. It never
 * writes a migrated value back (the background's typed item does that when it starts); it writes the
 * version beside a value it stores, as the typed item does. `api` is a getter so a module can be imported
 * where `browser` is not set up yet (tests).
 */
export function storedValue<T>(api: () => LocalStorageApi, spec: StoredKey<T>): StoredValue<T> {
  const { key, fallback } = spec;
  const metaKey = metaKeyOf(key);
  const migrating = needsMigrations(spec);
  const orFallback = (value: unknown): unknown => (value === undefined || value === null ? undefined : value);

  const read = async (value: unknown, meta: () => Promise<unknown>): Promise<T> => {
    const present = orFallback(value);
    if (present === undefined) return fallback;
    if (!migrating) return present as T;
    return migrateStoredValue(spec, present, versionIn(await meta()));
  };

  return {
    async getValue() {
      if (!migrating) return read((await api().local.get(key))[key], async () => undefined);
      const stored = await api().local.get([key, metaKey]);
      return read(stored[key], async () => stored[metaKey]);
    },
    async setValue(value) {
      // Written in this release's shape: say so, or a later reader would migrate it again.
      await api().local.set(migrating ? { [key]: value, [metaKey]: { v: spec.version } } : { [key]: value });
    },
    watch(callback) {
      // Changes are handed on in the order they happened, even when one needs its version read first.
      let queue: Promise<void> = Promise.resolve();
      const listener: StorageChangeListener = (changes, area) => {
        const change = changes[key];
        if (area !== 'local' || !change) return;
        const metaChange = changes[metaKey];
        const meta = async (): Promise<unknown> =>
          metaChange ? metaChange.newValue : (await api().local.get(metaKey))[metaKey];
        queue = queue
          .then(() => read(change.newValue, meta))
          .then(callback)
          .catch((error: unknown) => console.warn('[Wise Reader] storage:', String(error)));
      };
      api().onChanged.addListener(listener);
      return () => api().onChanged.removeListener(listener);
    },
  };
}
