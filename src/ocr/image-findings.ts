// Checking the text read from a picture with the packs in force: the picture is a part of its own of a draft
// with nothing typed (src/engine, "Parts of a draft"), so its line and group rules see the picture alone,
// excerpts and offsets come from its text, and the engine leaves out what does not fit a picture (signals,
// links). Used where a picture is judged on its own: the recall test and `npm run bench -- ocr`.
import type { CheckResult, Draft } from '../engine/types';

export interface TextChecker {
  check(draft: Draft): CheckResult;
}

/** The findings of a picture's text (each with `part: { kind: 'image', index: 0 }`). */
export function checkImageText(checker: TextChecker, text: string): CheckResult {
  return checker.check({ text: '', images: [{ text }] });
}
