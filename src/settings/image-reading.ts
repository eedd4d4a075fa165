import { storage } from 'wxt/utils/storage';

/**
 * Storage key `local:imageReading` (boolean, default true): read the text in images (attached in a
 * composer, right-clicked, opened in the checklist) on this computer and check it like text. Written by the
 * options page, read by the background before it reads an image. The organisation's policy key
 * `readImages` (public/managed_schema.json) overrides it: see imageReadingAllowed.
 */
export const IMAGE_READING_KEY = 'imageReading';
export const imageReading = storage.defineItem<boolean>(`local:${IMAGE_READING_KEY}`, { fallback: true });

/** The organisation's `readImages`, when its policy sets one (a boolean); undefined otherwise. */
export function policyReadImages(policy: Record<string, unknown> | undefined): boolean | undefined {
  const value = policy?.readImages;
  return typeof value === 'boolean' ? value : undefined;
}

/** Whether images are read: the organisation's choice if it made one, else the person's. */
export function imageReadingAllowed(own: boolean | null | undefined, policy: boolean | undefined): boolean {
  return policy ?? own !== false;
}
