// How alike two questions are, from their features (features.ts), as a score from 0 to 1:
//
//   title    the share of each title's weight the other question holds, the smaller of the two. A
//            term weighs its specificity (IDF over every title and answer, so "scalability" weighs
//            less than "ALiBi"), times its role (a qualifier, a later sentence and an aside less than
//            the head). The other question holds a term in its title, in a role at most as strong,
//            or, for less, in its answer ("What is GloVe?" answers "embedding"). A facet one asks
//            and the other not ("benefits of Paged Attention") weighs as much as the head.
//   answer   the cosine of the answers' TF-IDF vectors.
//
// score = title·w.title + answer·(1 − w.title), the answer's share smaller when the shorter answer has
// few terms (the cosine of two short lists of bullet points, or of code, says little). It is lowered
// for siblings: titles that each name what the other does not ("linear" and "logistic" regression),
// that put one subject in different contexts ("perplexity in t-SNE" and "in language modeling"),
// where one narrows the other's subject with a word just before it ("gradient boosting" and
// "boosting"), or where one asks about something inside the other's subject ("attention in GNNs" and
// "GNNs"); and for answers that share nearly nothing.
// Only pairs that share a head, a rare title term, or whose head the other answers, are scored, so
// the cost grows with the overlaps, not with the square of the corpus.
import type { Features } from './features.ts';

export interface Weights {
  /** Weight of a qualifier term, a later sentence's term and an aside's, against 1 for the head. */
  qualifier: number;
  later: number;
  aside: number;
  /** Weight of a facet asked by the first sentence and by a later one, against the weight of the head. */
  facet: number;
  laterFacet: number;
  /** Weight of two adjacent head terms as a phrase ("linear regression"), against their mean. */
  phrase: number;
  /** Share of a title term that the other question holds in its answer only: when its title names nothing this one does not, and when it does. */
  inAnswer: number;
  inAnswerConflict: number;
  /** IDF to this power: above 1, a specific term decides more. */
  idfPower: number;
  /** Share of the score that comes from the titles. */
  title: number;
  /** Factor on the score of siblings. */
  sibling: number;
  /** Below this answer cosine the score shrinks in proportion (0: never). */
  answerVeto: number;
  /** Terms the shorter answer needs for its cosine to count in full; below, the title counts more. */
  answerTerms: number;
}

// Tuned on the even-indexed groups of tests/corpus/concept-labels.yaml (see concepts.test.ts there).
export const WEIGHTS: Weights = {
  qualifier: 0.3,
  later: 0.2,
  aside: 0.2,
  facet: 1,
  laterFacet: 0.3,
  phrase: 0.5,
  inAnswer: 0.3,
  inAnswerConflict: 0.2,
  idfPower: 1.5,
  title: 0.7,
  sibling: 0.7,
  answerVeto: 0.04,
  answerTerms: 10,
};

/** A title term this share of questions hold (and more than COMMON_LEAST) is too common to make two questions worth comparing. */
const COMMON_SHARE = 0.04;
const COMMON_LEAST = 8;
/** The strongest terms of an answer that a head may be found among, for candidates. */
const ANSWER_KEY_TERMS = 12;

type Vector = Map<string, number>;

function documentFrequency(sets: readonly Iterable<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of sets) for (const t of s) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

function unitVector(raw: Vector): Vector {
  let norm = 0;
  for (const x of raw.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [t, x] of raw) raw.set(t, x / norm);
  return raw;
}

const phrase = ([a, b]: readonly [string, string]) => `${a}_${b}`;

export interface Scorer {
  /** Pairs [i, j] (i < j) worth scoring, in a fixed order. */
  candidates(): [number, number][];
  score(i: number, j: number): number;
  /** Every candidate pair that scores at least `floor`, with its score. */
  scored(floor: number): { a: number; b: number; score: number }[];
  /** The title and answer parts of a pair's score, for tests and reports. */
  parts(i: number, j: number): { title: number; answer: number };
}

