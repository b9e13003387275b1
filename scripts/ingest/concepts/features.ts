// What a question asks, as terms the concepts grouping compares (similarity.ts): the terms of its
// title, by role, and the terms of its answer. Words go through the word library (src/lib/text)
// and what the corpus teaches (vocabulary.ts: spelled-out acronyms, joined forms); a title is first
// said in one form per synonym group (content/synonyms.yaml, the groups search uses: "model
// distillation" is "knowledge distillation").
//
//   head       the title's question: its first sentence, outside parentheses and before a qualifier
//              ("What is [perplexity] in language modeling?");
//   qualifier  a trailing phrase that puts the head in a context: "in NLP", "for deployment";
//   later      later sentences, and what follows "and how/why ..." ("What is X, and why is it important?");
//   aside      asides in parentheses, unless they only give examples ("(e.g. 4-bit, 8-bit)");
//   facets     what the title asks about its subject beyond what it is (facets.ts), first sentence
//              and later ones apart;
//   phrases    two adjacent head terms ("linear regression"), which tell siblings apart.
import { fold, isCommonWord, isFrameWord } from '../../../src/lib/text/index.ts';
import { inCanonicalForms, type Synonyms } from '../../../src/lib/search/synonyms.ts';
import { facetsOf, type Facet } from './facets.ts';
import { learnVocabulary, partsOf, termsOf, type Part, type Term, type Vocabulary } from './vocabulary.ts';

export interface ConceptText {
  id: string;
  title: string;
  /** The answer's prose (code and formulas left out). */
  text: string;
}

export interface Features {
  head: string[];
  qualifier: string[];
  later: string[];
  aside: string[];
  facets: Facet[];
  laterFacets: Facet[];
  phrases: [string, string][];
  /** Answer term -> how often the answer uses it (its first ANSWER_WORDS words). */
  answer: Map<string, number>;
}

/** Words that open a qualifier after the head ("perplexity in language modeling"). */
const QUALIFIER_START = new Set(['in', 'for', 'within', 'inside']);
/** An answer's opening says what it is about; the rest adds detail (and cost). */
const ANSWER_WORDS = 200;

/**
 * Where a title's first sentence ends: a full stop, a follow-up question joined by "and" ("What is X,
 * and why ..."), or a verb that turns to what the subject does for something else ("How does MoE
 * enhance LLM scalability?": the question is MoE).
 */
const SENTENCE_END = /[?!.;:](?=\s|$)|,?\s+and\s+(?=(?:how|why|what|when|where|which|should|does|do|is|are)\b)|\s(?<turn>enhances?|improves?|aids?|helps?|boosts?)\s/i;

/** An aside that only gives examples: "(e.g. 4-bit, 8-bit)", "(such as BERT)". */
const EXAMPLES = /^\s*(?:e\.?g\.?|i\.?e\.?|such as|like|for example)[\s,]/i;

/** A title's first sentence outside parentheses, its later sentences, and its asides in parentheses. */
export function splitTitle(title: string): { first: string; later: string; asides: string; turn: boolean } {
  const asides: string[] = [];
  const flat = title.replace(/\(([^()]*)\)/g, (_, inside: string) => {
    if (!EXAMPLES.test(inside)) asides.push(inside);
    return ' , ';
  });
  const end = SENTENCE_END.exec(flat);
  const first = end ? flat.slice(0, end.index) : flat;
  const later = end ? flat.slice(end.index + end[0].length) : '';
  return { first, later, asides: asides.join(' , '), turn: !!end?.groups?.['turn'] };
}

const strong = (terms: readonly Term[]) => [...new Set(terms.filter((t) => !t.weak).map((t) => t.term))];

/** Strong terms of a phrase of a title, and each two adjacent ones (no weak word or punctuation between). */
function phraseTerms(text: string, vocab: Vocabulary): { terms: string[]; pairs: [string, string][] } {
  const terms: string[] = [];
  const pairs: [string, string][] = [];
  for (const chunk of text.split(/[,/&;]/)) {
    let previous: string | undefined;
    for (const t of termsOf(partsOf(chunk), vocab)) {
      if (t.weak) {
        previous = undefined;
        continue;
      }
      if (previous && previous !== t.term) pairs.push([previous, t.term]);
      terms.push(t.term);
      previous = t.term;
    }
  }
  return { terms: [...new Set(terms)], pairs };
}

