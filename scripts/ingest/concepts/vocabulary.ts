// What the corpus teaches about its own words, for the concepts' features (features.ts):
//   - acronyms it spells out, in a title ("What is LoRA (Low-Rank Adaptation)?") or an answer
//     ("... Multi-Head Attention (MHA) ..."): the spelled-out words are the acronym everywhere;
//   - joined forms: words written apart and together are one term where the corpus writes them as
//     one word or hyphenated somewhere ("Flash Attention" / "FlashAttention", "bias vs variance" /
//     "bias-variance", "chain of thought" / "chain-of-thought").
// And how a text becomes terms with what it taught (termsOf). Words are the word library's
// (src/lib/text): folded, stemmed, function, question and common words marked.
import { acronymsIn, dropApostrophes, fold, isAcronym, isCommonWord, isFrameWord, isStopWord, JOINED_WORD, spells, stem } from '../../../src/lib/text/index.ts';

// Words that say how a question is asked, not what about, beyond the word library's question and
// common words: "What defines an LLM?", "Why is attention called attention?", "the vanishing
// gradient problem", "the chinchilla paper's main finding", and the parts of a whole that a
// question may walk through without asking something else ("LSTM internals", "RAG pipeline").
const ASKING = new Set(
  ('define defines defined call called core suitable determine determines manage manages handle handles handling ' +
    'process useful during instead basic like show list discuss problem phenomenon really actually exactly main ' +
    'internals pipeline steps components design system overview fundamentals principle principles paper finding ' +
    'findings method methods technique techniques approach approaches').split(' '),
);

/** Longest run of words a spelled-out acronym may take. */
const LONGEST_ACRONYM = 6;
/** Longest run of words (small words included) a joined form may take. */
const LONGEST_JOIN = 3;

/** One word of a text, as a part of a written word ("Multi-Head" gives "Multi" and "Head"). */
export interface Part {
  raw: string;
  /** Folded, then stemmed; an acronym folded only. */
  stem: string;
  folded: string;
  acronym: boolean;
  /** Joined to the next part by a hyphen in the text. */
  hyphen: boolean;
  /** A function word ("of", "and", "vs"). */
  small: boolean;
  /** Says little on its own: a question, framing, common or asking word, or a lone letter. */
  weak: boolean;
}

/** An acronym's term: folded, without a plural s, not stemmed ("GANs" is "gan"; "MAPE" is not "map"). */
export const acronymTerm = (raw: string) => fold(raw).replace(/(?<=..)s$/, '');

/** A word the library or this file sets aside, also in the plural ("architectures", "mechanisms"). */
function saysLittle(raw: string, folded: string): boolean {
  const singular = folded.length > 3 && folded.endsWith('s') && !folded.endsWith('ss') ? folded.slice(0, -1) : folded;
  return [raw, singular].some((w) => isCommonWord(w) || isFrameWord(w)) || ASKING.has(folded) || ASKING.has(singular);
}

// One Part per written word and hyphen flag: texts share most of their words.
const cache = [new Map<string, Part>(), new Map<string, Part>()];

function part(raw: string, hyphen: boolean): Part {
  const byRaw = cache[hyphen ? 1 : 0]!;
  let p = byRaw.get(raw);
  if (!p) {
    const folded = fold(raw);
    const acronym = isAcronym(raw);
    p = {
      raw,
      folded,
      acronym,
      stem: acronym ? acronymTerm(raw) : stem(folded),
      hyphen,
      small: isStopWord(raw),
      weak: saysLittle(raw, folded) || (folded.length < 2 && !/\d/.test(folded)),
    };
    byRaw.set(raw, p);
  }
  return p;
}

