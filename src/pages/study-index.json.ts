// /study-index.json: every question's id, title, topic, difficulty and concept, for the study
// features (practice, saved, random, progress counts). Fetched only by them; see src/lib/study/study-index.ts.
import type { APIRoute } from 'astro';
import { catalogue } from '../lib/catalogue/content';
import { encodeIndex } from '../lib/study/study-index';

export const GET: APIRoute = async () => {
  const c = await catalogue();
  const body = encodeIndex({
    topics: Object.fromEntries(c.topics.map((t) => [t.slug, t.name])),
    sources: Object.fromEntries(c.sources.map((s) => [s.id, s.title])),
    questions: c.questions.map((q) => ({ id: q.id, title: q.title, topic: q.topic, source: q.source, difficulty: q.difficulty, concept: q.concept })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
