// The contract between the pack compiler (src/packs), the engine (src/engine) and everything that shows a
// result (guard, popup, CLI). Compiled packs are plain JSON: they are stored in browser storage and handed
// to the content script, which never sees zod or YAML (docs/ARCHITECTURE.md, "Boundaries").

import type { ArticleDatePattern } from './article-date';
import type { NamedPortal, OfficialPortal } from './official-portals';
import type { QuestionId } from '../questions/question-ids';

export type Severity = 'info' | 'warning' | 'critical';
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'critical'];

export { QUESTION_IDS, type QuestionId } from '../questions/question-ids';

/** Built-in categories, plus any `custom:<name>` a pack declares. */
export type Category =
  'internal-document' | 'unverified-claim' | 'personal-data' | 'source' | 'tone' | `custom:${string}`;

/** Vietnamese first; English optional in the type, required by the pack schema for built-in packs. */
export interface LocalizedText {
  vi: string;
  en?: string;
}

export type LinkVerdict = 'official' | 'known' | 'unknown' | 'shortener' | 'lookalike' | 'ip' | 'flagged';

interface CompiledRuleBase {
  id: string;
  category: Category;
  question: QuestionId;
  severity: Severity;
  message: LocalizedText;
  reference?: string;
  /**
   * How much one match of this rule counts towards its `group`. 1 (the default) makes a finding on its own;
   * a weak marker has a smaller weight. Repeats of one rule count once: it is the distinct rules that matched
   * whose weights add up.
   */
  weight: number;
  /**
   * Rules sharing a group (within one pack) add their weights up; without one, the rule is its own group.
   * A group the pack declares (`CompiledPack.groups`) speaks with one finding of its own once the weights
   * reach its `reach`, and its members never report on their own. A group the pack does not declare (older
   * packs) lets each member report its own findings once the weights reach 1.
   */
  group?: string;
}

/** Phrases as the pack gave them; the engine builds one matcher over all phrase rules of all packs. */
export interface CompiledPhraseRule extends CompiledRuleBase {
  kind: 'phrase';
  phrases: string[];
  /** exact: case and diacritics intact; case: case-insensitive; fold: case- and diacritic-insensitive. */
  match: 'exact' | 'case' | 'fold';
  /** Stamps: the phrase must be a line on its own (surrounding whitespace and punctuation allowed). */
  wholeLine: boolean;
  /** Stamps: only matches written in upper case in the original text. */
  upperCaseOnly: boolean;
}

/** A regular expression from the pack, checked for catastrophic backtracking when the pack is loaded. */
export interface CompiledPatternRule extends CompiledRuleBase {
  kind: 'pattern';
  /** JavaScript RegExp source, compiled by the engine with the flags below plus `g` and `u`. */
  pattern: string;
  flags: string;
  /** Match against the diacritic-folded text instead of the original (offsets are mapped back). */
  fold: boolean;
  /**
   * Strings one of which occurs in every match, derived by the pack compiler (src/packs/pattern-literals.ts):
   * the engine does not run the pattern on a text that holds none of them. Absent: the pattern always runs.
   * With the `i` flag: ASCII, in lower case, used only with `fold` on a text without upper-case ASCII, K
   * (U+212A) or ſ (U+017F) (the only other characters an ASCII letter matches under `iu`).
   */
  literals?: string[];
}

/** Links in the text (full URLs and bare domains) and their verdicts. Lists are lower-case host names. */
export interface CompiledDomainRule extends CompiledRuleBase {
  kind: 'domain';
  official: string[];
  known: string[];
  shorteners: string[];
  flagged: string[];
  /** Domains whose look-alikes (punycode, homoglyphs, extra labels, hyphenated copies) are flagged. */
  protect: string[];
  /** Which verdicts raise a finding, and at what severity (others only show in `links`). */
  report: Partial<Record<LinkVerdict, Severity>>;
  /** How known outlets write the publication date into their addresses (src/engine/article-date.ts). */
  dates?: ArticleDatePattern[];
  /** Official bodies a post may name, with their portals (src/engine/official-portals.ts). */
  portals?: OfficialPortal[];
}

/** Two phrase sets within `window` words of each other, e.g. an accusation near an office title. */
export interface CompiledNearRule extends CompiledRuleBase {
  kind: 'near';
  a: string[];
  b: string[];
  window: number;
  match: 'exact' | 'case' | 'fold';
}

export type SignalName = 'caps-ratio' | 'exclamation-run' | 'claim-without-source';

/** A built-in measure of the whole text compared with a threshold. */
export interface CompiledSignalRule extends CompiledRuleBase {
  kind: 'signal';
  signal: SignalName;
  /** caps-ratio: share of upper-case words (0..1); exclamation-run: run length; claim-without-source: unused. */
  threshold: number;
  /** Only measured on texts with at least this many words (short shouts are not sentences). */
  minWords: number;
}

export type CompiledRule =
  CompiledPhraseRule | CompiledPatternRule | CompiledDomainRule | CompiledNearRule | CompiledSignalRule;

