/** The slice of the extension storage API the content script needs (browser.storage, passed in). */
export interface LocalStorageApi {
  local: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/** A stored value read, written and followed: the shape of a wxt storage item that its readers use. */
export interface StoredValue<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

/**
 * One `local:` storage value, read and watched straight through the storage API. The content script and the
 * journal use this instead of the wxt storage items (same keys, same values): it keeps the item library
 * (about 8 KB) out of a bundle that loads on every Facebook page. Writers (options, background) keep using
 * the typed items. `api` is a getter so a module can be imported where `browser` is not set up yet (tests).
 */
export function storedValue<T>(api: () => LocalStorageApi, key: string, fallback: T): StoredValue<T> {
  return {
    async getValue() {
      const value = (await api().local.get(key))[key];
      return value === undefined || value === null ? fallback : (value as T);
    },
    async setValue(value) {
      await api().local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
        const change = changes[key];
        if (area !== 'local' || !change) return;
        callback(
          change.newValue === undefined || change.newValue === null ? fallback : (change.newValue as T),
        );
      };
      api().onChanged.addListener(listener);
      return () => api().onChanged.removeListener(listener);
    },
  };
}
