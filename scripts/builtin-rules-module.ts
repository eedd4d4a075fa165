// The built-in rule set, compiled at build time into `builtin-rules.js` (an ES module the content script
// imports): on a fresh profile the background needs seconds to compile and publish `activeRules`, and until
// it has, the guard checks with this — the rule set the background would publish for a person who has
// changed nothing. Built by wxt.config.ts (hook build:publicAssets); a pack that fails to load fails the build.
import { loadBuiltInPacks } from '../tests/support/builtin-packs';

export const BUILTIN_RULES_FILE = 'builtin-rules.js';

/** The module's text: the compiled packs as a JSON string parsed once (faster to load than a JS literal). */
export function builtinRulesModule(): string {
  const json = JSON.stringify(loadBuiltInPacks());
  return `export default JSON.parse(${JSON.stringify(json)});\n`;
}
