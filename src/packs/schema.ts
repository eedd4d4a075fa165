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
const localized = z.strictObject({ vi: text, en: text });
const kebab = (what: string) =>
  z.string().regex(KEBAB_CASE, `${what} must be kebab-case (e.g. "secrecy-stamp")`);
const phraseList = z.array(text).min(1, 'must list at least one phrase');
const caseMode = z.enum(['exact', 'ignore', 'fold']);
const severity = z.enum(SEVERITIES as readonly Severity[] as [Severity, ...Severity[]]);

const category = z
  .string()
  .refine(
    (value) =>
      (BUILT_IN_CATEGORIES as readonly string[]).includes(value) ||
      /^custom:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value),
    `must be one of ${BUILT_IN_CATEGORIES.join(', ')} or custom:<kebab-name>`,
  )
  .transform((value) => value as Category);

const examples = z.strictObject({
  flag: z.array(z.string().min(1)).min(1, 'every rule needs at least one example it must flag'),
  pass: z.array(z.string().min(1)).min(1, 'every rule needs at least one example it must pass'),
});
const question = z.enum(QUESTION_IDS as readonly QuestionId[] as [QuestionId, ...QuestionId[]]);

const ruleBase = {
  id: kebab('rule id'),
  category,
  question,
  severity,
  message: localized,
  reference: text.optional(),
  // A negative weight makes a counter-marker of a declared group (an official denial lowers the total).
  weight: z
    .number()
    .gte(-1, 'must be at least -1')
    .lte(1, 'must be at most 1')
    .refine((w) => w !== 0, 'must not be 0 (above 0 a marker, below 0 a counter-marker of a declared group)')
    .optional(),
  group: kebab('group').optional(),
  examples,
};

const phraseRule = z.strictObject({
  ...ruleBase,
  kind: z.literal('phrase'),
  phrases: phraseList,
  case: caseMode.optional(),
  line: z.boolean().optional(),
  upper: z.boolean().optional(),
});

const patternRule = z
  .strictObject({
    ...ruleBase,
    kind: z.literal('pattern'),
    pattern: z.string().min(1).max(MAX_PATTERN_LENGTH, `must be at most ${MAX_PATTERN_LENGTH} characters`),
    flags: z
      .string()
      .regex(/^(?!.*(.).*\1)[ims]*$/, 'may only combine "i", "m" and "s", each at most once')
      .optional(),
    fold: z.boolean().optional(),
  })
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
const hostList = z.array(hostName).optional();

const domainRule = z.strictObject({
  ...ruleBase,
  kind: z.literal('domain'),
  official: hostList,
  known: hostList,
  shorteners: hostList,
  flagged: hostList,
  protect: hostList,
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
    .optional(),
  ...sourceDataFields({ host: hostName, localized }),
});

const nearRule = z.strictObject({
  ...ruleBase,
  kind: z.literal('near'),
  a: phraseList,
  b: phraseList,
  window: z.number().int('must be a whole number of words').min(1).max(100),
  case: caseMode.optional(),
});

const signalRule = z
  .strictObject({
    ...ruleBase,
    kind: z.literal('signal'),
    signal: z.enum(['caps-ratio', 'exclamation-run', 'claim-without-source']),
    threshold: z.number().positive().optional(),
    'min-words': z.number().int().min(0).optional(),
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
  });

export const ruleSchema = z.discriminatedUnion('kind', [
  phraseRule,
  patternRule,
  domainRule,
  nearRule,
  signalRule,
]);

const packQuestion = z.strictObject({
  id: kebab('question id').refine(
    (id) => !(QUESTION_IDS as readonly string[]).includes(id),
    'must differ from the five built-in questions',
  ),
  text: localized,
});

/**
 * A declared group (docs/PACK-FORMAT.md, "Groups"): once the weights of its distinct matched members add
 * up to `reach`, it reports ONE finding with its own severity, category, question and message, the markers
 * as evidence; its members never report on their own. Its optional examples run against the whole pack:
 * each `flag` text must make the group speak, each `pass` text must leave it silent.
 */
const groupSchema = z.strictObject({
  reach: z.number().gt(0, 'must be above 0').lte(MAX_REACH, `must be at most ${MAX_REACH}`).optional(),
  severity,
  category,
  question,
  message: localized,
  reference: text.optional(),
  examples: z
    .strictObject({
      flag: z.array(z.string().min(1)).min(1, 'list at least one text that must make the group speak'),
      pass: z.array(z.string().min(1)).min(1, 'list at least one text that must leave the group silent'),
    })
    .optional(),
});

export const packSchema = z
  .strictObject({
    pack: kebab('pack id'),
    version: z.string().regex(SEMVER, 'must be a semantic version such as 1.0.0'),
    name: localized,
    publisher: text.optional(),
    description: localized.optional(),
    groups: z.record(kebab('group id'), groupSchema).optional(),
    rules: z.array(ruleSchema).min(1, 'a pack needs at least one rule').max(10_000),
    questions: z.array(packQuestion).optional(),
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
