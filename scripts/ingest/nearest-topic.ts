// A question the topics file cannot place (no section phrase, no keyword of any topic) takes the
// topic of the questions most like it that the file did place: a new source about, say, GPU
// kernels lands next to the questions about FlashAttention and mixed precision, not in "Other".
// Likeness is the cosine of TF-IDF vectors over each question's terms (concepts/features.ts: its
// title's terms, counted twice, and its answer's).
import type { Features } from './concepts/features.ts';

/** The most alike placed questions that vote. */
export const NEIGHBOURS = 5;
/** Below this likeness a placed question says nothing about an unplaced one. */
export const MIN_LIKENESS = 0.12;

type Vector = Map<string, number>;

function vectors(features: readonly Features[]): Vector[] {
  const counts = features.map((f) => {
    const c = new Map(f.answer);
    for (const t of [...f.head, ...f.qualifier, ...f.later, ...f.aside]) c.set(t, (c.get(t) ?? 0) + 2);
    return c;
  });
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return counts.map((c) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, n] of c) {
      const x = (1 + Math.log(n)) * Math.log(1 + counts.length / df.get(t)!);
      v.set(t, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, x] of v) v.set(t, x / norm);
    return v;
  });
}

/**
 * For each question whose `topicOf` is undefined, each topic's share of the votes of its most
 * alike placed questions (undefined when none is alike enough); placed questions get undefined.
 */
export function neighbourVotes(features: readonly Features[], topicOf: readonly (number | undefined)[], topics: number): (number[] | undefined)[] {
  const v = vectors(features);
  const placed = topicOf.flatMap((t, i) => (t === undefined ? [] : [i]));
  return topicOf.map((t, i) => {
    if (t !== undefined) return undefined;
    const near = placed
      .map((j) => {
        let s = 0;
        for (const [term, x] of v[i]!) s += x * (v[j]!.get(term) ?? 0);
        return { j, s };
      })
      .filter((n) => n.s >= MIN_LIKENESS)
      .sort((a, b) => b.s - a.s || a.j - b.j)
      .slice(0, NEIGHBOURS);
    if (!near.length) return undefined;
    const votes = new Array<number>(topics).fill(0);
    const total = near.reduce((s, n) => s + n.s, 0);
    for (const n of near) votes[topicOf[n.j]!]! += n.s / total;
    return votes;
  });
}
