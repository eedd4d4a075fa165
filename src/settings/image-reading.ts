import { IMAGE_READING } from './stored-keys';
import { typedItem } from './typed-item';

/**
 * Storage key `local:imageReading` (boolean, default true; stored-keys.ts): read the text in images on this
 * computer and check it like text. Written by the options page, read by the background before it reads an
 * image. The organisation's policy key `readImages` (public/managed_schema.json) overrides it.
 */
export const IMAGE_READING_KEY = IMAGE_READING.key;
export const imageReading = typedItem(IMAGE_READING);

/** The organisation's `readImages`, when its policy sets one (a boolean); undefined otherwise. */
export function policyReadImages(policy: Record<string, unknown> | undefined): boolean | undefined {
  const value = policy?.readImages;
  return typeof value === 'boolean' ? value : undefined;
}

/** Whether images are read: the organisation's choice if it made one, else the person's. */
export function imageReadingAllowed(own: boolean | null | undefined, policy: boolean | undefined): boolean {
  return policy ?? own !== false;
}
