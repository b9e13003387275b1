// Assigns every question exactly one canonical topic, a few tags and (where the source gives none)
// a difficulty, from content/topics.yaml alone (no per-source code), so a new source is
// classified without a code change.
//
// Score per topic = section evidence + keyword evidence:
//   a source section matches one of the topic's section phrases   +6 innermost, +2 each outer one
//   each distinct keyword in the title                             +8 (+1 per extra word); broad keyword +3
//   each distinct keyword in the answer                            +1, +0.5 per repeat, at most +2 (broad: at most +1)
// The title names the subject, so one keyword there outweighs the innermost section alone (8 > 6);
// when an outer section agrees (6 + 2) they are level and the answer decides. Sections decide
// between title keywords of different topics and classify titles without one.
// Where keywords overlap, only the longest counts ("bias-variance", not also "variance").
// Words are compared as the word library compares them (src/lib/text): the same word in another
// inflection ("embeddings", "caching" for "cache"); a keyword in capitals (RAG) only in capitals.
// Highest score wins; ties go to the topic listed first; no evidence at all -> the fallback topic.
import { readFileSync } from 'node:fs';
import { fold, sameWord, stem, words } from '../../src/lib/text/index.ts';
import { parseTopicsFile, type TopicsFile } from '../../src/lib/topic-schema.ts';
import type { Root } from 'mdast';
import { IngestError, type Difficulty } from './model.ts';
import { proseOf } from './mdast/prose.ts';

export interface Classification {
  topic: string;
  tags: string[];
  /** What decided the topic: a section, keywords, both, or nothing (fallback). */
  by: 'section' | 'keywords' | 'section+keywords' | 'fallback';
  /** The question's own difficulty, else the one its source sections imply (topics file `levels`). */
  difficulty?: Difficulty;
  /** Each topic's score (topics file order), for choosing one topic for several questions. */
  scores: number[];
}

export interface Classifier {
  topics: TopicsFile;
  classify(q: { title: string; sectionPath: readonly string[]; answer: Root; difficulty?: Difficulty }): Classification;
}

interface Keyword {
  /** As written in the topics file (used as the tag). */
  label: string;
  topics: number[];
  words: number;
  /** Names a whole field ("LLM"): in a title it is usually context, not the subject. */
  broad: boolean;
}

const WEIGHTS = {
  innerSection: 6,
  outerSection: 2,
  title: 8,
  titleBroad: 3,
  answerMax: 2,
  answerBroadMax: 1,
} as const;

const MAX_TAGS = 6;

/** A keyword as a sequence of words; matched by scanning the text's words once (no big regex). */
interface Pattern {
  words: string[];
  /** The words as compared (`key`); with `caps`, as written. */
  keys: string[];
  /** Written in capitals (RAG, GAN): matches only in capitals. */
  caps: boolean;
  keyword: Keyword;
}

const normalise = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '');

/** A word as keywords are compared: folded and stemmed, so one word in any inflection ("Embeddings" -> "embed"). */
const keys = new Map<string, string>();
function key(w: string): string {
  let k = keys.get(w);
  if (k === undefined) keys.set(w, (k = stem(fold(w))));
  return k;
}

/** Whether the words of `phrase` occur in `text` as consecutive whole words, in any inflection. */
function containsPhrase(text: readonly string[], phrase: readonly string[]): boolean {
  const n = phrase.length;
  if (!n) return false;
  for (let i = 0; i + n <= text.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) ok = sameWord(fold(text[i + j]!), fold(phrase[j]!));
    if (ok) return true;
  }
  return false;
}

