// Words as the site compares them. One home for how text is cut into words and how a word is
// folded before two are compared, for related questions, search ranking, matching, highlighting
// and classification. Pure, no imports: Node scripts (the ingest) and browser code use it alike.

/** A word as search compares it: lower case, no accents, no punctuation ("TF-IDF," -> "tfidf", "Café" -> "cafe"). */
export function fold(w: string): string {
  return w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '');
}

/** The words of a text as written: runs of letters and digits ("GPT-4o's" -> "GPT", "4o", "s"). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

// A word as a reader types it: letters and digits, with -, ., ' and _ inside ("gpt-4", "e.g", "is_causal").
const TYPED = /[\p{L}\p{N}][\p{L}\p{N}_'.-]*/gu;
const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The words of a query as typed, lower case, without the punctuation around them ("e.g. GPT-4?" -> "e.g", "gpt-4"). */
export function typedWords(text: string): string[] {
  return (text.match(TYPED) ?? []).map(bare).filter(Boolean);
}

/** A written word: letters and digits, with apostrophes and hyphens inside ("bias-variance", "model's"). */
export const JOINED_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*(?:[-‐–][\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)*/gu;

/** A written word without its apostrophes and possessive s ("model's" -> "model", "doesn't" -> "doesnt"). */
export const dropApostrophes = (w: string) => (/['’]/.test(w) ? w.replace(/['’]s$/i, '').replace(/['’]/g, '') : w);

/** A written word folded whole and each of its parts ("production-grade." -> "productiongrade", "production", "grade"). */
export function foldedParts(w: string): string[] {
  const parts = w.split(/[\s\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]+/u).map(fold);
  return [...new Set([fold(w), ...parts])].filter(Boolean);
}
