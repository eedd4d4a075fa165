import { z } from 'zod';
import {
  QUESTION_IDS,
  SEVERITIES,
  type Category,
  type LinkVerdict,
  type QuestionId,
  type Severity,
} from '../engine/types';
import { checkPatternSafety } from './regex-safety';
import { sourceDataFields } from './source-data-schema';

// The pack authoring format (docs/PACK-FORMAT.md). Every object is strict: a misspelt field
// (`phrase:` for `phrases:`) is an error rather than a rule that silently never fires.

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// semver.org's own regular expression (2.0.0), so pre-release and build metadata are accepted as specified.
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const HOST =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const BUILT_IN_CATEGORIES = [
  'internal-document',
  'unverified-claim',
  'personal-data',
  'source',
  'tone',
] as const;
export const RULE_KINDS = ['phrase', 'pattern', 'domain', 'near', 'signal'] as const;
/** Longest regular expression a pack may carry: long patterns are where ambiguity hides. */
export const MAX_PATTERN_LENGTH = 1000;
/** Highest reach a group may ask for (weights are at most 1 each: a reach of 100 needs 100 members). */
export const MAX_REACH = 100;

const text = z.string().trim().min(1, 'must not be empty');
/** Every pack message is bilingual: Vietnamese first, English second (docs/ARCHITECTURE.md, "Principles"). */
const localized = z.strictObject({
  vi: text.describe('Vietnamese (shown first).'),
  en: text.describe('English.'),
});
const kebab = (what: string) =>
  z.string().regex(KEBAB_CASE, `${what} must be kebab-case (e.g. "secrecy-stamp")`);
const phraseList = z.array(text).min(1, 'must list at least one phrase');
const caseMode = z
  .enum(['exact', 'ignore', 'fold'])
  .describe(
    'What must agree between a phrase and the text. fold (default): neither case nor diacritics (đ = d), ' +
      '"tối mật" matches "TOI MAT"; ignore: diacritics must agree, case not; exact: both, for stamps ' +
      '("MẬT" never matches "mặt", "mất", "MAT").',
  );
const severity = z
  .enum(SEVERITIES as readonly Severity[] as [Severity, ...Severity[]])
  .describe(
    'info: shown in the popup and on the checklist page, never holds a post; warning or critical: the guard ' +
      'holds the post and asks (critical also needs an acknowledgement before posting anyway).',
  );

const category = z
  .string()
  .refine(
    (value) =>
      (BUILT_IN_CATEGORIES as readonly string[]).includes(value) ||
      /^custom:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value),
    `must be one of ${BUILT_IN_CATEGORIES.join(', ')} or custom:<kebab-name>`,
  )
  .transform((value) => value as Category)
  .describe(
    'What kind of problem it finds: internal-document, unverified-claim, personal-data (masked before the ' +
      'journal keeps anything), source, tone, or custom:<kebab-name>.',
  );

const examples = z
  .strictObject({
    flag: z
      .array(z.string().min(1))
      .min(1, 'every rule needs at least one example it must flag')
      .describe('Texts the rule must find something in (the rule tested alone: weight 1, no group).'),
    pass: z
      .array(z.string().min(1))
      .min(1, 'every rule needs at least one example it must pass')
      .describe('Texts the rule must leave alone: the near misses a reader would worry about.'),
  })
  .describe(
    'Examples are tests: `pack test` runs them, and the extension refuses a pack whose examples do not do ' +
      'what they say.',
  );
const question = z
  .enum(QUESTION_IDS as readonly QuestionId[] as [QuestionId, ...QuestionId[]])
  .describe(
    'Which of the five questions the finding is a hint for: source (where does it come from), author (who ' +
      'spread it), intent (what is it for), harm (who could it harm), benefit (who gains).',
  );

/** The discriminator of a rule: which of the five kinds reads it. */
const kind = <K extends (typeof RULE_KINDS)[number]>(name: K) =>
  z.literal(name).describe('What the rule matches: phrase, pattern, near, domain or signal.');

// The words of every `.describe()` are those of docs/PACK-FORMAT.md: editors show them on hover through
// docs/pack.schema.json, which is generated from this schema.
const ruleBase = {
  id: kebab('rule id').describe(
    "The rule's id, kebab-case, unique in the pack. Findings carry it as ruleId; people switch rules on and " +
      'off by it.',
  ),
  category,
  question,
  severity,
  message: localized.describe(
    'What the person reads beside the finding, in Vietnamese and English (plain text, never rendered as ' +
      'HTML). Say what was found and ask, rather than accuse.',
  ),
  reference: text
    .optional()
    .describe('The law, decree or code of conduct behind the rule, shown under the message.'),
  // A negative weight makes a counter-marker of a declared group (an official denial lowers the total).
  weight: z
    .number()
    .gte(-1, 'must be at least -1')
    .lte(1, 'must be at most 1')
    .refine((w) => w !== 0, 'must not be 0 (above 0 a marker, below 0 a counter-marker of a declared group)')
    .optional()
    .describe(
      "How much one match counts towards the rule's group, -1 to 1, not 0 (default 1: the rule reports on " +
        "its own). Below 1 a weak marker; below 0 a counter-marker that lowers a declared group's total.",
    ),
  group: kebab('group')
    .optional()
    .describe(
      'The group whose weights this rule adds to: a group declared under `groups:` (it speaks with one ' +
        'finding once its members reach its reach), or a name shared by rules of this pack (each reports ' +
        'once their weights add up to 1).',
    ),
  examples,
};

