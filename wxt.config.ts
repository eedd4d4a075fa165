import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BUILTIN_RULES_FILE, builtinRulesModule } from './scripts/builtin-rules-module';
import { GUARDED_PAGE_MATCHES } from './src/sites';
import { findRemoteOcrUrls, noCdnPlugin, ocrPublicFiles } from './scripts/ocr-assets';

/**
 * The public half of an RSA key that fixes the Chrome extension id to `nilgllhnpihbppacipmkmoomgmilgkjf`,
 * so an enterprise policy (`3rdparty.extensions.<id>`) can name a self-hosted build before it is installed.
 * Only the public key is here; it is a test key (docs/ADMIN.md). It goes into the manifest only when the
 * build is asked for it (`WR_FIXED_ID=1 npm run build`): a release build has no `key` (the store assigns
 * the id, and a fixed, well-known id would let any page that can reach a resource tell the extension is
 * installed).
 */
const CHROME_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoTW1QR8bAmHRFaZg12pyBKdqL6CBup/SxBmk3gsB0Sp3ukavvc+D78Xkn2xiTTEp/15EJIQ0Wp2NlAwovivxF9pB2ueGbMeHYNTbEsMqOYSk36uQTDsqwBv1J2SXscR9LTrvRnvt+fhV9WHvbwJHioOAuA0PNO4t+ApCYYKf+0ZnjM1oVT2SWYnAesJbjzCamEZ+VgTBRZGgxBTJ/riUcLcmtwirDPvTOgUc5UJ+aK76POOqOwV3fDPG9E+5wpDAaY117/DCkPPrta4whnDtFP0jrRhpZri5OAFs/wvVw2hc2UukxYnQ042w2zSpgrwP3yQqdt6l+nVPXEwMSCIjBwIDAQAB';

const FIXED_ID = process.env.WR_FIXED_ID === '1';

// WXT keeps srcDir at the root: entrypoints/ and public/ sit at the top, src/ is a plain library.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), noCdnPlugin()],
  }),
  hooks: {
    // Image reading's worker, cores and model ship in the extension (/ocr/): nothing is fetched from a CDN.
    // The built-in rules, compiled, for the guard's first seconds on a fresh profile
    // (scripts/builtin-rules-module.ts).
    'build:publicAssets': (wxt, files) => {
      files.push(...ocrPublicFiles(wxt.config.root));
      files.push({ relativeDest: BUILTIN_RULES_FILE, contents: builtinRulesModule() });
    },
    // The check that it stays so: a build that would load OCR code or a model from the network fails.
    'build:done': (wxt) => {
      const remote = findRemoteOcrUrls(wxt.config.outDir);
      if (remote.length > 0)
        throw new Error(`OCR files would be fetched from the network:\n${remote.join('\n')}`);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: [
      'storage',
      'contextMenus',
      'alarms',
      'activeTab',
      'scripting',
      // Image reading: Chrome's service worker cannot start the OCR worker, an offscreen document can.
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Tesseract is WebAssembly, which extension pages may compile only with 'wasm-unsafe-eval'. Without it
    // tesseract.js hangs instead of failing (src/ocr/tesseract-engine.ts has its own time limits).
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    // The guard's engine, dialog, picture-reader and built-in rule scripts, imported by the content script (src/guard/
    // start-guard.ts, deferred-ui.ts). Chrome lets a content script import() only extension files that are
    // web-accessible on that page; Firefox lets it load its own files anyway, and an MV2 listing would
    // expose them to every page, so the Firefox build lists nothing.
    ...(browser === 'firefox'
      ? {}
      : {
          web_accessible_resources: [
            // Only through the per-session dynamic id (runtime.getURL gives it to the content script):
            // a page cannot probe chrome-extension://<id>/guard-ui.js to learn the extension is there.
            {
              resources: ['guard-engine.js', 'guard-ui.js', 'guard-images.js', BUILTIN_RULES_FILE],
              matches: GUARDED_PAGE_MATCHES,
              use_dynamic_url: true,
            },
          ],
        }),
    // Pack subscriptions: the host permission for an address is asked for when the person subscribes.
    // Read before you share: `history` only when the person allows it (options page; src/history).
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'history'] }
      : { optional_host_permissions: ['https://*/*'], optional_permissions: ['history'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'wise-reader@wise-reader.vn',
              // 140 (ESR) is the first to know data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing is collected or transmitted: drafts stay in the browser (docs/ARCHITECTURE.md).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          ...(FIXED_ID ? { key: CHROME_EXTENSION_KEY } : {}),
          // Organisation policy (Chrome/Edge `3rdparty`); Firefox reads policies.json and needs no schema.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
