// Puts the questions that are about the searched concept first. Pagefind ranks by the words of
// the whole page, so for "transformer" a short answer that loads "a transformer model" outranks
// "What is the Transformer architecture?": the title is weighted, but every title that says
// "transformer" gets the same boost, however much else it says. A question's title is what it is
// about, so a title that has every searched word and little else ("What is X?", "Explain X",
// "X (Long Name)") comes first. Pure, so it is tested without a browser.
import { acronymsIn } from '../text/acronyms.ts';
import { sameWord } from '../text/forms.ts';
import { fold, typedWords, words } from '../text/normalise.ts';
import { isFrameWord, isStopWord } from '../text/stop-words.ts';

/** Between the other wordings of a title in its `alt` metadata (lib/search/synonyms.ts). */
export const ALT_SEPARATOR = ' | ';

/** A result's title and its other wordings (synonyms), for ranking and for telling found words. */
export const titlesOf = (d: { meta: { title?: string; alt?: string } }): string[] =>
  [d.meta.title ?? '', ...(d.meta.alt ? d.meta.alt.split(ALT_SEPARATOR) : [])].filter(Boolean);

/** A title's words, folded, split at hyphens, slashes and brackets too: "Attention-Free" is "attention", "free". */
export const titleWords = (title: string) => words(title).map(fold);

/** Indexes of the words of a title that name its subject (not the frame, not an acronym's expansion). */
function subjectIndexes(title: string): number[] {
  const expansion = new Set(acronymsIn(words(title)).flatMap(([, run]) => run));
  return titleWords(title).flatMap((w, i) => (isFrameWord(w) || expansion.has(i) ? [] : [i]));
}

/** How many words a title's subject has: 1 for "What is RAG (Retrieval-Augmented Generation)?". */
export const titleLength = (title: string) => subjectIndexes(title).length;

/** The words of a query a title must have: those that name something. */
export function queryWords(query: string): string[] {
  return [...new Set(typedWords(query).map(fold).filter((w) => w && !isFrameWord(w)))];
}

/**
 * How far a title is from naming just the query: undefined when it lacks a searched word, else
 * the number of its other subject words (0 for "Dropout", "What is dropout?", "How does dropout work?"),
 * plus a half for each searched word it has only in another form. Given the title's other
 * wordings too (its synonyms': "What is GQA?" for "What is Grouped-Query Attention?"), the closest.
 */
export function titleDistance(query: string, title: string | readonly string[]): number | undefined {
  if (typeof title !== 'string') {
    const ds = title.map((t) => oneTitleDistance(query, t)).filter((d) => d !== undefined);
    return ds.length ? Math.min(...ds) : undefined;
  }
  return oneTitleDistance(query, title);
}

// A title that compares ("K-means vs DBSCAN", "the difference between ...") is about two things.
const COMPARES = /\b(?:vs|versus|differ\w*|compar\w*)\b/i;

function oneTitleDistance(query: string, title: string): number | undefined {
  const whole = subjectDistance(query, title);
  // A title of several questions ("What is a neural network? Explain the universal approximation
  // theorem") is first about the one that has the searched words, a little less than a title of one.
  const sentences = title.split(/(?<=[?.!])\s+/).filter(Boolean);
  let d = whole;
  if (sentences.length > 1) {
    for (const s of sentences) {
      const one = subjectDistance(query, s);
      if (one !== undefined && (d === undefined || one + 0.5 < d)) d = one + 0.5;
    }
  }
  // A comparison is further from naming one thing than its words say, unless one is searched.
  if (d !== undefined && COMPARES.test(title.replace(/\([^()]*\)/g, '')) && !COMPARES.test(query)) d += 0.5;
  return d;
}

function subjectDistance(query: string, title: string): number | undefined {
  const terms = queryWords(query);
  if (!terms.length) return undefined;
  const tw = titleWords(title);
  const named = new Set<number>();
  // A title that has a searched word only in another form is a little further off: for "bagging",
  // "What is bagging ...?" before "What is the bag-of-words model?".
  let inflected = 0;
  for (const t of terms) {
    // One word, or two or three run together: "few-shot" is searched as "fewshot".
    let hit = false;
    let exact = false;
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= tw.length; i++) {
        const word = tw.slice(i, i + n).join('');
        if (!sameWord(t, word)) continue;
        hit = true;
        exact ||= word === t;
        for (let j = i; j < i + n; j++) named.add(j);
      }
      if (hit) break;
    }
    if (!hit) return undefined;
    if (!exact) inflected += 0.5;
  }
  // A searched acronym's expansion, or a searched name's acronym, is the same subject. Part of a
  // name is not: "fine tuning" leaves "parameter efficient" of "PEFT (parameter-efficient fine
  // tuning)" unnamed, and "convolution" all of "FCN (Fully Convolutional Network)" but one word.
  let partly = 0;
  for (const [a, run] of acronymsIn(words(title))) {
    if (named.has(a) || run.every((i) => named.has(i) || isStopWord(tw[i]!))) [a, ...run].forEach((i) => named.add(i));
    else if (run.some((i) => named.has(i))) {
      partly += run.filter((i) => !named.has(i) && !isStopWord(tw[i]!)).length - 1;
    }
  }
  // A one-word name in brackets is another name for the words just before it, as an acronym is:
  // "bootstrap aggregating (bagging)" is about bagging and nothing else.
  for (const [a, run] of bracketedAliases(title)) {
    if (named.has(a)) run.forEach((i) => named.add(i));
  }
  // Words in a closing bracket qualify the subject before it ("Regularization (L1 vs L2)",
  // "Contrastive Learning (SimCLR / CLIP)"): each counts half.
  // (An acronym or a one-word name in brackets is not a qualifier but the subject's other name.)
  const names = new Set([...acronymsIn(words(title)).map(([a]) => a), ...bracketedAliases(title).map(([a]) => a)]);
  const qualifier = new Set(bracketedIndexes(title).filter((i) => !names.has(i)));
  const other = subjectIndexes(title).reduce((n, i) => (named.has(i) ? n : n + (qualifier.has(i) ? 0.5 : 1)), 0);
  return other + Math.max(0, partly) + inflected;
}

