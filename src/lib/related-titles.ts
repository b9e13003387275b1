// Titles as related questions compare them (src/lib/related.ts), normalised the way the corpus
// spells things:
//   - an expansion a title spells out next to its acronym ("Key-Value" for KV, "Mixture of
//     Experts" for MoE) counts as the acronym, in every title;
//   - a prefix is bound to its word ("self-attention" is not "self" + "attention");
//   - adjacent words are joined where the joined form is a word elsewhere ("Flash Attention" is
//     "FlashAttention", "trade-off" is "tradeoff");
//   - a title's first sentence outside parentheses is the question; later sentences ("How does it
//     improve memory efficiency?") and asides in parentheses count half.
// Word forms, stop words and acronyms are the word library's (src/lib/text/).
import { isAcronym, spells } from './text/acronyms.ts';
import { compoundParts, isBoundPrefix, stem } from './text/forms.ts';
import { dropApostrophes, JOINED_WORD } from './text/normalise.ts';
import { isCommonWord } from './text/stop-words.ts';

export interface RelatedInput {
  id: string;
  source: string;
  title: string;
  /** Plain text of the answer. */
  text: string;
}

const LATER_SENTENCE = 0.5;
const keep = (w: string) => w.length >= 2 || /\d/.test(w);

/** Lower-case words; apostrophe-s dropped, hyphenated words split into their parts, prefixes bound. */
export function splitWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(JOINED_WORD)) for (const w of compoundParts(dropApostrophes(m[0]))) if (keep(w)) out.push(w);
  return out;
}

/** Lower-case words without stop words, stemmed (answers; titles go through `titleNormaliser`). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of splitWords(text)) if (!isCommonWord(raw)) out.push(stem(raw));
  return out;
}

/** A title as sentences of tokens: words (with their original spelling) and parentheses. */
interface Token {
  word?: string;
  /** The word as written (for acronyms). */
  raw?: string;
  /** Joined to the next word by a hyphen. */
  hyphen?: boolean;
  paren?: '(' | ')';
  /** A comma, slash or ampersand: the words on either side are not one phrase. */
  gap?: boolean;
}

const TOKEN = new RegExp(`(${JOINED_WORD.source})|([()])|([?!.;:](?=\\s|$))|([,/&])`, 'gu');

function tokenize(title: string): Token[][] {
  const sentences: Token[][] = [[]];
  for (const m of title.replace(/×/g, 'x').matchAll(TOKEN)) {
    const current = sentences[sentences.length - 1]!;
    if (m[1]) {
      const pieces = dropApostrophes(m[1]).split(/[-‐–]/).filter(Boolean);
      pieces.forEach((raw, i) => current.push({ word: raw.toLowerCase(), raw, hyphen: i < pieces.length - 1 }));
    } else if (m[2]) current.push({ paren: m[2] as '(' | ')' });
    else if (m[4]) current.push({ gap: true });
    else if (current.length) sentences.push([]);
  }
  return sentences.map((s) => s.filter((t) => !t.word || keep(t.word))).filter((s) => s.some((t) => t.word));
}

/**
 * Acronyms the titles define, as the stemmed words of the expansion (as written) -> acronym term:
 * "KV (Key-Value)" and "Multi-Head Attention (MHA)" give "key valu" -> "kv", "multi head attention" -> "mha".
 */
function learnAcronyms(sentences: readonly Token[][]): Map<string, string> {
  const found = new Map<string, string>();
  const add = (acronym: string, words: string[]) => {
    if (words.length < 2) return;
    const key = words.map(stem).join(' ');
    if (!found.has(key)) found.set(key, acronym.toLowerCase());
  };
  for (const tokens of sentences) {
    tokens.forEach((t, i) => {
      if (t.paren !== '(') return;
      const close = tokens.findIndex((u, k) => k > i && u.paren === ')');
      if (close < 0) return;
      const inside = tokens.slice(i + 1, close);
      const before = tokens[i - 1];
      // ACRONYM (expansion)
      const words = inside.map((u) => u.word).filter((w): w is string => !!w);
      if (before?.raw && isAcronym(before.raw) && words.length === inside.length && spells(before.raw, words)) add(before.raw, words);
      // expansion (ACRONYM): the shortest run of words before it that spells it
      const acr = inside.length === 1 ? inside[0]!.raw : undefined;
      if (!acr || !isAcronym(acr)) return;
      const run: string[] = [];
      for (let k = i - 1; k >= 0 && tokens[k]!.word && run.length < 8; k--) {
        run.unshift(tokens[k]!.word!);
        if (spells(acr, run)) return add(acr, run);
      }
    });
  }
  return found;
}

