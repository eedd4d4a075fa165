import type { CompiledPack } from '../../engine/types';
import type { PackCatalog } from '../pack-catalog';
import type { PackLoader, PackStoreState } from '../pack-record';
import { createPackStore, type PackStoreDeps } from '../pack-store-service';
import { fakeLoadPack } from './fake-pack-loader';

/** A pack store over memory, with everything the background would pass in replaceable. */
export function memoryPackStore(overrides: Partial<PackStoreDeps> & { policy?: unknown } = {}) {
  let saved: PackStoreState | null = null;
  const published: { active: CompiledPack[]; catalog: PackCatalog }[] = [];
  let policy = overrides.policy;
  let clock = 1_000_000;
  const deps: PackStoreDeps = {
    loadPack: fakeLoadPack as PackLoader,
    builtinSources: {},
    loadState: async () => (saved ? structuredClone(saved) : null),
    saveState: async (state) => void (saved = structuredClone(state)),
    publish: async (active, catalog) => void published.push({ active, catalog }),
    readPolicy: async () => policy,
    fetch: async () => new Response('', { status: 500 }),
    now: () => clock,
    ...overrides,
  };
  const store = createPackStore(deps);
  return {
    store,
    published,
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
