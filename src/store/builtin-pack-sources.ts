/**
 * The built-in packs, bundled as text: `rules/<id>/pack.yaml`, one level deep only, so the example packs
 * under `rules/examples/<id>/pack.yaml` stay out. Vite inlines them (WXT build and vitest alike).
 */
export const builtinPackSources = import.meta.glob<string>('/rules/*/pack.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
