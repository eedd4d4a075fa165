/**
 * Everything the pack store tells a person, as a message id with its data. The words, in Vietnamese and
 * English, are in store-strings.ts; a problem carries the id, the data and the English text (for logs and
 * the command line), and the options page renders the id in the page's language.
 */
export interface StoreMessageData {
  'pack-too-large': { size: string; limit: string };
  'signature-unknown-key': { keyId: string };
  'signature-not-organisation-key': { keyId: string };
  'signature-mismatch': { keyId: string };
  'signature-malformed': { detail: string };
  'signature-required': Record<string, never>;
  'id-builtin': { id: string };
  'id-policy': { id: string };
  'id-taken-file': { id: string };
  'id-taken-address': { id: string; url: string };
  'key-changed': { id: string; was: string; now: string };
  'key-dropped': { id: string; was: string };
  'version-older': { version: string; accepted: string };
  'version-unchanged': { id: string; version: string };
  'example-should-flag': { text: string };
  'example-should-pass': { text: string };
  'example-error': { detail: string };
  'user-packs-forbidden': Record<string, never>;
  'installed-not-signed': Record<string, never>;
  'installed-not-organisation-key': { keyId: string };
  'already-subscribed': Record<string, never>;
  'not-removable': Record<string, never>;
  'locked-on': Record<string, never>;
  'locked-rules': Record<string, never>;
  'no-subscription': Record<string, never>;
  'key-not-base64': Record<string, never>;
  'key-wrong-length': { bytes: number };
  'address-invalid': { text: string };
  'address-not-https': { protocol: string };
  'address-credentials': Record<string, never>;
  'fetch-redirect-not-https': { url: string };
  'fetch-status': { status: number; statusText: string };
  'fetch-too-large': { limit: string };
  'fetch-timeout': { seconds: number };
  'fetch-failed': { detail: string };
  'policy-expected-boolean': { field: string };
  'policy-expected-list': { field: string };
  'policy-expected-object': { field: string };
  'policy-expected-mode': { field: string; modes: string };
  'policy-url-or-inline': { field: string };
  'policy-key-missing': { field: string };
  'policy-expected-pack-ids': { field: string };
  'policy-expected-sites': { field: string; sites: string };
  'policy-unknown-site': { field: string; sites: string };
  'stored-state-damaged': { part: string };
  'stored-state-unreadable': { detail: string };
  'store-failed': { detail: string };
  'pack-not-compiled': Record<string, never>;
  'store-full': { size: string; limit: string };
  'storage-full': { detail: string };
  'storage-write-failed': { detail: string };
  'policy-example-key': { keyId: string };
}

export type StoreMessageId = keyof StoreMessageData;
export type StoreLanguage = 'vi' | 'en';
