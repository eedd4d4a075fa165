import type { CompiledPack } from '../../engine/types';
import type { PackCatalog } from '../pack-catalog';
import type { PackLoader, PackProblem, PackStoreState } from '../pack-record';
import { createPackStore, type PackStoreDeps, type StoreWrite } from '../pack-store-service';
import { fakeLoadPack } from './fake-pack-loader';

/**
 * A pack store over memory, with everything the background would pass in replaceable. `quota` makes a
 * write fail as Chrome's does when storage.local is full (the stored JSON over that many bytes).
 */
export function memoryPackStore(
  overrides: Partial<PackStoreDeps> & { policy?: unknown; quota?: number } = {},
) {
  let saved: PackStoreState | null = null;
  const published: { active: CompiledPack[]; catalog: PackCatalog }[] = [];
  const writes: StoreWrite[] = [];
  let storageReports: PackProblem[][] = [];
  let policy = overrides.policy;
  let clock = 1_000_000;
  const deps: PackStoreDeps = {
    loadPack: fakeLoadPack as PackLoader,
    builtinSources: {},
    loadState: async () => (saved ? structuredClone(saved) : null),
    persist: async (write) => {
      const state = write.state ?? saved;
      const bytes = JSON.stringify({ state, active: write.active, catalog: write.catalog }).length;
      if (overrides.quota !== undefined && bytes > overrides.quota) {
        throw new Error('Resource::kQuotaBytes quota exceeded');
      }
      writes.push(structuredClone(write));
      if (write.state) saved = structuredClone(write.state);
      published.push({ active: write.active, catalog: write.catalog });
    },
    reportStorage: async (problems) => void storageReports.push(problems),
    readPolicy: async () => policy,
    fetch: async () => new Response('', { status: 500 }),
    now: () => clock,
    ...overrides,
  };
  const store = createPackStore(deps);
  return {
    store,
    published,
    writes,
    get storageReports() {
      return storageReports;
    },
    clearStorageReports() {
      storageReports = [];
    },
    get last() {
      const last = published.at(-1);
      if (!last) throw new Error('nothing published yet');
      return last;
    },
    get saved() {
      return saved;
    },
    setPolicy(value: unknown) {
      policy = value;
    },
    advance(ms: number) {
      clock += ms;
    },
  };
}