/** Indexes of the title words inside a bracket that closes the title ("... (L1 vs L2)", "... (PEFT)?"). */
function bracketedIndexes(title: string): number[] {
  const m = /\(([^()]*)\)[\s?.!]*$/.exec(title);
  if (!m) return [];
  const before = titleWords(title.slice(0, m.index)).length;
  return titleWords(m[1]!).map((_, k) => before + k);
}

// A word and its plural are the same word as typed ("LSTMs", "LSTM"); other forms are not ("bag", "bagging").
const asTyped = (t: string, w: string) => w === t || w === `${t}s` || t === `${w}s` || w === `${t}es` || t === `${w}es`;

/** The words a result says: its titles' and its text's, folded. */
export const wordsSaid = (titles: readonly string[], text: string) => new Set([...titles.flatMap(titleWords), ...words(text).map(fold)]);

/**
 * The searched words a result never says as typed (nor as its plural), in its titles or its text:
 * for "bagging", "What is a bag-of-words model?" has only "bag". A word typed as one that the
 * title writes as two or three ("fewshot" for "Few-shot") counts as said.
 */
export function unsaid(query: string, said: ReadonlySet<string>, titles: readonly string[]): string[] {
  const tw = titles.flatMap(titleWords);
  return queryWords(query).filter(
    (t) => ![...said].some((w) => asTyped(t, w)) && ![1, 2, 3].some((n) => tw.some((_, i) => i + n <= tw.length && tw.slice(i, i + n).join('') === t)),
  );
}

/** Whether a set of words says `t` as typed (or as its plural). */
export const says = (said: ReadonlySet<string>, t: string) => [...said].some((w) => asTyped(t, w));

/** How many of the searched words a title has (the most of any of its wordings), inflections included. */
export function titleCoverage(query: string, titles: readonly string[]): number {
  const terms = queryWords(query);
  return Math.max(0, ...titles.map((title) => {
    const tw = titleWords(title);
    return terms.filter((t) => tw.some((_, i) => [1, 2, 3].some((n) => i + n <= tw.length && sameWord(t, tw.slice(i, i + n).join(''))))).length;
  }));
}

/**
 * Each one-word bracketed name in a title, as [its word index, the indexes of the subject words
 * right before the bracket]: "Explain bootstrap aggregating (bagging)" gives [3, [1, 2]].
 */
export function bracketedAliases(title: string): [number, number[]][] {
  const out: [number, number[]][] = [];
  const bracket = /\(([^()]*)\)/g;
  for (let m; (m = bracket.exec(title)); ) {
    if (titleWords(m[1]!).length !== 1) continue;
    const before = titleWords(title.slice(0, m.index));
    const run: number[] = [];
    for (let i = before.length - 1; i >= 0 && !isFrameWord(before[i]!); i--) run.unshift(i);
    if (run.length) out.push([before.length, run]);
  }
  return out;
}

/**
 * The results in a better order: the titles that have every searched word and at most `maxDistance`
 * other words first, closest first, and among equally close ones the higher `tieBreak` (how many
 * of the results ask the same question); everything else, and ties, in the order given (Pagefind's).
 */
export function rerank<T>(
  items: readonly T[],
  query: string,
  titleOf: (item: T) => string | readonly string[] | undefined,
  maxDistance = Infinity,
  tieBreak: (item: T) => number = () => 0,
): T[] {
  const scored = items.map((item, i) => {
    const d = titleDistance(query, titleOf(item) ?? '');
    return { item, i, d: d !== undefined && d <= maxDistance ? d : Infinity, t: tieBreak(item) };
  });
  return scored.sort((a, b) => (a.d !== b.d ? (a.d < b.d ? -1 : 1) : a.d !== Infinity && a.t !== b.t ? b.t - a.t : a.i - b.i)).map((s) => s.item);
}