/** The head and qualifier of a title's first sentence ("perplexity" / "language model"). */
function headAndQualifier(first: string, vocab: Vocabulary): { head: string[]; qualifier: string[]; phrases: [string, string][] } {
  const words = first.split(/\s+/).filter(Boolean);
  // The qualifier starts at the last qualifier word with terms of the head before it.
  for (let k = words.length - 2; k >= 1; k--) {
    if (!QUALIFIER_START.has(fold(words[k]!))) continue;
    const head = phraseTerms(words.slice(0, k).join(' '), vocab);
    const qualifier = strong(termsOf(partsOf(words.slice(k + 1).join(' ')), vocab));
    if (head.terms.length && qualifier.length) return { head: head.terms, qualifier, phrases: head.pairs };
  }
  const head = phraseTerms(first, vocab);
  return { head: head.terms, qualifier: [], phrases: head.pairs };
}

/** The terms of an answer with their counts. */
function answerTerms(parts: readonly Part[], vocab: Vocabulary): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of termsOf(parts, vocab)) if (!t.weak) counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
  return counts;
}

/** The facets of a piece of a title, from its text and the words its terms stand for. */
const facetsIn = (text: string, vocab: Vocabulary) =>
  facetsOf(text, termsOf(partsOf(text), vocab).flatMap((t) => (t.word ? [t.word] : [])));

/** The features of one question (its answer given as parts), with what the corpus taught. */
export function featuresOf(title: string, answer: readonly Part[], vocab: Vocabulary): Features {
  let split = splitTitle(title);
  // "How do you improve RAG retrieval accuracy?": nothing is named before the verb, so what follows it is the question.
  if (split.turn && !headAndQualifier(split.first, vocab).head.length) {
    split = { ...split, first: `${split.first} ${split.later}`, later: '', turn: false };
  }
  const { head, qualifier, phrases } = headAndQualifier(split.first, vocab);
  // "What is an LLM?": a title that names only words common to the whole corpus asks about them.
  if (!head.length) {
    const common = termsOf(partsOf(split.first), vocab).filter((t) => t.word && isCommonWord(t.word) && !isFrameWord(t.word));
    head.push(...new Set(common.map((t) => t.term)));
  }
  const known = new Set([...head, ...qualifier]);
  const later = strong(termsOf(partsOf(split.later), vocab)).filter((t) => !known.has(t));
  for (const t of later) known.add(t);
  let aside = strong(termsOf(partsOf(split.asides), vocab)).filter((t) => !known.has(t));
  // "Regularization (L1 vs L2)": a comparison in parentheses is what the title asks.
  const asideFacets = facetsIn(split.asides, vocab);
  if (asideFacets.includes('compare')) {
    head.push(...aside);
    aside = [];
  }
  const facets = [...new Set([...facetsIn(split.first, vocab), ...asideFacets])];
  // "How does X enhance Y?" asks what X is good for.
  const asked: Facet[] = split.turn ? ['benefits', ...facetsIn(split.later, vocab)] : facetsIn(split.later, vocab);
  const laterFacets = [...new Set(asked)].filter((f) => !facets.includes(f));
  return { head, qualifier, later, aside, facets, laterFacets, phrases, answer: answerTerms(answer, vocab) };
}

/** The features of every question; the vocabulary is learned from all of them. `synonyms`: titles say each synonym group's thing in one form. */
export function conceptFeatures(items: readonly ConceptText[], synonyms?: Synonyms): Features[] {
  const answers = items.map((q) => partsOf(q.text).slice(0, ANSWER_WORDS));
  const vocab = learnVocabulary(items.map((q, i) => ({ title: q.title, text: q.text, parts: [partsOf(q.title), answers[i]!] })));
  return items.map((q, i) => featuresOf(synonyms ? inCanonicalForms(q.title, synonyms) : q.title, answers[i]!, vocab));
}
