// Engine benchmark (`npm run bench -- engine`). Every figure is measured in this run. Times are CPU time of
// this process (see engine-timing.ts: on a shared, loaded machine wall time mostly measures the other
// processes); each line also gives the wall-clock median as `wall_ms`. `value` is the median over samples,
// `best`/`min` the fastest sample. Ratios compare runs made in the same process, interleaved round by round,
// so a burst of load hits both sides alike.
//
//   engine.throughput_64k          MB/s (UTF-8 bytes of input) on 64 KB of Vietnamese text, built-in packs
//   engine.post_500_median         ms for a 500-character post, built-in packs
//   engine.post_500_parts_median   ms for that post with a shared post (500) and two pictures' text (1,500 each)
//   engine.rules_<n>_ms            ms for the 64 KB text with n synthetic phrase rules (10, 100, 1000, 5000)
//   engine.rules_5000_vs_10        median of per-round ratios of the two times above (goal ≤ 2: cost grows
//                                  with the text, not with the number of rules)
//   engine.speedup_vs_regexp_1000  one RegExp per rule over the same (pre-folded) text ÷ the engine, 1000 rules
//   engine.worst_1mb               ms, the slowest of several adversarial 1 MB inputs (goal ≤ 50)

import { createChecker } from '../../src/engine/checker';
import { normalise, normalisePhrase } from '../../src/engine/normalise';
import type { CompiledPack, CompiledPhraseRule } from '../../src/engine/types';
import { inlinePacks, syntheticPacks, vietnameseText } from './engine-fixtures';
import { median, round, type BenchResult } from './measure';
import { batchFor, sampleCpu } from './engine-timing';