export function createClassifier(topics: TopicsFile): Classifier {
  // Spellings that differ only in spaces, hyphens and case ("multi-modal", "multimodal") are one
  // keyword (one tag, scored once), found by each spelling.
  const byKey = new Map<string, Keyword>();
  const spellings: { label: string; keyword: Keyword }[] = [];
  topics.topics.forEach((t, i) => {
    const addKeyword = (label: string, broad: boolean) => {
      const key = normalise(label);
      const k = byKey.get(key) ?? { label, topics: [], words: label.split(/[\s-]+/).length, broad };
      if (!k.topics.includes(i)) k.topics.push(i);
      byKey.set(key, k);
      spellings.push({ label, keyword: k });
    };
    for (const label of t.keywords) addKeyword(label, false);
    for (const label of t.broad) addKeyword(label, true);
  });
  // Patterns by their first word (folded, stemmed). A multi-word keyword is also found written as
  // one word ("multihead attention", "kmeans").
  const byFirst = new Map<string, Pattern[]>();
  const add = (ws: string[], caps: boolean, keyword: Keyword) => {
    const first = key(ws[0]!);
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push({ words: ws, keys: caps ? ws : ws.map(key), caps, keyword });
  };
  const seen = new Set<string>();
  for (const { label, keyword } of spellings) {
    const ws = words(label);
    if (!ws.length || seen.has(ws.join(' '))) continue;
    seen.add(ws.join(' '));
    const caps = /[A-Z]/.test(label) && label === label.toUpperCase();
    add(ws, caps, keyword);
    if (ws.length > 1) add([ws.join('')], caps, keyword);
  }
  const count = (text: string): Map<Keyword, number> => {
    const ws = words(text);
    const ks = ws.map(key);
    const hits: { start: number; end: number; keyword: Keyword }[] = [];
    const tryAt = (i: number, key: string) => {
      const list = byFirst.get(key);
      if (!list) return;
      for (const p of list) {
        const n = p.words.length;
        if (i + n > ws.length) continue;
        let ok = true;
        // The same word in another inflection (sameWord: one stem), or a capitalised keyword as written.
        for (let j = 0; j < n && ok; j++) ok = p.caps ? ws[i + j] === p.keys[j] || ws[i + j] === `${p.keys[j]}s` : ks[i + j] === p.keys[j];
        if (ok) hits.push({ start: i, end: i + n, keyword: p.keyword });
      }
    };
    for (let i = 0; i < ws.length; i++) {
      tryAt(i, ks[i]!);
    }
    // Only the longest of overlapping matches counts: "bias-variance" is not also "variance".
    const found = new Map<Keyword, number>();
    for (const h of hits) {
      const inside = hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start);
      if (!inside) found.set(h.keyword, (found.get(h.keyword) ?? 0) + 1);
    }
    return found;
  };
  const sectionPhrases = topics.topics.map((t) => t.sections.map(words));
  const levelPhrases = Object.entries(topics.levels).map(([level, phrases]) => ({ level: level as Difficulty, phrases: (phrases ?? []).map(words) }));

  /** The level the innermost section naming one implies ("Advanced Topics" -> advanced). */
  const levelOf = (sectionPath: readonly string[]): Difficulty | undefined => {
    for (let d = sectionPath.length - 1; d >= 0; d--) {
      const ws = words(sectionPath[d]!);
      const hit = levelPhrases.find((l) => l.phrases.some((p) => containsPhrase(ws, p)));
      if (hit) return hit.level;
    }
    return undefined;
  };

  return {
    topics,
    classify({ title, sectionPath, answer, difficulty }) {
      const score = new Array<number>(topics.topics.length).fill(0);
      const sectionScore = new Array<number>(topics.topics.length).fill(0);
      sectionPath.forEach((section, depth) => {
        const ws = words(section);
        const weight = depth === sectionPath.length - 1 ? WEIGHTS.innerSection : WEIGHTS.outerSection;
        sectionPhrases.forEach((phrases, i) => {
          if (phrases.some((p) => containsPhrase(ws, p))) sectionScore[i]! += weight;
        });
      });
      sectionScore.forEach((s, i) => (score[i]! += s));
      const tagScore = new Map<Keyword, number>();
      for (const [k] of count(title)) {
        const w = k.broad ? WEIGHTS.titleBroad : WEIGHTS.title + (k.words - 1);
        tagScore.set(k, (tagScore.get(k) ?? 0) + w);
      }
      // Code and formulas say little about the topic and cost time: score prose only.
      for (const [k, n] of count(proseOf(answer))) {
        const w = Math.min(k.broad ? WEIGHTS.answerBroadMax : WEIGHTS.answerMax, 1 + 0.5 * (n - 1));
        tagScore.set(k, (tagScore.get(k) ?? 0) + w);
      }
      for (const [k, w] of tagScore) for (const i of k.topics) score[i]! += w;

      let best = -1;
      score.forEach((s, i) => {
        if (s > 0 && (best < 0 || s > score[best]!)) best = i;
      });
      const tags = [...tagScore]
        .sort((a, b) => b[1] - a[1] || a[0].label.localeCompare(b[0].label))
        .slice(0, MAX_TAGS)
        .map(([k]) => k.label);
      const level = difficulty ?? levelOf(sectionPath);
      const extra = level ? { difficulty: level } : {};
      if (best < 0) return { topic: topics.fallback, tags, by: 'fallback', scores: score, ...extra };
      const keywordHit = [...tagScore.keys()].some((k) => k.topics.includes(best));
      return {
        topic: topics.topics[best]!.slug,
        tags,
        by: sectionScore[best]! > 0 && keywordHit ? 'section+keywords' : sectionScore[best]! > 0 ? 'section' : 'keywords',
        scores: score,
        ...extra,
      };
    },
  };
}

/** Reads content/topics.yaml (or another file) and builds the classifier; bad files are IngestErrors. */
export function loadClassifier(file: string): Classifier {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new IngestError('topics file is missing or unreadable', file);
  }
  try {
    return createClassifier(parseTopicsFile(text, file));
  } catch (e) {
    throw new IngestError((e as Error).message.replace(`${file}: `, ''), file);
  }
}