const phraseRule = z
  .strictObject({
    ...ruleBase,
    kind: kind('phrase'),
    phrases: phraseList.describe(
      'Words or phrases, matched as whole words (never across a line break). Write them as people do, with ' +
        'their diacritics; `case` says what must agree.',
    ),
    case: caseMode.optional(),
    line: z
      .boolean()
      .optional()
      .describe(
        'Only a phrase on a line of its own (white space, punctuation or symbols around it): a stamp, not ' +
          'the word in a sentence.',
      ),
    upper: z
      .boolean()
      .optional()
      .describe('Only where the text writes it in capitals, with no lower-case letter ("KHẨN", not "khẩn").'),
  })
  .describe('phrase: any of `phrases`, as whole words. All phrases of all packs are found in one pass.');

const patternRule = z
  .strictObject({
    ...ruleBase,
    kind: kind('pattern'),
    pattern: z
      .string()
      .min(1)
      .max(MAX_PATTERN_LENGTH, `must be at most ${MAX_PATTERN_LENGTH} characters`)
      .describe(
        'A JavaScript regular expression, run with the Unicode flag on the cleaned-up text (white space runs ' +
          'are one space or one line break) up to 100,000 characters. Write word edges as (?<![\\p{L}\\d]) ' +
          'rather than \\b (ASCII only). Refused when its work per character cannot be bounded.',
      ),
    flags: z
      .string()
      .regex(/^(?!.*(.).*\1)[ims]*$/, 'may only combine "i", "m" and "s", each at most once')
      .optional()
      .describe('Any of i, m and s; the engine adds g and u itself.'),
    fold: z
      .boolean()
      .optional()
      .describe(
        "Run on the folded text (lower case, no diacritics, đ → d): write the pattern's letters that way.",
      ),
  })
  .describe('pattern: a regular expression, proved cheap when the pack is loaded.')
  .superRefine((rule, ctx) => {
    const problem = checkPatternSafety(rule.pattern, rule.flags ?? '');
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
    else if (rule.fold) {
      const unreachable = unfoldedLetter(rule.pattern, (rule.flags ?? '').includes('i'));
      if (unreachable) {
        ctx.addIssue({
          code: 'custom',
          path: ['pattern'],
          message:
            `with fold: true the pattern runs on folded text (lower case, no diacritics, đ → d), so ` +
            `"${unreachable.from}" can never match: write "${unreachable.to}"`,
        });
      }
    }
  });

/** The engine's fold (src/engine/normalise.ts): lower case, combining marks removed, đ → d. */
function fold(text: string, keepCase: boolean): string {
  const lowered = keepCase ? text : text.toLowerCase();
  return lowered
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** The first literal letter of a pattern that folding would change (escapes such as \D or \p{Lu} skipped). */
function unfoldedLetter(pattern: string, ignoreCase: boolean): { from: string; to: string } | null {
  const literals = pattern.replace(
    /\\(?:[pPk]\{[^}]*\}|[pPk]<[^>]*>|u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|.)/gu,
    '',
  );
  for (const c of literals) {
    const folded = fold(c, ignoreCase);
    if (folded !== c) return { from: c, to: folded };
  }
  return null;
}

const hostName = z
  .string()
  .transform((h) => h.trim().toLowerCase())
  .pipe(z.string().regex(HOST, 'must be a host name'));
const hostList = (meaning: string) =>
  z
    .array(hostName)
    .optional()
    .describe(`${meaning} Host names, lower case; each also covers its subdomains.`);

