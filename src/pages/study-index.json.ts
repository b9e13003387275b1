// /study-index.json: every question's id, title, topic and difficulty, for the study features
// (practice, saved, random). Fetched only by them; see src/lib/study/study-index.ts.
import type { APIRoute } from 'astro';
import { catalogue } from '../lib/questions';
import { topics } from '../lib/topics';
import { sources } from '../lib/sources';
import { encodeIndex, type IndexQuestion } from '../lib/study/study-index';

export const GET: APIRoute = async () => {
  const c = await catalogue();
  const used = (slug: string, m: Map<string, unknown[]>) => (m.get(slug)?.length ?? 0) > 0;
  const body = encodeIndex({
    topics: Object.fromEntries(topics.filter((t) => used(t.slug, c.byTopic)).map((t) => [t.slug, t.name])),
    sources: Object.fromEntries(sources.filter((s) => used(s.id, c.bySource)).map((s) => [s.id, s.title])),
    questions: c.all.map((q) => ({ id: q.id, title: q.title, topic: q.topic, source: q.source, difficulty: q.difficulty as IndexQuestion['difficulty'] })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