/** The words of a text, in order, hyphenated words in their parts ("1×1" is "1x1"). */
export function partsOf(text: string): Part[] {
  const out: Part[] = [];
  for (const m of text.replace(/×/g, 'x').matchAll(JOINED_WORD)) {
    const w = m[0];
    if (!/[-‐–'’]/.test(w)) {
      out.push(part(w, false));
      continue;
    }
    const pieces = dropApostrophes(w).split(/[-‐–]/).filter(Boolean);
    pieces.forEach((raw, i) => out.push(part(raw, i < pieces.length - 1)));
  }
  return out;
}

export interface Vocabulary {
  /** Stems of a spelled-out acronym without its small words, joined by spaces -> the acronym's term. */
  acronyms: Map<string, string>;
  /** The first stem of each spelled-out acronym. */
  acronymStarts: Set<string>;
  /** Words the corpus writes as one word or hyphenated, folded ("flashattention", "biasvariance"). */
  joined: Set<string>;
  /** Every acronym's term: a word stemmed to one of them keeps its own form ("clipping" is not "CLIP"). */
  acronymForms: Set<string>;
}

/** The one term of words written as one: "Bias-Variance", "bias variance", "biasvariance". */
const joinedTerm = (folded: string) => stem(folded);
const acronymKey = (parts: readonly Part[]) => parts.filter((p) => !p.small).map((p) => p.stem).join(' ');

/** An acronym in parentheses in an answer: "... Multi-Head Attention (MHA) ...". */
const IN_PARENTHESES = /\(([\p{L}\p{N}]{2,8})\)/gu;
/** How far before "(ACR)" its spelled-out words may start. */
const SPELLED_WITHIN = 80;

/** What a corpus of questions teaches, from their titles and answers (both as text and as parts). */
export function learnVocabulary(items: readonly { title: string; text: string; parts: readonly Part[][] }[]): Vocabulary {
  const acronyms = new Map<string, string>();
  const learn = (parts: readonly Part[], acronym: string) => {
    const key = acronymKey(parts);
    if (key.includes(' ') && !acronyms.has(key)) acronyms.set(key, acronymTerm(acronym));
  };
  const joined = new Set<string>();
  const acronymForms = new Set<string>();
  for (const q of items) {
    const title = q.parts[0]!;
    // An acronym stands for its longest expansion: "Advantage Actor-Critic (A2C)", not "Actor-Critic".
    const longest = new Map<number, number[]>();
    for (const [a, expansion] of acronymsIn(title.map((p) => p.raw))) {
      if (expansion.length <= LONGEST_ACRONYM && expansion.length > (longest.get(a)?.length ?? 0)) longest.set(a, expansion);
    }
    for (const [a, expansion] of longest) learn(expansion.map((i) => title[i]!), title[a]!.raw);
    for (const m of q.text.matchAll(IN_PARENTHESES)) {
      if (!isAcronym(m[1]!)) continue;
      const before = partsOf(q.text.slice(Math.max(0, m.index - SPELLED_WITHIN), m.index).split(/[.,;:()]/).at(-1)!).slice(-LONGEST_ACRONYM);
      for (let n = before.length; n >= 2; n--) {
        const run = before.slice(-n);
        if (spells(m[1]!, run.map((p) => p.folded))) {
          learn(run, m[1]!);
          break;
        }
      }
    }
    for (const parts of q.parts) {
      let group = '';
      for (const p of parts) {
        if (p.acronym) acronymForms.add(p.stem);
        joined.add(p.folded);
        group += p.folded;
        if (!p.hyphen) {
          joined.add(group);
          group = '';
        }
      }
    }
  }
  for (const a of acronyms.values()) acronymForms.add(a);
  return { acronyms, acronymStarts: new Set([...acronyms.keys()].map((k) => k.split(' ')[0]!)), joined, acronymForms };
}

/** A term of a text; a weak one says little on its own (see Part). */
export interface Term {
  term: string;
  weak: boolean;
  /** The folded word a one-word term stands for; none for a joined term or a spelled-out acronym. */
  word?: string;
}

/** The spelled-out acronym that starts at parts[i], with how many parts it takes, small words included. */
function acronymAt(parts: readonly Part[], i: number, vocab: Vocabulary): [string, number] | undefined {
  if (parts[i]!.small || !vocab.acronymStarts.has(parts[i]!.stem)) return undefined;
  let best: [string, number] | undefined;
  let key = '';
  let words = 0;
  for (let k = i; k < parts.length && words < LONGEST_ACRONYM; k++) {
    if (parts[k]!.small) continue;
    key = words ? `${key} ${parts[k]!.stem}` : parts[k]!.stem;
    if (++words < 2) continue;
    const acr = vocab.acronyms.get(key);
    if (acr) best = [acr, k - i + 1];
  }
  return best;
}

/** Words written hyphenated, or apart where the corpus writes them as one term, starting at parts[i]. */
function joinedAt(parts: readonly Part[], i: number, vocab: Vocabulary): [string, number] | undefined {
  // A hyphenated word is one term, whatever the corpus says ("multi-head", "tf-idf").
  let end = i;
  let folded = parts[i]!.folded;
  while (parts[end]!.hyphen && end + 1 < parts.length) folded += parts[++end]!.folded;
  if (end > i) return [joinedTerm(folded), end - i + 1];
  if (parts[i]!.small || parts[i]!.weak) return undefined;
  // "Flash Attention", "chain of thought" (as "chain-of-thought"), "bias vs variance" (as "bias-variance").
  let best: [string, number] | undefined;
  let all = parts[i]!.folded;
  let content = all;
  for (let n = 2; n <= LONGEST_JOIN && i + n <= parts.length; n++) {
    const p = parts[i + n - 1]!;
    if (parts[i + n - 2]!.hyphen) break;
    all += p.folded;
    if (!p.small) content += p.folded;
    if (p.small || p.weak) continue;
    // Written as one somewhere, as is or in the plural ("FlashAttention", "trade-offs").
    for (const candidate of n > 2 ? [all, content] : [all]) {
      if (vocab.joined.has(candidate) || vocab.joined.has(`${candidate}s`)) best = [joinedTerm(candidate), n];
    }
  }
  return best;
}

/** The terms of some words: spelled-out acronyms as the acronym, joined forms as one term. */
export function termsOf(parts: readonly Part[], vocab: Vocabulary): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < parts.length; ) {
    const acronym = acronymAt(parts, i, vocab);
    if (acronym) {
      out.push({ term: acronym[0], weak: false });
      i += acronym[1];
      continue;
    }
    const joined = joinedAt(parts, i, vocab);
    if (joined) {
      const run = parts.slice(i, i + joined[1]);
      // "K-means" is a name though "k" and "means" say little alone; "of-the" is not.
      out.push({ term: joined[0], weak: run.every((p) => p.small) || run.every((p) => p.weak && p.folded.length > 1) });
      i += joined[1];
      continue;
    }
    const p = parts[i]!;
    const collides = p.stem !== p.folded && !p.acronym && vocab.acronymForms.has(p.stem);
    out.push({ term: collides ? p.folded : p.stem, weak: p.weak || p.small, word: p.folded });
    i++;
  }
  return out;
}