export function scorer(features: readonly Features[], w: Weights = WEIGHTS): Scorer {
  const n = features.length;
  const idf = (df: Map<string, number>, t: string) => Math.log(1 + n / (df.get(t) ?? 1));
  const titleTerms = features.map((f) => new Set([...f.head, ...f.qualifier, ...f.later, ...f.aside]));
  const titleDf = documentFrequency(titleTerms);
  const answerDf = documentFrequency(features.map((f) => f.answer.keys()));
  const anyDf = documentFrequency(features.map((f, i) => new Set([...titleTerms[i]!, ...f.answer.keys()])));
  const specificity = (t: string) => idf(anyDf, t) ** w.idfPower;

  // Each title term's role: 1 in the head, a qualifier or a phrase of the head; less later and in asides.
  const roles = features.map((f) => {
    const v: Vector = new Map();
    const put = (terms: readonly string[], role: number) => {
      for (const t of terms) if (!v.has(t)) v.set(t, role);
    };
    put(f.head, 1);
    for (const p of f.phrases) v.set(phrase(p), 1);
    put(f.qualifier, 1);
    put(f.later, w.later);
    put(f.aside, w.aside);
    return v;
  });
  // Each title as term -> weight (specificity times role, less for a qualifier and a phrase), facets as "#facet".
  const titles = features.map((f, i) => {
    const v: Vector = new Map();
    for (const [t, role] of roles[i]!) {
      const weight = t.includes('_') ? (w.phrase * t.split('_').reduce((s, x) => s + specificity(x), 0)) / 2 : specificity(t);
      v.set(t, role * weight * (f.qualifier.includes(t) && !f.head.includes(t) ? w.qualifier : 1));
    }
    const head = f.head.reduce((s, t) => s + (v.get(t) ?? 0), 0);
    for (const x of f.facets) v.set(`#${x}`, w.facet * head);
    for (const x of f.laterFacets) if (!v.has(`#${x}`)) v.set(`#${x}`, w.laterFacet * head);
    return v;
  });
  const answers = features.map((f) => {
    const v: Vector = new Map();
    for (const [t, c] of f.answer) v.set(t, (1 + Math.log(c)) * idf(answerDf, t));
    return unitVector(v);
  });
  const mains = features.map((f) => [...new Set([...f.head, ...f.qualifier])]);

  /** Whether j's head or qualifier names something i's title does not mention at all. */
  const conflicts = (i: number, j: number) => mains[j]!.some((t) => !roles[i]!.has(t));
  /** Share of title i's weight that question j holds (see the top of this file). */
  const coverage = (i: number, j: number) => {
    const inAnswer = conflicts(i, j) ? w.inAnswerConflict : w.inAnswer;
    let all = 0;
    let held = 0;
    for (const [t, x] of titles[i]!) {
      const mine = roles[i]!.get(t);
      const theirs = roles[j]!.get(t);
      if (mine === undefined) {
        // A facet: one both ask for says nothing either way.
        if (!titles[j]!.has(t)) all += x;
        continue;
      }
      all += x;
      const answered = !t.includes('_') && features[j]!.answer.has(t) ? inAnswer : 0;
      held += x * (theirs === undefined ? answered : Math.max(answered, Math.min(mine, theirs) / mine));
    }
    return all ? held / all : 0;
  };
  /** Whether i narrows j's subject with a word of its own just before it ("gradient boosting" of "boosting"). */
  const narrows = (i: number, j: number) => features[i]!.phrases.some(([m, t]) => roles[j]!.has(t) && !roles[j]!.has(m));
  /** Whether i's head names a term or phrase that j's title does not. */
  const unmatched = (i: number, j: number) => features[i]!.head.some((t) => !roles[j]!.has(t)) || features[i]!.phrases.some((p) => !roles[j]!.has(phrase(p)));
  /** Whether i asks about something within j's subject: j's head is i's context ("attention in GNNs" of "GNNs"). */
  const within = (i: number, j: number) => {
    const fi = features[i]!;
    const fj = features[j]!;
    return fj.head.length > 0 && fj.head.every((t) => fi.qualifier.includes(t) && !fi.head.includes(t)) && fi.head.some((t) => !roles[j]!.has(t));
  };
  const cosine = (a: Vector, b: Vector) => {
    const [small, large] = a.size < b.size ? [a, b] : [b, a];
    let s = 0;
    for (const [t, x] of small) s += x * (large.get(t) ?? 0);
    return s;
  };

  /** The score of a pair whose title part is known. */
  const combine = (i: number, j: number, title: number) => {
    const answer = cosine(answers[i]!, answers[j]!);
    const qi = features[i]!.qualifier;
    const qj = features[j]!.qualifier;
    const contexts = qi.length > 0 && qj.length > 0 && !qi.some((t) => qj.includes(t));
    const sibling = (unmatched(i, j) && unmatched(j, i)) || contexts || narrows(i, j) || narrows(j, i) || within(i, j) || within(j, i) ? w.sibling : 1;
    // How far the answers' cosine can be trusted: two short answers (a few bullet points, or code
    // with little prose) share few words even when they answer one question, so the titles tell more.
    const trust = Math.min(1, Math.min(features[i]!.answer.size, features[j]!.answer.size) / w.answerTerms);
    const share = (1 - w.title) * trust;
    // Answers that share (nearly) nothing do not answer one question, whatever the titles say.
    const veto = w.answerVeto > 0 ? 1 - trust * (1 - Math.min(1, answer / w.answerVeto)) : 1;
    return ((1 - share) * title + share * answer) * sibling * veto;
  };

  /**
   * Each candidate pair once, in (a, b) order, a < b: the questions that share a key with `a`
   * (the same head, a rare title term, or an answer term one of them has as its head), gathered
   * question by question rather than in one set of pairs, which a hundred times the shipped
   * corpus would take past what a JavaScript Set holds.
   */
  function* eachCandidate(): Generator<[number, number]> {
    const rare = (t: string) => (titleDf.get(t) ?? 0) <= Math.max(COMMON_LEAST, COMMON_SHARE * n);
    const keys = features.map((f, i) => {
      const strongest = [...answers[i]!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, ANSWER_KEY_TERMS);
      return new Set([
        // The same head, however common its words ("What is the attention mechanism?", "Explain attention").
        ...(f.head.length ? [`h:${[...f.head].sort().join(' ')}`] : []),
        ...[...titleTerms[i]!].filter(rare).map((t) => `t:${t}`),
        ...mains[i]!.filter(rare).map((t) => `a:${t}`),
        ...strongest.map(([t]) => `a:${t}`),
      ]);
    });
    const index = new Map<string, { list: number[]; heads?: Set<number> }>();
    keys.forEach((ks, i) => {
      for (const k of ks) (index.get(k) ?? index.set(k, { list: [] }).get(k)!).list.push(i);
    });
    // Two answers alone sharing a strong term are not worth a pair; a head among them is.
    for (const [key, entry] of index) if (key.startsWith('a:')) entry.heads = new Set(entry.list.filter((i) => mains[i]!.includes(key.slice(2))));
    const seen = new Int32Array(n).fill(-1);
    for (let a = 0; a < n; a++) {
      const partners: number[] = [];
      for (const k of keys[a]!) {
        const { list, heads } = index.get(k)!;
        // A pair is a head and any question of the key: `a` pairs with every question if it is a head, else with the heads.
        for (const b of !heads || heads.has(a) ? list : heads) {
          if (b > a && seen[b] !== a) {
            seen[b] = a;
            partners.push(b);
          }
        }
      }
      partners.sort((x, y) => x - y);
      for (const b of partners) yield [a, b];
    }
  }

  return {
    candidates: () => [...eachCandidate()],
    parts(i, j) {
      return { title: Math.min(coverage(i, j), coverage(j, i)), answer: cosine(answers[i]!, answers[j]!) };
    },
    scored(floor) {
      const out: { a: number; b: number; score: number }[] = [];
      for (const [a, b] of eachCandidate()) {
        const title = Math.min(coverage(a, b), coverage(b, a));
        // The answer adds at most 1 − w.title: a pair whose titles are too far apart is not scored further.
        if (w.title * title + (1 - w.title) < floor) continue;
        const score = combine(a, b, title);
        if (score >= floor) out.push({ a, b, score });
      }
      return out;
    },
    score: (i, j) => combine(i, j, Math.min(coverage(i, j), coverage(j, i))),
  };
}
