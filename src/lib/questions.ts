// Loads the question collection once per build, in reading order, with the derived data
// pages need (topic neighbours, related questions). Pages stay thin; logic lives here.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sources } from './sources';
import { topics } from './topics';
import { readingOrder, neighbours, type QuestionRef } from './navigation';
import { relatedQuestions } from './related';
import { answerText } from './content/answer';

export type QuestionEntry = CollectionEntry<'questions'>;

export interface QuestionSummary extends QuestionRef {
  topic: string;
  difficulty?: string;
  kind?: string;
  number?: number;
}

export interface Catalogue {
  all: QuestionSummary[];
  entries: Map<string, QuestionEntry>;
  byTopic: Map<string, QuestionSummary[]>;
  bySource: Map<string, QuestionSummary[]>;
  related: Map<string, { id: string; score: number }[]>;
}

let cached: Promise<Catalogue> | undefined;

export function summary(e: QuestionEntry): QuestionSummary {
  return {
    id: e.id,
    source: e.data.source,
    order: e.data.order,
    title: e.data.title,
    section: e.data.section,
    topic: e.data.topic,
    difficulty: e.data.difficulty,
    kind: e.data.kind,
    number: e.data.number,
  };
}

async function load(): Promise<Catalogue> {
  const list = await getCollection('questions');
  const entries = new Map(list.map((e) => [e.id, e]));
  const all = readingOrder(list.map(summary), sources.map((s) => s.id));
  const byTopic = new Map(topics.map((t) => [t.slug, all.filter((q) => q.topic === t.slug)]));
  const bySource = new Map(sources.map((s) => [s.id, all.filter((q) => q.source === s.id)]));
  const related = relatedQuestions(
    list.map((e) => ({ id: e.id, source: e.data.source, title: e.data.title, text: answerText(e) })),
  );
  return { all, entries, byTopic, bySource, related };
}

export function catalogue(): Promise<Catalogue> {
  cached ??= load();
  return cached;
}

/** Previous and next question within the same topic, in reading order. */
export function topicNeighbours(c: Catalogue, q: QuestionSummary) {
  return neighbours(c.byTopic.get(q.topic) ?? [], q.id, () => true);
}