const domainRule = z
  .strictObject({
    ...ruleBase,
    kind: kind('domain'),
    official: hostList('Official sites (verdict official).'),
    known: hostList('Known outlets, such as the major press (verdict known).'),
    shorteners: hostList('URL shorteners, which hide where a link leads (verdict shortener).'),
    flagged: hostList('Hosts to warn about, such as free site builders posing as news (verdict flagged).'),
    protect: hostList(
      'Names whose imitations are look-alikes (punycode or look-alike letters, the name inside a longer ' +
        'host, one letter off, hyphenated with news words): verdict lookalike.',
    ),
    report: z
      .strictObject({
        official: severity.optional(),
        known: severity.optional(),
        unknown: severity.optional(),
        shortener: severity.optional(),
        lookalike: severity.optional(),
        ip: severity.optional(),
        flagged: severity.optional(),
      } satisfies Record<LinkVerdict, unknown>)
      .optional()
      .describe(
        'Which link verdicts become findings of this rule, and how severe (verdict: severity); the others ' +
          'only show in the list of links.',
      ),
    ...sourceDataFields({ host: hostName, localized }),
  })
  .describe(
    "domain: every link in the draft, the page's preview card and a shared post gets a verdict from the " +
      'lists of all domain rules of all packs together; `report` turns verdicts into findings.',
  );

const nearRule = z
  .strictObject({
    ...ruleBase,
    kind: kind('near'),
    a: phraseList.describe('Phrases of one side (whole words, as for phrase rules).'),
    b: phraseList.describe('Phrases of the other side.'),
    window: z
      .number()
      .int('must be a whole number of words')
      .min(1)
      .max(100)
      .describe(
        'At most this many words apart, from the last word of one to the first of the other: adjacent is 1, ' +
          'so 8 allows seven words in between.',
      ),
    case: caseMode.optional(),
  })
  .describe('near: a phrase of `a` and a phrase of `b`, in either order, at most `window` words apart.');

const signalRule = z
  .strictObject({
    ...ruleBase,
    kind: kind('signal'),
    signal: z
      .enum(['caps-ratio', 'exclamation-run', 'claim-without-source'])
      .describe(
        'caps-ratio: the share of words written in capitals reaches threshold; exclamation-run: each run of ' +
          'threshold or more "!"; claim-without-source: an unverified-claim rule matched, and the draft has ' +
          'no link and names no source.',
      ),
    threshold: z
      .number()
      .positive()
      .optional()
      .describe(
        'caps-ratio: a share in (0, 1]; exclamation-run: a whole number, 2 or more; otherwise unused.',
      ),
    'min-words': z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('caps-ratio: measured only on texts with at least this many words of two letters or more.'),
  })
  .superRefine((rule, ctx) => {
    const t = rule.threshold;
    if (rule.signal === 'caps-ratio' && (t === undefined || t > 1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['threshold'],
        message: 'caps-ratio needs a threshold in (0, 1]',
      });
    }
    if (rule.signal === 'exclamation-run' && (t === undefined || !Number.isInteger(t) || t < 2)) {
      ctx.addIssue({
        code: 'custom',
        path: ['threshold'],
        message: 'exclamation-run needs a whole threshold >= 2',
      });
    }
  })
  .describe('signal: a built-in measure of how the whole text is written.');

export const ruleSchema = z.discriminatedUnion('kind', [
  phraseRule,
  patternRule,
  domainRule,
  nearRule,
  signalRule,
]);

const packQuestion = z
  .strictObject({
    id: kebab('question id')
      .refine(
        (id) => !(QUESTION_IDS as readonly string[]).includes(id),
        'must differ from the five built-in questions',
      )
      .describe(
        "The question's id, kebab-case, other than the five (source, author, intent, harm, benefit).",
      ),
    text: localized.describe('The question, in Vietnamese and English.'),
  })
  .describe('An extra question the checklist asks after the five.');

/**
 * A declared group (docs/PACK-FORMAT.md, "Groups"): once the weights of its distinct matched members add
 * up to `reach`, it reports ONE finding with its own severity, category, question and message, the markers
 * as evidence; its members never report on their own. Its optional examples run against the whole pack:
 * each `flag` text must make the group speak, each `pass` text must leave it silent.
 */
const groupSchema = z
  .strictObject({
    reach: z
      .number()
      .gt(0, 'must be above 0')
      .lte(MAX_REACH, `must be at most ${MAX_REACH}`)
      .optional()
      .describe(
        'What the weights of the distinct member rules that matched must add up to (default 1); a rule ' +
          'that matches five times counts once.',
      ),
    severity,
    category,
    question,
    message: localized.describe("The group's one message, in Vietnamese and English; the markers follow it."),
    reference: text.optional().describe('The law, decree or code of conduct behind the group.'),
    examples: z
      .strictObject({
        flag: z
          .array(z.string().min(1))
          .min(1, 'list at least one text that must make the group speak')
          .describe('Texts that must make the group speak, with the whole pack in force.'),
        pass: z
          .array(z.string().min(1))
          .min(1, 'list at least one text that must leave the group silent')
          .describe('Texts that must leave the group silent, with the whole pack in force.'),
      })
      .optional()
      .describe('Run against the whole pack by `pack test` and when the pack is imported.'),
  })
  .describe(
    "A declared group: once its members' weights reach `reach` it reports ONE finding with its own " +
      'severity, category, question and message, the markers as evidence; below it, nothing.',
  );

