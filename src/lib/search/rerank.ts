// Puts the questions that are about the searched concept first. Pagefind ranks by the words of
// the whole page, so for "transformer" a short answer that loads "a transformer model" outranks
// "What is the Transformer architecture?": the title is weighted, but every title that says
// "transformer" gets the same boost, however much else it says. A question's title is what it is
// about, so a title that has every searched word and little else ("What is X?", "Explain X",
// "X (Long Name)") comes first. Pure, so it is tested without a browser.
import { normalizeWord } from './match';
import { isStopWord } from './state';

/**
 * Words that frame a question rather than name its subject: "What is", "Explain", "How does X
 * work", "the X mechanism". A title need not have them, and they do not make it longer.
 */
const FRAME = new Set(
  (
    'what whats is are explain describe define definition how does do why difference differences between ' +
    'work works working mean means meaning concept idea intuition behind overview basics main key ' +
    'architecture mechanism mechanisms important'
  ).split(' '),
);
const isFrame = (w: string) => FRAME.has(w) || isStopWord(w);

// Small words an acronym may skip ("Reinforcement Learning from Human Feedback" is RLHF).
const SKIPPABLE = new Set('of from and the for with in on to by a an'.split(' '));

/** A title's words, split at hyphens, slashes and brackets too: "Attention-Free" is "attention", "free". */
export function titleWords(title: string): string[] {
  return title
    .split(/[\s\p{Pd}/()[\]{}&,.:;?!"“”‘’'+|]+/u)
    .map(normalizeWord)
    .filter(Boolean);
}

/** Whether `letters` spell the starts of words[from..to) ("lora": "low", "rank", "adaptation"). */
function spells(letters: string, words: readonly string[], from: number, to: number): boolean {
  if (!letters) return from === to;
  if (from >= to) return false;
  const w = words[from]!;
  // Each word gives the acronym its first letter or a few more ("LoRA" takes "lo" from "low").
  for (let n = Math.min(w.length, letters.length); n >= 1; n--) {
    if (letters.startsWith(w.slice(0, n)) && spells(letters.slice(n), words, from + 1, to)) return true;
  }
  return SKIPPABLE.has(w) && from > 0 && spells(letters, words, from + 1, to);
}

/**
 * Title words that spell out an acronym of the same title ("Retrieval Augmented Generation" for
 * "RAG", "Key Value" for "KV"), each as [acronym index, expansion indexes].
 */
export function acronyms(words: readonly string[]): [number, number[]][] {
  const out: [number, number[]][] = [];
  for (const [ai, a] of words.entries()) {
    if (!/^[a-z]{2,6}$/.test(a)) continue;
    const letters = a.replace(/(?<=..)s$/, ''); // "GANs", "LLMs"
    for (let from = 0; from < words.length; from++) {
      if (from === ai || SKIPPABLE.has(words[from]!)) continue;
      // The longest run: "LoRA" is "Low-Rank Adaptation", not "Low-Rank" ("lo" + "ra").
      for (let to = Math.min(words.length, from + letters.length + 2); to >= from + 2; to--) {
        if (ai >= from && ai < to) continue;
        if (spells(letters, words, from, to) || (letters !== a && spells(a, words, from, to))) {
          out.push([ai, Array.from({ length: to - from }, (_, k) => from + k)]);
          break;
        }
      }
    }
  }
  return out;
}

/** Indexes of the words that name the subject (not the frame, not an acronym's expansion). */
function subjectIndexes(words: readonly string[]): number[] {
  const expansion = new Set(acronyms(words).flatMap(([, run]) => run));
  return words.flatMap((w, i) => (isFrame(w) || expansion.has(i) ? [] : [i]));
}

/** How many words a title's subject has: 1 for "What is RAG (Retrieval-Augmented Generation)?". */
export const titleLength = (title: string) => subjectIndexes(titleWords(title)).length;

// Endings by which two forms of one word differ: "transformers", "caching"/"cache", "strategies".
const INFLECTIONS = new Set(['', 's', 'es', 'e', 'ed', 'ing', 'ings', 'er', 'ers', 'y', 'ies', 'ied']);

/**
 * Whether a title word is the searched word or an inflection of it. Stricter than Pagefind's
 * match: "token" is not "tokenization" and "AdamW" is not "Adam".
 */
export function sameWord(term: string, word: string): boolean {
  let k = 0;
  while (k < term.length && term[k] === word[k]) k++;
  if (k < Math.min(3, term.length)) return false;
  const rest = (s: string) => INFLECTIONS.has(s);
  const a = term.slice(k);
  const b = word.slice(k);
  // "overfitting"/"overfit", "running"/"run": the doubled consonant belongs to the ending.
  const undouble = (s: string) => (s.length > 1 && s[0] === term[k - 1] ? s.slice(1) : s);
  return (rest(a) || rest(undouble(a))) && (rest(b) || rest(undouble(b)));
}

/** The words of a query a title must have: those that name something. */
export function queryWords(query: string): string[] {
  const words = query.replace(/"/g, ' ').split(/\s+/).map(normalizeWord).filter(Boolean);
  return [...new Set(words.filter((w) => !isFrame(w)))];
}

/**
 * How far a title is from naming just the query: undefined when it lacks a searched word, else
 * the number of its other subject words (0 for "Dropout", "What is dropout?", "How does dropout work?"),
 * plus a half for each searched word it has only in another form.
 */
export function titleDistance(query: string, title: string): number | undefined {
  const terms = queryWords(query);
  if (!terms.length) return undefined;
  const words = titleWords(title);
  const named = new Set<number>();
  // A title that has a searched word only in another form is a little further off: for "bagging",
  // "What is bagging ...?" before "What is the bag-of-words model?".
  let inflected = 0;
  for (const t of terms) {
    // One word, or two or three run together: "few-shot" is searched as "fewshot".
    let hit = false;
    let exact = false;
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= words.length; i++) {
        const word = words.slice(i, i + n).join('');
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
  // A searched acronym's expansion, or a searched name's acronym, is the same subject; one word
  // of a name is not ("convolution" in "FCN (Fully Convolutional Network)").
  for (const [a, run] of acronyms(words)) {
    if (named.has(a) || run.every((i) => named.has(i) || SKIPPABLE.has(words[i]!))) [a, ...run].forEach((i) => named.add(i));
  }
  // A one-word name in brackets is another name for the words just before it, as an acronym is:
  // "bootstrap aggregating (bagging)" is about bagging and nothing else.
  for (const [a, run] of bracketedAliases(title)) {
    if (named.has(a)) run.forEach((i) => named.add(i));
  }
  return subjectIndexes(words).filter((i) => !named.has(i)).length + inflected;
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
    for (let i = before.length - 1; i >= 0 && !isFrame(before[i]!); i--) run.unshift(i);
    if (run.length) out.push([before.length, run]);
  }
  return out;
}

/**
 * The results in a better order: the titles that have every searched word and at most `maxDistance`
 * other words first, closest first; everything else, and ties, in the order given (Pagefind's).
 */
export function rerank<T>(items: readonly T[], query: string, titleOf: (item: T) => string | undefined, maxDistance = Infinity): T[] {
  const scored = items.map((item, i) => {
    const d = titleDistance(query, titleOf(item) ?? '');
    return { item, i, d: d !== undefined && d <= maxDistance ? d : Infinity };
  });
  return scored.sort((a, b) => (a.d === b.d ? a.i - b.i : a.d < b.d ? -1 : 1)).map((s) => s.item);
}
