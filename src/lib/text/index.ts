// The word library: how the site cuts text into words and decides that two words are one.
// Pure functions, no Astro or DOM: the site and Node scripts (the ingest) import it alike.
//   normalise.ts   fold, words, typedWords: cutting text into words and folding them for comparison
//   forms.ts       stem, sameWord, isFormOf, compoundParts: forms of a word, compounds
//   family.ts      familyStem: a word family as search finds it (highlighting)
//   stop-words.ts  isStopWord, isFrameWord, isCommonWord: words that say little, in layers
//   acronyms.ts    isAcronym, spells, acronymsIn: acronyms and their expansions
export * from './normalise.ts';
export * from './forms.ts';
export * from './family.ts';
export * from './stop-words.ts';
export * from './acronyms.ts';