/** The packs to measure with: the built-in packs when src/packs and rules/ exist, else the inline stand-in. */
async function builtInPacks(): Promise<{ packs: CompiledPack[]; source: string }> {
  try {
    const { loadBuiltInPacks } = await import('../support/builtin-packs');
    const packs = loadBuiltInPacks();
    if (packs.length > 0) return { packs, source: 'rules/' };
  } catch {
    // Not merged yet: measure with the stand-in.
  }
  return { packs: inlinePacks(), source: 'inline' };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function* run(): AsyncGenerator<BenchResult> {
  const { packs, source } = await builtInPacks();
  const checker = createChecker(packs);

  const text64 = vietnameseText(64 * 1024);
  const bytes64 = Buffer.byteLength(text64, 'utf8');
  const s64 = sampleCpu(() => checker.check(text64), { warmup: 20, samples: 41, batch: 3 });
  const t64 = median(s64.cpu);
  const mbps = (ms: number) => round(bytes64 / 1e6 / (ms / 1000), 1);
  yield {
    name: 'engine.throughput_64k',
    value: mbps(t64),
    unit: 'MB/s',
    packs: source,
    ms: round(t64),
    best: mbps(Math.min(...s64.cpu)),
    wall_median: mbps(median(s64.wall)),
    wall_best: mbps(Math.min(...s64.wall)),
    goal: '>= 20',
  };

  const post = vietnameseText(700, 3).slice(0, 500);
  const checkPost = () => checker.check(post);
  const sPost = sampleCpu(checkPost, { warmup: 200, samples: 31, batch: batchFor(checkPost, 20) });
  yield {
    name: 'engine.post_500_median',
    value: round(median(sPost.cpu), 4),
    unit: 'ms',
    packs: source,
    min: round(Math.min(...sPost.cpu), 4),
    wall_ms: round(median(sPost.wall), 4),
    goal: '<= 0.2',
  };

  // The same post with what goes out beside it: a 500-character shared post and two pictures' text (1,500
  // characters each, about what a phone photo of a page gives). Each part is checked on its own.
  const shared = vietnameseText(700, 5).slice(0, 500);
  const images = [vietnameseText(2000, 7).slice(0, 1500), vietnameseText(2000, 11).slice(0, 1500)].map(
    (text) => ({ text }),
  );
  const checkParts = () => checker.check({ text: post, shared: { text: shared }, images });
  const sParts = sampleCpu(checkParts, { warmup: 100, samples: 31, batch: batchFor(checkParts, 20) });
  yield {
    name: 'engine.post_500_parts_median',
    value: round(median(sParts.cpu), 4),
    unit: 'ms',
    packs: source,
    parts: 4,
    characters: post.length + shared.length + images.reduce((n, image) => n + image.text.length, 0),
    min: round(Math.min(...sParts.cpu), 4),
    wall_ms: round(median(sParts.wall), 4),
  };

  // Cost against the number of rules. Checkers for all sizes are built first, then timed in alternation
  // (round after round), so that a burst of load on a shared machine hits every size alike; the ratio is the
  // median of the per-round ratios.
  const sizes = [10, 100, 1000, 5000];
  const timeBySize = (kind: 'sparse' | 'dense') => {
    const checkers = sizes.map((n) => createChecker(syntheticPacks(n, 2, kind)));
    const times = sizes.map((): number[] => []);
    for (const c of checkers) for (let i = 0; i < 3; i++) c.check(text64);
    for (let r = 0; r < 31; r++) {
      checkers.forEach((c, k) => {
        const c0 = process.cpuUsage();
        c.check(text64);
        c.check(text64);
        const d = process.cpuUsage(c0);
        (times[k] as number[]).push((d.user + d.system) / 2000);
      });
    }
    const findings = checkers.map((c) => c.check(text64).findings.length);
    return { times, findings };
  };
  const byRules = new Map<number, number>();
  for (const kind of ['sparse', 'dense'] as const) {
    const { times, findings } = timeBySize(kind);
    const suffix = kind === 'dense' ? '_dense' : '';
    for (const [k, n] of sizes.entries()) {
      const t = times[k] as number[];
      if (kind === 'sparse') byRules.set(n, median(t));
      yield {
        name: `engine.rules_${n}${suffix}_ms`,
        value: round(median(t)),
        unit: 'ms',
        min: round(Math.min(...t)),
        text: '64 KB',
        findings: findings[k],
      };
    }
    const first = times[0] as number[];
    const last = times[sizes.length - 1] as number[];
    const ratios = last.map((t, r) => t / (first[r] as number));
    const ratioOfMin = round(Math.min(...last) / Math.min(...first), 2);
    yield kind === 'sparse'
      ? {
          name: 'engine.rules_5000_vs_10',
          value: round(median(ratios), 2),
          unit: 'ratio',
          ratio_of_min: ratioOfMin,
          goal: '<= 2',
        }
      : {
          name: 'engine.rules_5000_vs_10_dense',
          value: round(median(ratios), 2),
          unit: 'ratio',
          ratio_of_min: ratioOfMin,
          note: 'rules that fire on the text: grows with findings',
        };
  }

  // Baseline: one RegExp per rule (Unicode word boundaries by look-around), over text already folded for it.
  const synthetic = syntheticPacks(1000);
  const regexps = synthetic.flatMap((p) =>
    p.rules.map((r) => {
      const phrases = (r as CompiledPhraseRule).phrases.map((ph) =>
        escapeRegExp(normalisePhrase(ph, 'fold')),
      );
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    }),
  );
  const folded = normalise(text64, 'fold').text;
  let sink = 0;
  const tRegexp = median(
    sampleCpu(
      () => {
        for (const re of regexps) {
          re.lastIndex = 0;
          while (re.exec(folded) !== null) sink++;
        }
      },
      { warmup: 1, samples: 5 },
    ).cpu,
  );
  const tEngine1000 = byRules.get(1000) ?? 1;
  yield {
    name: 'engine.speedup_vs_regexp_1000',
    value: round(tRegexp / tEngine1000, 1),
    unit: 'ratio',
    regexp_ms: round(tRegexp),
    engine_ms: round(tEngine1000),
    goal: '>= 20',
    matches: sink > 0 ? 'some' : 'none',
  };

  // Adversarial 1 MB inputs, with the built-in packs.
  const MB = 1024 * 1024;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const cases: [string, string][] = [
    ['realistic', vietnameseText(MB, 5)],
    ['decomposed-nfd', vietnameseText(MB, 6).normalize('NFD')],
    ['stamp-every-line', fill('MẬT\n')],
    ['markers-everywhere', fill('Nghe nói chia sẻ ngay tham nhũng chủ tịch 0912345678 ')],
    ['links-everywhere', fill('chinhphu-vn.com bit.ly/a http://1.2.3.4 ')],
    ['exclamations', fill('!')],
    ['one-long-word', fill('a')],
    ['digits', fill('0123456789')],
    ['dots', fill('a.')],
    ['capitals', fill('TIN NÓNG ')],
  ];
  let worst = { name: '', ms: 0, min: 0 };
  for (const [name, input] of cases) {
    const { cpu: times, wall } = sampleCpu(() => checker.check(input), { warmup: 2, samples: 9 });
    const ms = median(times);
    const min = Math.min(...times);
    yield {
      name: `engine.worst_1mb.${name}`,
      value: round(ms, 1),
      unit: 'ms',
      min: round(min, 1),
      wall_ms: round(median(wall), 1),
    };
    if (ms > worst.ms) worst = { name, ms, min };
  }
  yield {
    name: 'engine.worst_1mb',
    value: round(worst.ms, 1),
    unit: 'ms',
    case: worst.name,
    min: round(worst.min, 1),
    packs: source,
    goal: '<= 50',
  };
}
