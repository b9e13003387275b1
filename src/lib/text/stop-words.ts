// Words that say little about what a question is about, in four lists, each with one job:
//   function words  English words that name nothing ("the", "is", "you"): search leaves them out
//                   of what it requires and of what it highlights;
//   question words  how a question is asked ("what is", "explain", "how does X work", "difference
//                   between"): a title need not have them, and two titles do not share a subject by them;
//   framing words   what a title adds around its subject ("the attention mechanism", "the transformer
//                   architecture", "intuition behind"): ranking looks past them, related questions do
//                   not ("the attention mechanism in GNNs" is not "the attention mechanism");
//   common words    what nearly every ML interview question says ("model", "use", "improve",
//                   "advantages"): two questions sharing them are not the same question.
// Search uses the first; ranking the first three (isFrameWord); related questions the first two and
// the last (isCommonWord). Words are compared folded (normalise.ts): "doesn't" is "doesnt", "e.g." is "eg".
import { fold } from './normalise.ts';

// Pure, so a bundle that asks only for function words leaves the other lists out.
const list = (s: string) => new Set(s.trim().split(/\s+/));

// Words that can carry meaning in ML ("not", "no", "few", "more", "over", "up", "out", "off",
// "before", "after") are not function words: "not few more out of distribution" keeps them.
const FUNCTION_WORDS = /* @__PURE__ */ list(`
  a an the and or but if of at by for with about between into through to from in on as than so such then via
  is are was were be been being am do does did doing have has had having can could should would will shall may might must
  i me my we our us you your he him his she her it its they them their this that these those there here
  what which who whom whose when where why how all any each both some also just very too instead rather
  vs versus v etc eg ie doesnt dont isnt cant`);

const QUESTION_WORDS = /* @__PURE__ */ list(`
  explain describe define definition difference differences differ differs compare comparison
  work works mean meaning concept concepts key main important importance role purpose`);

const FRAMING_WORDS = /* @__PURE__ */ list(`whats working means idea intuition behind overview basics architecture mechanism mechanisms variants`);

const COMMON_WORDS = /* @__PURE__ */ list(`
  over used use using example examples give common types type different calculate calculated calculation
  compute computed computing implement implemented implementation matter matters benefit benefits
  advantage advantages detail details llm llms model models not no e g enhance enhances improve improves
  help helps aid aids crucial critical significant effective needed need apply applied happen happens
  play plays function functions entail task tasks step steps mathematically intuitively geometrically
  conceptually practice`);

// Related questions ask about every word of every answer: each word is folded once.
const foldedWords = new Map<string, string>();
function folded(w: string): string {
  let f = foldedWords.get(w);
  if (f === undefined) foldedWords.set(w, (f = fold(w)));
  return f;
}

/** An English function word ("the", "is", "vs."), in any case and with punctuation around it. */
export const isStopWord = (w: string) => FUNCTION_WORDS.has(folded(w));

/** A word that frames a question rather than names its subject ("explain", "how", "mechanism"), or a function word. */
export function isFrameWord(w: string): boolean {
  const f = folded(w);
  return FUNCTION_WORDS.has(f) || QUESTION_WORDS.has(f) || FRAMING_WORDS.has(f);
}

/** A word that tells no two ML questions apart ("model", "advantages", "explain"), or a function word. */
export function isCommonWord(w: string): boolean {
  const f = folded(w);
  return FUNCTION_WORDS.has(f) || QUESTION_WORDS.has(f) || COMMON_WORDS.has(f);
}