export const packSchema = z
  .strictObject({
    pack: kebab('pack id').describe(
      "The pack's id, kebab-case; it prefixes every finding. Once a browser has accepted a pack under this " +
        'id, only a newer version (signed by the same key, if signed) may replace it.',
    ),
    version: z
      .string()
      .regex(SEMVER, 'must be a semantic version such as 1.0.0')
      .describe(
        'A semantic version. Raise it with every change: a browser refuses an older version, and the same ' +
          'version with different content.',
      ),
    name: localized.describe("The pack's name on the options page, in Vietnamese and English."),
    publisher: text.optional().describe('Who publishes the pack, shown on the options page.'),
    description: localized.optional().describe('What the pack looks for, in Vietnamese and English.'),
    groups: z
      .record(kebab('group id'), groupSchema)
      .optional()
      .describe('Declared groups of weak markers, by id (kebab-case, not a rule id).'),
    rules: z
      .array(ruleSchema)
      .min(1, 'a pack needs at least one rule')
      .max(10_000)
      .describe('The rules: phrase, pattern, near, domain or signal.'),
    questions: z
      .array(packQuestion)
      .optional()
      .describe('Extra questions the checklist asks after the five.'),
  })
  .superRefine((pack, ctx) => {
    // Duplicate ids are found on the raw data by `findDuplicateIds`, so they show even beside other errors.
    // A group (or a lone rule) whose weights cannot reach its reach (1 for an undeclared group) can never
    // report: the author meant something else.
    const declared = pack.groups ?? {};
    const isDeclared = (id: string | undefined): id is string =>
      id !== undefined && Object.hasOwn(declared, id);
    // The most a group can add up to: its positive weights (counter-markers only ever lower it).
    const totals = new Map<string, number>();
    for (const rule of pack.rules) {
      const key = rule.group ? `group:${rule.group}` : `rule:${rule.id}`;
      totals.set(key, (totals.get(key) ?? 0) + Math.max(0, rule.weight ?? 1));
    }
    for (const [id, group] of Object.entries(declared)) {
      const reach = group.reach ?? 1;
      const members = pack.rules.filter((r) => r.group === id && (r.weight ?? 1) > 0).length;
      const total = totals.get(`group:${id}`) ?? 0;
      const clash = pack.rules.findIndex((r) => r.id === id);
      if (clash >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups', id],
          message: `group "${id}" has the id of rule #${clash + 1}: its finding is reported under this id, so give it another`,
        });
      }
      if (members === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups', id],
          message: `group "${id}" has no member: no rule says "group: ${id}"`,
        });
      } else if (total < reach - 1e-9) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups', id, 'reach'],
          message:
            `the weights of the ${members} member rule(s) of group "${id}" add up to ${round(total)} < reach ` +
            `${round(reach)}, so it can never report`,
        });
      }
    }
    pack.rules.forEach((rule, i) => {
      if (isDeclared(rule.group)) return; // checked against the group's reach above
      if ((rule.weight ?? 1) < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'weight'],
          message:
            'a negative weight (a counter-marker) only means something in a group the pack declares under `groups:`',
        });
        return;
      }
      const total = totals.get(rule.group ? `group:${rule.group}` : `rule:${rule.id}`) ?? 0;
      if (total < 1 - 1e-9) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, rule.group ? 'group' : 'weight'],
          message: rule.group
            ? `the weights of group "${rule.group}" add up to ${round(total)} < 1, so it can never report` +
              (Object.keys(declared).length > 0
                ? ` (it is not among the groups the pack declares: ${Object.keys(declared).join(', ')})`
                : '')
            : `a weight below 1 needs a group (alone it adds up to ${round(total)} < 1 and can never report)`,
        });
      }
    });
  });

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** A pack as its author wrote it, after validation (defaults not yet applied; examples kept). */
export type PackSource = z.output<typeof packSchema>;
export type RuleSource = z.output<typeof ruleSchema>;
export type GroupSource = z.output<typeof groupSchema>;

/** Duplicate rule and question ids, found on unvalidated data so they are reported with every other error. */
export function findDuplicateIds(data: unknown): Array<{ path: Array<string | number>; message: string }> {
  const out: Array<{ path: Array<string | number>; message: string }> = [];
  const record = (data ?? {}) as { rules?: unknown; questions?: unknown };
  for (const [list, what] of [
    ['rules', 'rule'],
    ['questions', 'question'],
  ] as const) {
    const items = record[list];
    if (!Array.isArray(items)) continue;
    const seen = new Map<string, number>();
    items.forEach((item: unknown, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else
        out.push({
          path: [list, i, 'id'],
          message: `duplicate ${what} id (first used by ${what} #${first + 1})`,
        });
    });
  }
  return out;
}
