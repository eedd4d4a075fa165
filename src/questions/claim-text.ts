// What to search for when looking a claim up elsewhere: the draft's first sentence, or, when the draft is
// only a link, the words of the article's address (news addresses carry the headline as a slug).

const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/gi;

/** The claim to search for: the first sentence of real words, without links, cut to a searchable length. */
export function claimOf(text: string, maxWords = 14): string {
  const words = text.replace(URL_LIKE, ' ').replace(/\s+/g, ' ').trim();
  if (!words) return '';
  const sentence = words.split(/(?<=[.!?…])\s/)[0] ?? words;
  return sentence
    .split(' ')
    .slice(0, maxWords)
    .join(' ')
    .replace(/[.!?…]+$/, '');
}

/**
 * The headline words of an article address (`…/nguoi-mau-bi-bat-20240625230004986.htm` → "nguoi mau bi
 * bat"): the last path segment, split at hyphens, without the extension and the trailing id. Empty when the
 * address has no slug of words.
 */
export function slugWords(url: string, maxWords = 12): string {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const last = path.split('/').filter(Boolean).pop() ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // Keep it as written.
  }
  const words = decoded
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .split(/[-_+\s]+/)
    .filter((word) => /^[\p{L}\p{N}]+$/u.test(word));
  // The article id at the end (`4814295`, `post1321824`, `ar812345`) is no part of the headline.
  while (words.length > 0 && /^\p{L}{0,4}\d+$/u.test(words[words.length - 1] as string)) words.pop();
  // One or two words are a section name ("thoi-su"), not a headline.
  return words.length >= 3 ? words.slice(0, maxWords).join(' ') : '';
}
