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
  // A spelling pair American first: the form the corpus uses is the one a group is said in (inCanonicalForms).
  const spellings = r.data.spellings.map(([british, american]) => [american, british]);
  return { groups: [...r.data.groups, ...spellings], capitalsOnly: new Set(r.data.capitals_only) };
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

/** A form's words, each marked when it is an acronym; made once per form (every title and answer is matched against every form). */
const formWords = new Map<string, (Token & { acronym: boolean })[]>();
function wordsOfForm(f: string) {
  let w = formWords.get(f);
  if (!w) formWords.set(f, (w = tokens(f).map((t) => ({ ...t, acronym: isAcronym(t.raw) }))));
  return w;
}

/** Where a form occurs in a title's words, as [first, last] token indexes (an inflection apart: "SVMs" is "SVM"). */
function occurrences(title: Token[], f: string, capitalsOnly: boolean): [number, number][] {
  const want = wordsOfForm(f);
  const out: [number, number][] = [];
  if (!want.length) return out;
  for (let i = 0; i + want.length <= title.length; i++) {
    const ok = want.every((w, k) => {
      const t = title[i + k]!;
      if (capitalsOnly) return t.raw === w.raw;
      // An acronym is itself or its plural ("SVMs"), not what stemming makes of it ("map" is not "MAPE").
      return w.acronym ? t.word === w.word || t.word === `${w.word}s` : sameWord(t.word, w.word);
    });
    if (ok) out.push([i, i + want.length - 1]);
  }
  return out;
}

/**
 * Each group's canonical form (its first form no other group has) and the forms said in it: those
 * no other group has, and not made of the canonical form's words only ("KL" for "KL divergence"
 * could be short for more than the group's thing: "KL penalty"). Made once per synonyms file.
 */
const canonical = new WeakMap<Synonyms, { to: string; toWords: Token[]; forms: string[] }[]>();
function canonicalForms(synonyms: Synonyms) {
  let c = canonical.get(synonyms);
  if (c) return c;
  const groupsOf = new Map<string, number>();
  for (const g of synonyms.groups) for (const f of new Set(g.map(fold))) groupsOf.set(f, (groupsOf.get(f) ?? 0) + 1);
  c = [];
  for (const group of synonyms.groups) {
    const to = group.find((f) => groupsOf.get(fold(f)) === 1);
    if (!to) continue;
    const toWords = wordsOfForm(to);
    const forms = group.filter((f) => groupsOf.get(fold(f)) === 1 && (f === to || !wordsOfForm(f).every((w) => toWords.some((x) => x.word === w.word))));
    c.push({ to, toWords, forms });
  }
  canonical.set(synonyms, c);
  return c;
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

/**
 * The text with every form of a group said as the group's first form that no other group has
 * ("What is model distillation?" -> "What is knowledge distillation?"), so that two wordings of one
 * thing are one term for whoever compares texts (the concepts). A form that several groups share
 * ("MAE") stays as written, and so does a form written across brackets; where forms overlap, the
 * longest wins ("KL divergence", not "KL").
 */
export function inCanonicalForms(text: string, synonyms: Synonyms): string {
  const words = tokens(text);
  if (!words.length) return text;
  const found: { a: number; b: number; to: string }[] = [];
  for (const { to, toWords, forms } of canonicalForms(synonyms)) {
    for (const f of forms) {
      for (const [a, b] of occurrences(words, f, synonyms.capitalsOnly.has(f))) {
        const between = text.slice(words[a]!.start, words[b]!.end).replace(/[\p{L}\p{N}]+/gu, '');
        // Already the canonical words, an inflection apart ("models" needs no "modeling").
        const same = b - a + 1 === toWords.length && toWords.every((w, k) => sameWord(words[a + k]!.word, w.word));
        if (/^[\s\-‐–]*$/.test(between)) found.push({ a, b, to: same ? text.slice(words[a]!.start, words[b]!.end) : to });
      }
    }
  }
  found.sort((x, y) => x.a - y.a || y.b - x.b);
  let out = '';
  let at = 0;
  let next = 0;
  for (const m of found) {
    if (m.a < next) continue;
    out += text.slice(at, words[m.a]!.start) + m.to;
    at = words[m.b]!.end;
    next = m.b + 1;
  }
  return out + text.slice(at);
}
