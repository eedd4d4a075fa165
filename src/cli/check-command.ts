import { parseArgs } from 'node:util';
import { createChecker } from '../engine';
import type { CheckResult } from '../engine/types';
import { checkResultJson } from './check-result-json';
import { checkResultText } from './check-result-text';
import { CliError, type CliCommand, type CliIo } from './cli-io';
import { loadBuiltInPacks, loadPackFiles } from './load-pack-files';
import { readInputText } from './read-input';
import { readJsonlPosts } from './read-jsonl-posts';

export const CHECK_HELP = `Usage: npm run -s cli -- check [--pack FILE]... [--format json|text] [--jsonl] [FILE|-]

Kiểm tra một bài viết bằng các gói quy tắc. / Check a post against rule packs.

  FILE | -          the post (UTF-8); "-" or nothing reads standard input
  --pack FILE       a pack (YAML or JSON); repeat for several. Default: the built-in packs in rules/
  --format json     one JSON object (default):
                    { verdict, findings[{packId,ruleId,category,question,severity,start,end,excerpt,message,
                      evidence?}], links[{url,domain,verdict}], questions[{id,hints}] }
                    start/end are UTF-16 offsets into the input as given; a group's finding (rule id =
                    the group id) has evidence[{ruleId,start,end,excerpt,message,weight}]: its markers.
                    A finding in a shared post or a picture's text (--jsonl) has part {kind:"shared"} or
                    {kind:"image",index}: its start/end/excerpt are that part's text's
  --format text     readable: severity, rule, line:column, excerpt, message in Vietnamese and English;
                    for a group, the markers that added up and to how much; then every group that
                    stayed silent and how far short of its reach it fell (a near miss)
  --jsonl           the input holds one {"id","text"} object per line; one result per line comes out,
                    carrying the same "id" (try a pack on a corpus of your own posts). A line may add
                    "shared":{"text","author","url"} (a shared post or forwarded message) and
                    "images":[{"text"}] (text read from attached pictures): each is checked on its own

Exit status: 0 clean, 1 findings (verdict review or critical), 2 bad input or bad pack (one line on stderr).
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args);
  if (values.help) {
    await io.stdout.write(CHECK_HELP);
    return 0;
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'text')
    throw new CliError(`--format must be json or text, not "${format}"`);
  if (positionals.length > 1)
    throw new CliError(`check takes one input (FILE or -), got ${positionals.length}`);
  const input = positionals[0] ?? '-';

  const packs = values.pack?.length ? await loadPackFiles(values.pack, io) : await loadBuiltInPacks(io);
  // Built once: a JSONL run checks thousands of posts with the same matchers.
  const checker = createChecker(packs.map((p) => p.compiled));

  if (!values.jsonl) {
    const text = await readInputText(input, io);
    // explain: the same result plus how each group added up (the text report shows near misses).
    const result = checker.explain(text);
    await io.stdout.write(
      format === 'json' ? `${JSON.stringify(checkResultJson(result))}\n` : checkResultText(text, result),
    );
    return result.verdict === 'clean' ? 0 : 1;
  }

  let flagged = false;
  for await (const post of readJsonlPosts(input, io)) {
    const result: CheckResult = format === 'text' ? checker.explain(post.draft) : checker.check(post.draft);
    flagged ||= result.verdict !== 'clean';
    await io.stdout.write(
      format === 'json'
        ? `${JSON.stringify({ id: post.id, ...checkResultJson(result) })}\n`
        : checkResultText(post.draft, result, `[${String(post.id)}]`),
    );
  }
  return flagged ? 1 : 0;
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        pack: { type: 'string', multiple: true },
        format: { type: 'string' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message} (see "check --help")`);
  }
}

export const checkCommand: CliCommand = {
  summary: 'check a post (or a JSONL corpus) against rule packs',
  run,
};
