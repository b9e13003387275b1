// The question index for the study features (practice, saved, random): one small JSON file
// built with the site (/study-index.json), fetched only by those features. Compact keys:
//   { v: 1, t: { [topicSlug]: topicName }, s: { [sourceId]: sourceTitle },
//     q: [[id, title, topicSlug, difficulty ("b" | "i" | "a" | "")], ...] }
// The source is the first part of the id ("<source>/<slug>").
import { standing } from './due';
import type { CardEntry } from './state';

export interface IndexQuestion {
  id: string;
  title: string;
  topic: string;
  source: string;
  difficulty?: 'beginner' | 'intermediate' | 'advanced';
}
export interface StudyIndex {
  topics: Record<string, string>;
  sources: Record<string, string>;
  questions: IndexQuestion[];
}
type Row = [string, string, string, string];
interface Wire {
  v: 1;
  t: Record<string, string>;
  s: Record<string, string>;
  q: Row[];
}

const CODE = { beginner: 'b', intermediate: 'i', advanced: 'a' } as const;
const DECODE: Record<string, IndexQuestion['difficulty']> = { b: 'beginner', i: 'intermediate', a: 'advanced' };

export function encodeIndex(ix: StudyIndex): string {
  const wire: Wire = {
    v: 1,
    t: ix.topics,
    s: ix.sources,
    q: ix.questions.map((q) => [q.id, q.title, q.topic, q.difficulty ? CODE[q.difficulty] : '']),
  };
  return JSON.stringify(wire);
}

export function decodeIndex(json: unknown): StudyIndex {
  const w = json as Wire;
  if (!w || w.v !== 1 || !Array.isArray(w.q)) throw new Error('unexpected study index');
  return {
    topics: w.t,
    sources: w.s,
    questions: w.q.map(([id, title, topic, d]) => {
      const q: IndexQuestion = { id, title, topic, source: id.slice(0, id.indexOf('/')) };
      const difficulty = DECODE[d];
      if (difficulty) q.difficulty = difficulty;
      return q;
    }),
  };
}

export interface PracticeFilter {
  topics?: string[];
  sources?: string[];
  /** A difficulty, or "unrated"; empty for any. */
  difficulty?: string;
  only?: 'all' | 'due' | 'new' | 'saved' | 'not-learned';
}

/** The questions a practice session draws from ("due": cards due by `now`, see due.ts; "new": never reviewed). */
export function selectQuestions(
  qs: IndexQuestion[],
  f: PracticeFilter,
  study: { saved: Record<string, unknown>; learned: Record<string, unknown>; cards: Record<string, CardEntry> },
  now = Date.now(),
): IndexQuestion[] {
  return qs.filter(
    (q) =>
      (!f.topics?.length || f.topics.includes(q.topic)) &&
      (!f.sources?.length || f.sources.includes(q.source)) &&
      (!f.difficulty || (q.difficulty ?? 'unrated') === f.difficulty) &&
      (f.only !== 'saved' || q.id in study.saved) &&
      (f.only !== 'due' || standing(study.cards[q.id], now) === 'due') &&
      (f.only !== 'new' || !study.cards[q.id]) &&
      (f.only !== 'not-learned' || !(q.id in study.learned)),
  );
}
