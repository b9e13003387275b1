// Synonyms and acronyms as data (content/synonyms.yaml): a question whose title says one form of
// a group ("What is Grouped-Query Attention?") is also found, and ranked as a title match, by the
// other forms ("GQA"), and a British spelling finds the American one the corpus uses. Done once,
// at build time: each question page gives Pagefind its title's other wordings as searchable
// metadata (`alt`), so a query needs no expansion and the browser no synonym list. Pure.
import { parse } from 'yaml';
import { z } from 'zod';
import { fold } from '../text/normalise.ts';
import { sameWord } from '../text/forms.ts';
import { isAcronym } from '../text/acronyms.ts';

const form = z.string().trim().min(1);
const synonymsFile = z
  .object({
    groups: z.array(z.array(form).min(2)),
    capitals_only: z.array(form).default([]),
    spellings: z.array(z.tuple([form, form])).default([]),
  })
  .strict();

export interface Synonyms {
  /** Groups of forms that name one thing (British and American spellings included). */
  groups: string[][];
  /** Forms that match only as written, in capitals ("MAP", not the "map" of "feature map"). */
  capitalsOnly: Set<string>;
}

export function parseSynonyms(text: string, file = 'content/synonyms.yaml'): Synonyms {
  const r = synonymsFile.safeParse(parse(text));
  if (!r.success) throw new Error(`${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { groups: [...r.data.groups, ...r.data.spellings], capitalsOnly: new Set(r.data.capitals_only) };
}

interface Token {
  raw: string;
  word: string;
  start: number;
  end: number;
}

/** The words of a text with where each is; a hyphen, slash or bracket separates words. */
function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ raw: m[0], word: fold(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** Where a form occurs in a title's words, as [first, last] token indexes (an inflection apart: "SVMs" is "SVM"). */
function occurrences(title: Token[], f: string, capitalsOnly: boolean): [number, number][] {
  const want = tokens(f);
  const out: [number, number][] = [];
  if (!want.length) return out;
  for (let i = 0; i + want.length <= title.length; i++) {
    const ok = want.every((w, k) => {
      const t = title[i + k]!;
      if (capitalsOnly) return t.raw === w.raw;
      // An acronym is itself or its plural ("SVMs"), not what stemming makes of it ("map" is not "MAPE").
      return isAcronym(w.raw) ? t.word === w.word || t.word === `${w.word}s` : sameWord(t.word, w.word);
    });
    if (ok) out.push([i, i + want.length - 1]);
  }
  return out;
}

/** At most this many other wordings per title: enough for every group a title names. */
const MAX_VARIANTS = 12;

/**
 * The title said with the other forms of each group it names, one replacement at a time:
 * "What is Grouped-Query Attention?" -> ["What is GQA?", "What is group query attention?"].
 */
export function titleVariants(title: string, synonyms: Synonyms): string[] {
  const words = tokens(title);
  const out = new Set<string>();
  for (const group of synonyms.groups) {
    for (const f of group) {
      for (const [a, b] of occurrences(words, f, synonyms.capitalsOnly.has(f))) {
        const before = title.slice(0, words[a]!.start);
        const after = title.slice(words[b]!.end);
        for (const other of group) {
          if (other === f) continue;
          const variant = `${before}${other}${after}`;
          if (fold(variant) !== fold(title)) out.add(variant);
        }
      }
    }
  }
  return [...out].slice(0, MAX_VARIANTS);
}
