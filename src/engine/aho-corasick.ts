// One automaton over many phrases (Aho–Corasick), so scanning costs one pass over the text whatever the
// number of phrase rules. Transitions are stored compactly (sorted edge lists per node, plus a dense table
// for the root over the Latin/Vietnamese range, where most steps start) because the alphabet is Unicode and
// a full transition table would not fit in a content script.

const ROOT_DENSE = 0x2500;

export class PhraseAutomaton {
  /** Length (UTF-16 units) of each pattern, by pattern index. */
  readonly lengths: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeCount: Int32Array;
  private readonly edgeChars: Uint16Array;
  private readonly edgeTargets: Int32Array;
  private readonly rootDense: Int32Array;
  private readonly fail: Int32Array;
  /** The pattern that ends at a node, or -1. */
  private readonly patternAt: Int32Array;
  /** The nearest node on the fail chain (excluding the node) where a pattern ends, or 0 (root). */
  private readonly outLink: Int32Array;

  constructor(patterns: readonly string[]) {
    const children: Map<number, number>[] = [new Map()];
    const patternAt: number[] = [-1];
    this.lengths = new Int32Array(patterns.length);
    patterns.forEach((p, index) => {
      this.lengths[index] = p.length;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        const map = children[node] as Map<number, number>;
        let next = map.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          patternAt.push(-1);
          map.set(c, next);
        }
        node = next;
      }
      if (p.length > 0 && patternAt[node] === -1) patternAt[node] = index;
    });

    const count = children.length;
    this.patternAt = Int32Array.from(patternAt);
    this.edgeStart = new Int32Array(count);
    this.edgeCount = new Int32Array(count);
    let total = 0;
    for (const m of children) total += m.size;
    this.edgeChars = new Uint16Array(total);
    this.edgeTargets = new Int32Array(total);
    let offset = 0;
    for (let node = 0; node < count; node++) {
      const entries = [...(children[node] as Map<number, number>).entries()].sort((x, y) => x[0] - y[0]);
      this.edgeStart[node] = offset;
      this.edgeCount[node] = entries.length;
      for (const [c, t] of entries) {
        this.edgeChars[offset] = c;
        this.edgeTargets[offset] = t;
        offset++;
      }
    }
    this.rootDense = new Int32Array(ROOT_DENSE).fill(-1);
    for (const [c, t] of children[0] as Map<number, number>) if (c < ROOT_DENSE) this.rootDense[c] = t;

    // Breadth-first: fail links and output links.
    this.fail = new Int32Array(count);
    this.outLink = new Int32Array(count);
    const queue = new Int32Array(count);
    let head = 0;
    let tail = 0;
    for (const t of (children[0] as Map<number, number>).values()) queue[tail++] = t;
    while (head < tail) {
      const node = queue[head++] as number;
      for (const [c, child] of children[node] as Map<number, number>) {
        let f = this.fail[node] as number;
        let target = this.step(f, c);
        while (target < 0 && f !== 0) {
          f = this.fail[f] as number;
          target = this.step(f, c);
        }
        const fl = target >= 0 && target !== child ? target : 0;
        this.fail[child] = fl;
        this.outLink[child] = (this.patternAt[fl] as number) >= 0 ? fl : (this.outLink[fl] as number);
        queue[tail++] = child;
      }
    }
  }

  get size(): number {
    return this.fail.length;
  }

  private step(node: number, c: number): number {
    if (node === 0 && c < ROOT_DENSE) return this.rootDense[c] as number;
    const start = this.edgeStart[node] as number;
    const n = this.edgeCount[node] as number;
    if (n <= 6) {
      for (let k = start; k < start + n; k++)
        if (this.edgeChars[k] === c) return this.edgeTargets[k] as number;
      return -1;
    }
    let lo = start;
    let hi = start + n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.edgeChars[mid] as number;
      if (m === c) return this.edgeTargets[mid] as number;
      if (m < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Calls `onMatch(patternIndex, end)` for every occurrence (overlapping ones included), `end` exclusive.
   * Stops early when `onMatch` returns false.
   */
  scan(text: string, onMatch: (pattern: number, end: number) => boolean | void): void {
    let state = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      let next = this.step(state, c);
      while (next < 0 && state !== 0) {
        state = this.fail[state] as number;
        next = this.step(state, c);
      }
      state = next < 0 ? 0 : next;
      let o = (this.patternAt[state] as number) >= 0 ? state : (this.outLink[state] as number);
      while (o !== 0) {
        if (onMatch(this.patternAt[o] as number, i + 1) === false) return;
        o = this.outLink[o] as number;
      }
    }
  }
}
