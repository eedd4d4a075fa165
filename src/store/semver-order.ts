/**
 * Orders two semantic versions (MAJOR.MINOR.PATCH with an optional -pre-release; build metadata ignored),
 * as semver.org §11 says. The pack schema has already checked the shape; anything unreadable sorts first.
 */
export function compareVersions(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (pa.core[i] ?? 0) - (pb.core[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  // A version without a pre-release is newer than the same one with it.
  if (!pa.pre.length || !pb.pre.length) return pa.pre.length === pb.pre.length ? 0 : pa.pre.length ? -1 : 1;
  for (let i = 0; i < Math.max(pa.pre.length, pb.pre.length); i++) {
    const x = pa.pre[i];
    const y = pb.pre[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Math.sign(Number(x) - Number(y));
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

function parse(version: string): { core: number[]; pre: string[] } {
  const [main = '', ...rest] = version.split('+')[0]!.split('-');
  const core = main.split('.').map((n) => (/^\d+$/.test(n) ? Number(n) : -1));
  const pre = rest.length ? rest.join('-').split('.') : [];
  return { core, pre };
}
