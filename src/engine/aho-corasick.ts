// One automaton over many phrases (Aho–Corasick), so scanning costs one pass over the text whatever the
// number of phrase rules. Characters are grouped into classes (the characters that occur in some phrase;
// every other character is class 0 and leads back to the root). The shallow nodes, where the scan spends
// nearly all its time, get complete rows (one lookup per character, fail links already resolved); deeper
// nodes, which mostly have one child, keep sorted edge lists and fall back along fail links. The rows are
// capped so that thousands of rules cannot blow up memory in a content script.

/** Most table entries (4 bytes each) worth building: 2M entries = 8 MB. */
const TABLE_LIMIT = 2_000_000;
/** Code units below this get their character class from an array (see `latinClass`). */
const LATIN_RANGE = 0x2500;

export class PhraseAutomaton {
  /** Length (UTF-16 units) of each pattern, by pattern index. */
  readonly lengths: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeCount: Int32Array;
  private readonly edgeChars: Uint16Array;
  private readonly edgeTargets: Int32Array;
  private readonly fail: Int32Array;
  /** The pattern that ends at a node, or -1. */
  private readonly patternAt: Int32Array;
  /** The nearest node on the fail chain (excluding the node) where a pattern ends, or 0 (root). */
  private readonly outLink: Int32Array;
  /** The first node with output when in a state: the state itself, its outLink, or 0 for none. */
  private readonly firstOut: Int32Array;
  /** Complete rows for the first nodes in breadth-first order (the root always has one). */
  private readonly table: Int32Array;
  /** The row of a node in `table`, or -1 for a node that only has its edge list. */
  private readonly rowOf: Int32Array;
  private readonly rows: number;
  private readonly classes: number;
  /**
   * Classes of the Latin range (ASCII, Latin-1, Latin Extended, combining marks, Vietnamese 1E00–1EFF) by
   * array, 19 KB: an exact (not folded) Vietnamese text is a third non-ASCII, and a Map lookup per character
   * made scanning it several times slower. Characters above it go through the Map.
   */
  private readonly latinClass = new Uint16Array(LATIN_RANGE);
  private readonly otherClass = new Map<number, number>();

  constructor(patterns: readonly string[], options: { tableLimit?: number } = {}) {
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

    this.firstOut = new Int32Array(count);
    for (let node = 1; node < count; node++) {
      this.firstOut[node] = (this.patternAt[node] as number) >= 0 ? node : (this.outLink[node] as number);
    }

    // Alphabet classes, then the complete table in breadth-first order (a node's fail target comes first).
    let classes = 1;
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (this.classOf(c) !== 0) continue;
        if (c < LATIN_RANGE) this.latinClass[c] = classes++;
        else this.otherClass.set(c, classes++);
      }
    }
    this.classes = classes;
    // Rows for a breadth-first prefix of the nodes: a node's fail target is shallower, so it has a row too.
    const rows = Math.max(1, Math.min(count, Math.floor((options.tableLimit ?? TABLE_LIMIT) / classes)));
    const order = [0, ...queue.subarray(0, tail)];
    const table = new Int32Array(rows * classes);
    const rowOf = new Int32Array(count).fill(-1);
    for (let r = 0; r < rows; r++) {
      const node = order[r] as number;
      rowOf[node] = r;
      const row = r * classes;
      const failRow = (rowOf[this.fail[node] as number] as number) * classes;
      for (let k = 0; k < classes; k++) table[row + k] = node === 0 ? 0 : (table[failRow + k] as number);
      for (const [c, child] of children[node] as Map<number, number>) table[row + this.classOf(c)] = child;
    }
    this.table = table;
    this.rowOf = rowOf;
    this.rows = rows;
  }

  private classOf(c: number): number {
    return c < LATIN_RANGE ? (this.latinClass[c] as number) : (this.otherClass.get(c) ?? 0);
  }

  get size(): number {
    return this.fail.length;
  }

  /** Whether every node has a complete row (else deep nodes use edge lists and fail links). */
  get usesTable(): boolean {
    return this.rows === this.fail.length;
  }

  private step(node: number, c: number): number {
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
    // Locals, not property loads, in the one loop that runs per character.
    const classes = this.classes;
    const latinClass = this.latinClass;
    const otherClass = this.otherClass;
    const table = this.table;
    const rowOf = this.rowOf;
    const fail = this.fail;
    const firstOut = this.firstOut;
    const patternAt = this.patternAt;
    const outLink = this.outLink;
    let state = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const k = c < LATIN_RANGE ? (latinClass[c] as number) : (otherClass.get(c) ?? 0);
      for (;;) {
        const r = rowOf[state] as number;
        if (r >= 0) {
          state = table[r * classes + k] as number;
          break;
        }
        const next = k === 0 ? -1 : this.step(state, c);
        if (next >= 0) {
          state = next;
          break;
        }
        state = fail[state] as number;
      }
      let o = firstOut[state] as number;
      while (o !== 0) {
        if (onMatch(patternAt[o] as number, i + 1) === false) return;
        o = outLink[o] as number;
      }
    }
  }
}
