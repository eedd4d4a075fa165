import { z } from 'zod';
import { checkPatternSafety } from './regex-safety';

// What a domain rule may add about its outlets and bodies, beyond verdicts (see rules/vn-sources/README.md):
// `dates`, how an outlet writes the publication date into its article addresses, and `portals`, the official
// portal of a body a post may name. Kept beside schema.ts so the rule kinds stay readable there.

/** Longest date pattern: these describe one address shape, not a language. */
const MAX_DATE_PATTERN = 200;

/** How many capture groups `source` has, or null when it does not compile. */
function captureGroups(source: string): number | null {
  try {
    // An alternative that matches the empty string makes every group take part in the (empty) match.
    return (new RegExp(`${source}|`, 'i').exec('')?.length ?? 1) - 1;
  } catch {
    return null;
  }
}

/** The zod fields `dates` and `portals`, built on the host and bilingual-text schemas of schema.ts. */
export function sourceDataFields<H extends z.ZodType<string>, L extends z.ZodType>(parts: {
  host: H;
  localized: L;
}) {
  const groupIndex = z.number().int('must be a capture group number').min(1).max(9);
  const datePattern = z
    .strictObject({
      hosts: z
        .array(parts.host)
        .min(1, 'must list at least one host')
        .describe("The outlet's host names; each also covers its subdomains."),
      pattern: z
        .string()
        .min(1)
        .max(MAX_DATE_PATTERN, `must be at most ${MAX_DATE_PATTERN} characters`)
        .describe(
          "A regular expression run (case-insensitively) on the address's path, with capture groups for " +
            'the date, e.g. -(\\d{4})(\\d{2})(\\d{2})\\d{6,9}\\.htm$',
        ),
      year: groupIndex.describe('The capture group of the year (4 digits, or 2 meaning 20yy).'),
      month: groupIndex.describe('The capture group of the month.'),
      day: groupIndex
        .optional()
        .describe('The capture group of the day; leave it out when addresses carry only year and month.'),
    })
    .superRefine((date, ctx) => {
      const groups = captureGroups(date.pattern);
      if (groups === null) {
        ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'is not a valid regular expression' });
        return;
      }
      const problem = checkPatternSafety(date.pattern, 'i');
      if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
      const used = new Set<number>();
      for (const field of ['year', 'month', 'day'] as const) {
        const index = date[field];
        if (index === undefined) continue;
        if (index > groups) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `names group ${index}, but the pattern has ${groups} capture group${groups === 1 ? '' : 's'}`,
          });
        } else if (used.has(index)) {
          ctx.addIssue({ code: 'custom', path: [field], message: `group ${index} is already used` });
        }
        used.add(index);
      }
    });
  const portal = z.strictObject({
    host: parts.host.describe("The portal's host name (moh.gov.vn)."),
    name: parts.localized.describe("The body's name to show, in Vietnamese and English."),
    names: z
      .array(z.string().trim().min(2, 'must be at least 2 characters'))
      .min(1, 'must list at least one name')
      .describe('How posts name the body; matched as whole words, case and diacritics ignored.'),
  });
  return {
    dates: z
      .array(datePattern)
      .optional()
      .describe(
        'How outlets write the publication date into their article addresses: the link gets its date, and ' +
          'the dialog says when a shared article is old. Raises no finding.',
      ),
    portals: z
      .array(portal)
      .optional()
      .describe(
        'Official bodies a post may name, with their portal: "where else to look" offers a search there. ' +
          'Raises no finding.',
      ),
  };
}
