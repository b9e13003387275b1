// The question index for the study features (practice, saved, random, progress counts): one
// small JSON file built with the site (/study-index.json), fetched only by those features.
// Compact keys:
//   { v: 1, t: { [topicSlug]: topicName }, s: { [sourceId]: sourceTitle },
//     q: [[id, title, topicSlug, difficulty ("b" | "i" | "a" | ""), concept?], ...] }
// The source is the first part of the id ("<source>/<slug>"). The concept (the id of one of the
// questions that ask the same thing) is left out when it is the question's own id, which also
// reads an index written before concepts existed as one concept per question.

export interface IndexQuestion {
  id: string;
  title: string;
  topic: string;
  source: string;
  difficulty?: 'beginner' | 'intermediate' | 'advanced';
  /** Its concept's id (see src/lib/catalogue/concepts.ts). */
  concept: string;
}
export interface StudyIndex {
  topics: Record<string, string>;
  sources: Record<string, string>;
  questions: IndexQuestion[];
}
type Row = [string, string, string, string, string?];
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
    q: ix.questions.map((q): Row => {
      const row: Row = [q.id, q.title, q.topic, q.difficulty ? CODE[q.difficulty] : ''];
      if (q.concept !== q.id) row.push(q.concept);
      return row;
    }),
  };
  return JSON.stringify(wire);
}

export function decodeIndex(json: unknown): StudyIndex {
  const w = json as Wire;
  if (!w || w.v !== 1 || !Array.isArray(w.q)) throw new Error('unexpected study index');
  return {
    topics: w.t,
    sources: w.s,
    questions: w.q.map(([id, title, topic, d, concept]) => {
      const q: IndexQuestion = { id, title, topic, source: id.slice(0, id.indexOf('/')), concept: concept || id };
      const difficulty = DECODE[d];
      if (difficulty) q.difficulty = difficulty;
      return q;
    }),
  };
}
