// Assigns every question exactly one canonical topic and a few tags, from content/topics.yaml
// alone (no per-source code), so a new source is classified without a code change.
//
// Score per topic = section evidence + keyword evidence:
//   innermost source section matches one of the topic's section phrases   +6
//   an outer source section matches                                        +3
//   each distinct keyword in the title                                     +4 (+1 per extra word)
//   each distinct keyword in the answer                                    +1, +0.5 per repeat, at most +2
// Highest score wins; ties go to the topic listed first; no evidence at all -> the fallback topic.
import { readFileSync } from 'node:fs';
import { parseTopicsFile, type TopicsFile } from '../../src/lib/topic-schema.ts';
import { IngestError } from './model.ts';

export interface Classification {
  topic: string;
  tags: string[];
  /** What decided the topic: a section, keywords, both, or nothing (fallback). */
  by: 'section' | 'keywords' | 'section+keywords' | 'fallback';
}

export interface Classifier {
  topics: TopicsFile;
  classify(q: { title: string; sectionPath: readonly string[]; body: string }): Classification;
}

interface Keyword {
  /** As written in the topics file (used as the tag). */
  label: string;
  topics: number[];
  words: number;
}

const MAX_TAGS = 6;

/** Words of a text (letters and digits); hyphens, slashes and apostrophes separate words. */
const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string) => text.match(WORD) ?? [];

/** A keyword as a sequence of words; matched by scanning the text's words once (no big regex). */
interface Pattern {
  words: string[];
  /** Written in capitals (RAG, GAN): matches only in capitals. */
  caps: boolean;
  keyword: Keyword;
}

const normalise = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '');

export function createClassifier(topics: TopicsFile): Classifier {
  const byKey = new Map<string, Keyword>();
  topics.topics.forEach((t, i) => {
    for (const label of t.keywords) {
      const key = normalise(label);
      const k = byKey.get(key) ?? { label, topics: [], words: label.split(/[\s-]+/).length };
      if (!k.topics.includes(i)) k.topics.push(i);
      byKey.set(key, k);
    }
  });
  // Patterns by their first word (lower case). A multi-word keyword is also found written as
  // one word ("multihead attention", "kmeans"); the last word may take a plural s/es.
  const byFirst = new Map<string, Pattern[]>();
  const add = (ws: string[], caps: boolean, keyword: Keyword) => {
    const first = ws[0]!.toLowerCase();
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push({ words: ws, caps, keyword });
  };
  for (const k of byKey.values()) {
    const ws = words(k.label);
    if (!ws.length) continue;
    const caps = /[A-Z]/.test(k.label) && k.label === k.label.toUpperCase();
    add(ws, caps, k);
    if (ws.length > 1) add([ws.join('')], caps, k);
  }
  const same = (word: string, want: string, caps: boolean, last: boolean) => {
    const w = caps ? word : word.toLowerCase();
    const t = caps ? want : want.toLowerCase();
    return w === t || (last && (w === `${t}s` || w === `${t}es`));
  };
  const count = (text: string): Map<Keyword, number> => {
    const found = new Map<Keyword, number>();
    const ws = words(text);
    const tryAt = (i: number, key: string) => {
      const list = byFirst.get(key);
      if (!list) return;
      for (const p of list) {
        const n = p.words.length;
        if (i + n > ws.length) continue;
        let ok = true;
        for (let j = 0; j < n && ok; j++) ok = same(ws[i + j]!, p.words[j]!, p.caps, j === n - 1);
        if (ok) found.set(p.keyword, (found.get(p.keyword) ?? 0) + 1);
      }
    };
    for (let i = 0; i < ws.length; i++) {
      const lower = ws[i]!.toLowerCase();
      tryAt(i, lower);
      // A one-word keyword in the plural: "embeddings", "biases".
      if (lower.endsWith('s') && lower.length > 3) {
        tryAt(i, lower.slice(0, -1));
        if (lower.endsWith('es')) tryAt(i, lower.slice(0, -2));
      }
    }
    return found;
  };
  const sectionPhrases = topics.topics.map((t) => t.sections.map((s) => s.toLowerCase()));

  return {
    topics,
    classify({ title, sectionPath, body }) {
      const score = new Array<number>(topics.topics.length).fill(0);
      let sectionHit = false;
      sectionPath.forEach((section, depth) => {
        const s = section.toLowerCase();
        const weight = depth === sectionPath.length - 1 ? 6 : 3;
        sectionPhrases.forEach((phrases, i) => {
          if (phrases.some((p) => s.includes(p))) {
            score[i]! += weight;
            sectionHit = true;
          }
        });
      });
      const tagScore = new Map<Keyword, number>();
      for (const [k] of count(title)) {
        const w = 4 + (k.words - 1);
        tagScore.set(k, (tagScore.get(k) ?? 0) + w);
      }
      // Code and formulas say little about the topic and cost time: score prose only.
      const prose = body.replace(/```[\s\S]*?```/g, ' ').replace(/\$\$[\s\S]*?\$\$/g, ' ');
      for (const [k, n] of count(prose)) {
        const w = Math.min(2, 1 + 0.5 * (n - 1));
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
      if (best < 0) return { topic: topics.fallback, tags, by: 'fallback' };
      const keywordHit = [...tagScore.keys()].some((k) => k.topics.includes(best));
      return {
        topic: topics.topics[best]!.slug,
        tags,
        by: sectionHit && keywordHit ? 'section+keywords' : sectionHit ? 'section' : 'keywords',
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
