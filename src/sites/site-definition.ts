import type { SiteGuardSettings } from '../settings/guard-settings-shape';
import type { SiteExtras, SurfaceTable } from './surface-table';

/** What a press on a surface does, for the words of the dialog's proceed button (post, share or send). */
export type SurfaceAction = 'post' | 'share' | 'send';

/**
 * Everything the extension knows about one site, in the site's own file (src/sites/<site>.ts). The registry
 * (src/sites/index.ts) lists the definitions; the site ids, the default settings, host matching, the content
 * script's match patterns, the web-accessible pages, the names on the options page and the policy's site
 * checks are all derived from it. Adding a site: its file, one line in the registry, and its fixtures.
 */
export interface SiteDefinition<Id extends string = string, S extends string = string> {
  /** The key in settings, policy (`sites.<id>`) and the error log (`sites.<id>`). Never renamed once shipped. */
  id: Id;
  /** How people call the site, Vietnamese first (the options page shows it). */
  names: { vi: string; en: string };
  /**
   * Exact host names the guard runs on. Each gives the match pattern `https://<host>/*` for the content
   * script and for the pages that may load its deferred scripts.
   */
  hosts: readonly string[];
  /**
   * Sites whose pages also carry this site's surfaces, by id: Messenger's chat windows open at the bottom of
   * every facebook.com page. The guard there tries this site's tables first (they are narrower) and a press
   * on them follows this site's settings, switch and mode, not the host's.
   */
  guestOf?: readonly string[];
  /** Where something is about to go out, as selector tables (see surface-table.ts), each with its action. */
  surfaces: readonly SurfaceTable<S>[];
  /**
   * The site's settings before the person changes anything (default: on, following the overall mode). A
   * site may start with a mode of its own (Messenger: a chat is more private than a post, so it asks only
   * for findings); the options page shows it as that site's mode, and the person or policy can change it.
   */
  defaults?: SiteGuardSettings;
  /** Page knowledge beyond the tables (shared posts, redirect links); a fresh set per adapter. */
  extras?: () => SiteExtras<NoInfer<S>>;
}

/**
 * Declares a site; keeps its id and surface names as literal types, so SiteId and Surface derive from them.
 * Marked free of side effects, so a bundle that imports the registry without using it drops the tables.
 */
/*#__NO_SIDE_EFFECTS__*/
export function defineSite<const Id extends string, const S extends string>(
  site: SiteDefinition<Id, S>,
): SiteDefinition<Id, S> {
  return site;
}