export interface TitleTerms {
  /** Term -> weight (1 in the first sentence, LATER_SENTENCE after it and in parentheses). */
  weights: Map<string, number>;
  /** Terms of the first sentence outside parentheses, in order. */
  first: string[];
  /** linked[k]: first[k] directly follows first[k - 1] in one phrase (no stop word or comma between). */
  linked: boolean[];
}

/**
 * Normalises titles the way the corpus spells things (see the top of this file). `textWords`: the
 * words of each item's text (splitWords), when the caller has them already.
 */
export function titleNormaliser(items: readonly RelatedInput[], textWords?: readonly string[][]): (title: string) => TitleTerms {
  // Every word that occurs on its own anywhere: the joined form of two adjacent title words must be one.
  const vocabulary = new Set<string>();
  items.forEach((q, i) => {
    for (const w of splitWords(q.title)) vocabulary.add(stem(w));
    for (const w of textWords?.[i] ?? splitWords(q.text)) vocabulary.add(stem(w));
  });
  const acronyms = learnAcronyms(items.flatMap((q) => tokenize(q.title)));
  const longest = Math.max(0, ...[...acronyms.keys()].map((k) => k.split(' ').length));

  return (title) => {
    const weights = new Map<string, number>();
    const first: string[] = [];
    const linkedToPrevious: boolean[] = [];
    tokenize(title).forEach((sentence, n) => {
      // Words in parentheses are asides (examples, expansions): they count like a later sentence.
      // `gap`: a parenthesis or separator comes before the word, so it starts a new phrase.
      const words: { word: string; hyphen?: boolean; aside: boolean; gap: boolean; acronym?: boolean }[] = [];
      let depth = 0;
      let gap = false;
      for (const t of sentence) {
        if (t.word) {
          words.push({ word: t.word, hyphen: t.hyphen, aside: depth > 0, gap });
          gap = false;
        } else {
          if (t.paren) depth = Math.max(0, depth + (t.paren === '(' ? 1 : -1));
          gap = true;
        }
      }
      // 1. A spelled-out acronym is the acronym ("Key-Value Caches" -> kv cach), longest first.
      const folded: typeof words = [];
      const stems = words.map((t) => stem(t.word));
      for (let i = 0; i < words.length; i++) {
        let len = Math.min(longest, words.length - i);
        for (; len >= 2; len--) {
          const acr = acronyms.get(stems.slice(i, i + len).join(' '));
          if (acr) {
            folded.push({ word: acr, aside: words[i]!.aside, gap: words[i]!.gap, acronym: true });
            break;
          }
        }
        if (len >= 2) i += len - 1;
        else folded.push(words[i]!);
      }
      // 2. A prefix is bound to the word after it ("self-attention").
      const bound: { word: string; aside: boolean; gap: boolean; prefixed?: boolean; acronym?: boolean }[] = [];
      for (let i = 0; i < folded.length; i++) {
        const start = folded[i]!;
        let w = start.word;
        while (isBoundPrefix(folded[i]!.word) && folded[i]!.hyphen && i + 1 < folded.length) w += folded[++i]!.word;
        bound.push({ word: w, aside: start.aside, gap: start.gap, prefixed: w !== start.word, acronym: start.acronym });
      }
      // 3. Adjacent words whose joined form is a word of the corpus are that word ("flash attention").
      //    Stop words are dropped; `linked`: the term directly follows the one before, in one phrase.
      const out: { term: string; aside: boolean; linked: boolean }[] = [];
      let broken = true;
      for (let i = 0; i < bound.length; i++) {
        const a = bound[i]!;
        const b = bound[i + 1];
        const joinable = b && !b.gap && !a.prefixed && !b.prefixed && !a.acronym && !b.acronym && !isCommonWord(a.word) && !isCommonWord(b.word);
        const linked = !broken && !a.gap;
        if (joinable && vocabulary.has(stem(a.word + b.word))) {
          out.push({ term: stem(a.word + b.word), aside: a.aside && b.aside, linked });
          i++;
          broken = false;
        } else if (!isCommonWord(a.word)) {
          // An acronym stays as it is: "MAPE" is not "MAP".
          out.push({ term: a.acronym ? a.word : stem(a.word), aside: a.aside, linked });
          broken = false;
        } else broken = true;
      }
      for (const { term, aside, linked } of out) {
        const main = n === 0 && !aside;
        weights.set(term, Math.max(weights.get(term) ?? 0, main ? 1 : LATER_SENTENCE));
        if (main) {
          first.push(term);
          linkedToPrevious.push(linked && first.length > 1);
        }
      }
    });
    return { weights, first, linked: linkedToPrevious };
  };
}

