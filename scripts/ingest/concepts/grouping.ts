// Groups questions into concepts from scored pairs, without chaining (average linkage with a floor):
// two groups merge when their questions are, on average over every cross pair, at least `join`
// alike, and no cross pair is below `floor`. A pair nobody scored counts as 0. So if A matches B
// and B matches C, A and C share a concept only if A and C match too.
//
// The closest two groups merge first; ties go to the groups whose smallest members come first, so
// the same input always gives the same groups, whatever order the pairs were listed in. The
// candidate merges wait in a priority queue, and a merge queues its group's new links only: the
// work grows with the links, not with the links times the merges (a hundred times the shipped
// corpus has millions of links and tens of thousands of merges).

export interface ScoredPair {
  a: number;
  b: number;
  score: number;
}

export interface GroupingOptions {
  /** Two groups merge when the mean score of their cross pairs is at least this. */
  join: number;
  /** Every two questions of a group are at least this alike. */
  floor: number;
  /** Pairs that must never share a group (a maintainer's split), and pairs that must (a merge). */
  apart?: readonly [number, number][];
  together?: readonly [number, number][];
}

/** The group of each of `n` items, as the smallest item index in it. */
export function groupPairs(n: number, pairs: readonly ScoredPair[], { join, floor, apart = [], together = [] }: GroupingOptions): number[] {
  const key = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const score = new Map<number, number>();
  for (const p of pairs) if (p.a !== p.b) score.set(key(p.a, p.b), Math.max(score.get(key(p.a, p.b)) ?? 0, p.score));
  const never = new Set(apart.map(([a, b]) => key(a, b)));
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const groupOf = Array.from({ length: n }, (_, i) => i);
  // Groups that share at least one scored pair, with what their cross pairs add up to.
  interface Cross {
    sum: number;
    min: number;
    count: number;
  }
  const links = new Map<number, Map<number, Cross>>();
  const linksOf = (x: number) => links.get(x) ?? links.set(x, new Map()).get(x)!;
  for (const [k, s] of score) {
    const cross = { sum: s, min: s, count: 1 };
    linksOf(Math.floor(k / n)).set(k % n, cross);
    linksOf(k % n).set(Math.floor(k / n), cross);
  }

  const merge = (x: number, y: number) => {
    const [keep, gone] = x < y ? [x, y] : [y, x];
    for (const m of members[gone]!) {
      groupOf[m] = keep;
      members[keep]!.push(m);
    }
    members[gone] = [];
    // The merged group's cross pairs with another group are both groups' cross pairs with it.
    for (const [other, c] of links.get(gone) ?? []) {
      links.get(other)!.delete(gone);
      if (other === keep) continue;
      const mine = linksOf(keep).get(other);
      const joined = mine ? { sum: mine.sum + c.sum, min: Math.min(mine.min, c.min), count: mine.count + c.count } : c;
      linksOf(keep).set(other, joined);
      linksOf(other).set(keep, joined);
    }
    links.delete(gone);
    links.get(keep)?.delete(keep);
    version[keep]!++;
    version[gone]!++;
    for (const [other, c] of links.get(keep) ?? []) offer(Math.min(keep, other), Math.max(keep, other), c);
  };
  const split = (x: number, y: number) => members[x]!.some((a) => members[y]!.some((b) => never.has(key(a, b))));
  // A group's version changes when it merges: a queued merge of an older version is stale.
  const version = new Array<number>(n).fill(0);
  const queue = new MergeQueue();
  /** Queues x and y (x < y) if they may merge: every cross pair scored, none below `floor`, mean at least `join`. */
  const offer = (x: number, y: number, c: Cross) => {
    if (c.count < members[x]!.length * members[y]!.length || c.min < floor) return;
    const mean = c.sum / c.count;
    if (mean >= join) queue.push({ mean, x, y, vx: version[x]!, vy: version[y]! });
  };

  // A maintainer's merges first: they hold whatever the scores say, unless a split forbids them.
  for (const [a, b] of together) {
    const x = groupOf[a]!;
    const y = groupOf[b]!;
    if (x !== y && !split(x, y)) merge(x, y);
  }
  for (const [x, others] of links) for (const [y, c] of others) if (x < y) offer(x, y, c);
  for (let m = queue.pop(); m; m = queue.pop()) {
    // Stale (a group merged since it was queued), or kept apart by a split, which only grows with the groups.
    if (m.vx !== version[m.x] || m.vy !== version[m.y] || !members[m.x]!.length || !members[m.y]!.length || split(m.x, m.y)) continue;
    merge(m.x, m.y);
  }
  return groupOf.map((g) => Math.min(...members[g]!));
}

interface Candidate {
  mean: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** Before: the closer pair, then the smaller first group, then the smaller second. */
const before = (a: Candidate, b: Candidate) => a.mean > b.mean || (a.mean === b.mean && (a.x < b.x || (a.x === b.x && a.y < b.y)));

/** A binary heap of candidate merges, closest first. */
class MergeQueue {
  #items: Candidate[] = [];

  push(c: Candidate): void {
    const h = this.#items;
    let i = h.push(c) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): Candidate | undefined {
    const h = this.#items;
    const top = h[0];
    const last = h.pop();
    if (!h.length || !last) return top;
    h[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < h.length && before(h[l]!, h[best]!)) best = l;
      if (r < h.length && before(h[r]!, h[best]!)) best = r;
      if (best === i) break;
      [h[i], h[best]] = [h[best]!, h[i]!];
      i = best;
    }
    return top;
  }
}
