import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BUILTIN_RULES_FILE, builtinRulesModule } from './scripts/builtin-rules-module';
import { GUARDED_PAGE_MATCHES } from './src/sites';

/**
 * The public half of an RSA key that fixes the Chrome extension id to `nilgllhnpihbppacipmkmoomgmilgkjf`
 * for unpacked and self-hosted builds, so enterprise policy (`3rdparty.extensions.<id>`) can name it and the
 * policy e2e test can write a real policy file. Only the public key is here; it is a test key (docs/ADMIN.md).
 * A Chrome Web Store build gets the store's id instead; drop `key` for that upload.
 */
const CHROME_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoTW1QR8bAmHRFaZg12pyBKdqL6CBup/SxBmk3gsB0Sp3ukavvc+D78Xkn2xiTTEp/15EJIQ0Wp2NlAwovivxF9pB2ueGbMeHYNTbEsMqOYSk36uQTDsqwBv1J2SXscR9LTrvRnvt+fhV9WHvbwJHioOAuA0PNO4t+ApCYYKf+0ZnjM1oVT2SWYnAesJbjzCamEZ+VgTBRZGgxBTJ/riUcLcmtwirDPvTOgUc5UJ+aK76POOqOwV3fDPG9E+5wpDAaY117/DCkPPrta4whnDtFP0jrRhpZri5OAFs/wvVw2hc2UukxYnQ042w2zSpgrwP3yQqdt6l+nVPXEwMSCIjBwIDAQAB';

// WXT keeps srcDir at the root: entrypoints/ and public/ sit at the top, src/ is a plain library.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The built-in rules, compiled, for the guard's first seconds on a fresh profile (scripts/builtin-rules-module.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: BUILTIN_RULES_FILE, contents: builtinRulesModule() });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['storage', 'contextMenus', 'alarms', 'activeTab', 'scripting'],
    // The guard's engine, dialog and built-in rule scripts, imported by the content script (src/guard/
    // start-guard.ts, deferred-ui.ts). Chrome lets a content script import() only extension files that are
    // web-accessible on that page; Firefox lets it load its own files anyway, and an MV2 listing would
    // expose them to every page, so the Firefox build lists nothing.
    ...(browser === 'firefox'
      ? {}
      : {
          web_accessible_resources: [
            {
              resources: ['guard-engine.js', 'guard-ui.js', BUILTIN_RULES_FILE],
              matches: GUARDED_PAGE_MATCHES,
            },
          ],
        }),
    // Pack subscriptions: the host permission for an address is asked for when the person subscribes.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'wise-reader@wise-reader.vn',
              // 140 (ESR) is the first to know data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing is collected or transmitted: drafts stay in the browser (DESIGN.md, Principles).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          key: CHROME_EXTENSION_KEY,
          // Organisation policy (Chrome/Edge `3rdparty`); Firefox reads policies.json and needs no schema.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