export interface PackQuestion {
  id: string;
  text: LocalizedText;
}

/**
 * A group the pack declares: weak markers (its member rules) that together say one thing. Once the weights of
 * the distinct members that matched add up to `reach`, the group reports ONE finding with this severity,
 * category, question and message, the matched markers as its `evidence`; below `reach` it says nothing.
 */
export interface CompiledGroup {
  id: string;
  reach: number;
  severity: Severity;
  category: Category;
  question: QuestionId;
  message: LocalizedText;
  reference?: string;
}

export interface CompiledPack {
  id: string;
  version: string;
  name: LocalizedText;
  publisher?: string;
  rules: CompiledRule[];
  /** Declared groups; absent in packs compiled before groups existed (still stored in browsers). */
  groups?: CompiledGroup[];
  questions: PackQuestion[];
}

/**
 * What the person is about to post: the typed text plus what goes out with it. Each text that goes out is a
 * part of the draft, checked on its own (its line and group rules see that text alone): the typed text, the
 * shared post's text, and the text read from each attached picture.
 */
export interface Draft {
  text: string;
  /** URLs the page attached outside the text (link-preview card, the shared post's link). */
  links?: string[];
  /**
   * When sharing someone else's post or forwarding a message: its text (checked as a part of its own), who
   * posted it (feeds the `author` question) and its link.
   */
  shared?: { text?: string; author?: string; url?: string };
  /** File names shown for attachments (not checked: a name says little). */
  attachments?: string[];
  /** The text read from each attached picture (src/ocr), in the order the page shows them. */
  images?: DraftImage[];
}

/**
 * A picture's text as the reader gives it: the stamp pass's lines first, each on a line of its own (so
 * `case: exact`, `line: true` stamp rules see "TỐI MẬT" as printed), a blank line, then the page text.
 * Checked with every rule but the signals (they measure how a person writes; headings and memes are in
 * capitals by design) and links (misread by OCR too often to be judged).
 */
export interface DraftImage {
  text: string;
}

/**
 * Where a finding is, when not in the typed text: the shared post's text, or the text read from the
 * `index`-th attached picture (Draft.images). Its offsets and excerpt are then that part's.
 */
export type FindingPart = { kind: 'shared' } | { kind: 'image'; index: number };

export interface Finding {
  packId: string;
  ruleId: string;
  category: Category;
  question: QuestionId;
  severity: Severity;
  /**
   * UTF-16 offsets into Draft.text as given (not the normalised text), or into its part's text (`part`);
   * 0/0 for whole-text signals and links outside the text.
   */
  start: number;
  end: number;
  /** The matched words, from the text of the finding's part. */
  excerpt: string;
  message: LocalizedText;
  reference?: string;
  /** Absent: the typed text. Otherwise the part of the draft it was found in (offsets are into that). */
  part?: FindingPart;
  /**
   * A declared group's finding: the markers that added up to its reach, each with its own place and
   * excerpt, in text order (whole-text signals, at 0/0, last), at most MAX_EVIDENCE of them.
   */
  evidence?: Evidence[];
}

/** One matched marker of a group: which rule, where, what it matched, and how much it counted. */
export interface Evidence {
  ruleId: string;
  /** UTF-16 offsets into the text of its finding's part, as for a finding; 0/0 for a whole-text signal. */
  start: number;
  end: number;
  excerpt: string;
  message: LocalizedText;
  /** The rule's weight (each rule counts once towards the group, however often it matched). */
  weight: number;
}

/**
 * How one group of one pack added up on a text (`Checker.explain`): every group with at least one matched
 * member, reached or not, so an author can see a near miss. Groups a pack does not declare have reach 1.
 */
export interface GroupTally {
  packId: string;
  groupId: string;
  /** Absent: the typed text; otherwise the part of the draft the markers were found in. */
  part?: FindingPart;
  declared: boolean;
  reach: number;
  /** The summed weights of the distinct members that matched. */
  total: number;
  reached: boolean;
  /** The matched members, in text order of their first match (each once, with its first match). */
  markers: Evidence[];
}

export interface LinkResult {
  url: string;
  domain: string;
  verdict: LinkVerdict;
  /** For look-alikes: the protected domain it imitates. */
  imitates?: string;
  /** The publication date the address carries (`yyyy-mm-dd`, or `yyyy-mm`), for outlets a pack knows. */
  published?: string;
}

export interface QuestionHint {
  /** A stable id for the hint's kind (e.g. `category:internal-document`, `link:shortener`, `author`). */
  id: string;
  text: LocalizedText;
}

export interface QuestionResult {
  id: QuestionId;
  hints: QuestionHint[];
}

export type Verdict = 'clean' | 'review' | 'critical';

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
  links: LinkResult[];
  questions: QuestionResult[];
  /** Official bodies the draft names whose portal a pack knows (absent when none). */
  portals?: NamedPortal[];
}
