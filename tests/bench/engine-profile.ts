// Profiling harness (not part of `npm run bench`): `npx tsx --cpu-prof tests/bench/engine-profile.ts [case]`
// runs one input many times with the built-in packs so a CPU profile shows where `check()` spends its time.
// Cases: 64k (default), nfd, markers, stamp, realistic, long-word, dots, capitals.

import { createChecker } from '../../src/engine/checker';
import { loadBuiltInPacks } from '../support/builtin-packs';
import { vietnameseText } from './engine-fixtures';

const MB = 1024 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const inputs: Record<string, () => string> = {
  '64k': () => vietnameseText(64 * 1024),
  nfd: () => vietnameseText(MB, 6).normalize('NFD'),
  markers: () => fill('Nghe nói chia sẻ ngay tham nhũng chủ tịch 0912345678 '),
  stamp: () => fill('MẬT\n'),
  realistic: () => vietnameseText(MB, 5),
  'long-word': () => fill('a'),
  dots: () => fill('a.'),
  capitals: () => fill('TIN NÓNG '),
};

const name = process.argv[2] ?? '64k';
const make = inputs[name];
if (!make) throw new Error(`unknown case ${name}; one of ${Object.keys(inputs).join(', ')}`);
const input = make();
const checker = createChecker(loadBuiltInPacks());
const runs = Number(process.argv[3] ?? (name === '64k' ? 400 : 30));
const times: number[] = [];
// CPU time too: on a shared, loaded machine wall time mostly measures the other processes.
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  checker.check(input);
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpu.push((c.user + c.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
process.stdout.write(
  `${name}: median ${times[runs >> 1]?.toFixed(2)} ms, fastest ${times[0]?.toFixed(2)} ms over ${runs} runs` +
    ` (CPU: median ${cpu[runs >> 1]?.toFixed(2)} ms, fastest ${cpu[0]?.toFixed(2)} ms)\n`,
);
