// The catalogue: everything the pages derive from the question files, computed once per build.
// Pages lay out what it gives them; none of them filters, groups, orders or links questions itself.
//
// Pure: it takes the question files, topics and sources as arguments (src/lib/catalogue/content.ts
// passes Astro's collection; tests pass tests/fixtures/site/). One concern per file:
//   question.ts    QuestionFile (input) and QuestionSummary
//   order.ts       reading order
//   concepts.ts    concepts: the questions that ask the same thing, across and within sources
//   subtopics.ts   a topic's concepts under its subtopics
//   listing.ts     the topics and sources that have questions, with their questions and concepts
//   sections.ts    a source's sections and their heading anchors
//   neighbours.ts  previous / next, concept by concept
//   breadcrumbs.ts the trail of each kind of page
//   site-map.ts    every page's path
// Related questions come from ../related.ts (text similarity), resolved to summaries here.
// To grow it, add a file that computes the new index from the same input and a field or
// accessor below; existing accessors keep their meaning.
import type { TopicInfo } from '../topics';
import type { SourceInfo } from '../sources';
import { answerOf } from '../content/answer';
import { relatedQuestions } from '../related';
import { difficulties } from '../schema';
import type { DifficultyValue } from '../difficulty';
import { summarise, type QuestionFile, type QuestionSummary } from './question';
import { readingOrder } from './order';
import { listSources, listTopics, type ListedSource, type ListedTopic } from './listing';
import { groupConcepts, type Concept } from './concepts';
import { neighbours } from './neighbours';
import type { Section } from './sections';

export type { QuestionFile, QuestionSummary } from './question';
export type { ListedSource, ListedTopic, TopicCount } from './listing';
export type { Concept } from './concepts';
export type { SubtopicGroup } from './subtopics';
export type { Section } from './sections';

export interface CatalogueInput {
  questions: readonly QuestionFile[];
  /** Every declared topic, in display order (content/topics.yaml). */
  topics: readonly TopicInfo[];
  /** Every source of the manifest, in its order. */
  sources: readonly SourceInfo[];
}

export interface Catalogue {
  /** Every question, in reading order. */
  questions: readonly QuestionSummary[];
  /** Every concept, in the reading order of its first question. */
  concepts: readonly Concept[];
  /** Topics with questions, in display order, each with its concepts under its subtopics. */
  topics: readonly ListedTopic[];
  /** Sources with questions, in manifest order. */
  sources: readonly ListedSource[];
  /** Difficulty values some question has, easiest first, "unrated" last. */
  difficulties: readonly DifficultyValue[];
  /** The summary of a question; throws on an unknown id. */
  question(id: string): QuestionSummary;
  /** A listed topic; throws when no question has it. */
  topic(slug: string): ListedTopic;
  /** A listed source; throws when it has no question. */
  source(id: string): ListedSource;
  /** A concept by its id; throws on an unknown one. */
  concept(id: string): Concept;
  /** The concept a question belongs to. */
  conceptOf(questionId: string): Concept;
  /** The other questions of a question's concept (the other answers its page shows), in reading order. */
  sameConcept(questionId: string): readonly QuestionSummary[];
  /** The section of its source a question is in, with the anchor of its heading on the source page. */
  sectionOf(id: string): Section<QuestionSummary>;
  /**
   * Previous and next in the question's topic as its page lists it: the first questions of the
   * concepts before and after the question's own.
   */
  neighbours(id: string): { prev?: QuestionSummary; next?: QuestionSummary };
  /** Similar questions ("Also asked as"), closest first, leaving out the question's own concept (its page shows those). */
  related(id: string): readonly QuestionSummary[];
  /**
   * The answer as Markdown, as HTML (when the questions loader rendered it: in a build, not in
   * fixtures), as one line of plain text (structured data, similarity) and as the readable text a
   * description starts with (no tables, formulas only where they read as text); empty when the
   * source gives none.
   */
  answer(id: string): { markdown: string; html?: string; text: string; readable: string; empty: boolean };
}

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (found === undefined) throw new Error(`unknown ${what} "${key}"`);
  return found;
}

export function buildCatalogue({ questions: files, topics: declaredTopics, sources: declaredSources }: CatalogueInput): Catalogue {
  const questions = readingOrder(files.map(summarise), declaredSources.map((s) => s.id));
  const conceptTitle = new Map(files.map((f) => [f.id, f.data.conceptTitle]));
  const concepts = groupConcepts(questions, (id) => conceptTitle.get(id)!);
  const topics = listTopics(questions, concepts, declaredTopics);
  const sources = listSources(questions, concepts, declaredSources, declaredTopics);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const conceptById = new Map(concepts.map((c) => [c.id, c]));
  const conceptOf = (id: string) => lookup(conceptById, lookup(byId, id, 'question').concept, 'concept');
  const topicBySlug = new Map(topics.map((t) => [t.slug, t]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const sectionById = new Map(sources.flatMap((s) => s.sections.flatMap((sec) => sec.questions.map((q) => [q.id, sec] as const))));
  const markdown = new Map(files.map((f) => [f.id, f.body ?? '']));
  const fileById = new Map(files.map((f) => [f.id, f]));
  const answers = new Map<string, ReturnType<typeof answerOf>>();
  const answerById = (id: string) => answers.get(id) ?? answers.set(id, answerOf(lookup(fileById, id, 'question'))).get(id)!;
  const answerText = (id: string) => answerById(id).text;
  const present = new Set(questions.map((q) => q.difficulty ?? 'unrated'));

  // Text similarity over every question: computed on first use, once.
  let related: Map<string, { id: string }[]> | undefined;
  const relatedOf = (id: string) => {
    related ??= relatedQuestions(questions.map((q) => ({ id: q.id, source: q.source, title: q.title, text: answerText(q.id) })));
    const concept = conceptOf(id).id;
    return (related.get(id) ?? []).map((r) => byId.get(r.id)).filter((q): q is QuestionSummary => q !== undefined && q.concept !== concept);
  };

  return {
    questions,
    concepts,
    topics,
    sources,
    difficulties: ([...difficulties, 'unrated'] as const).filter((d) => present.has(d)),
    question: (id) => lookup(byId, id, 'question'),
    topic: (slug) => lookup(topicBySlug, slug, 'topic'),
    source: (id) => lookup(sourceById, id, 'source'),
    concept: (id) => lookup(conceptById, id, 'concept'),
    conceptOf,
    sameConcept: (id) => conceptOf(id).questions.filter((q) => q.id !== id),
    sectionOf: (id) => lookup(sectionById, id, 'question'),
    neighbours: (id) => {
      const concept = conceptOf(id);
      return neighbours(topicBySlug.get(concept.topic)?.concepts ?? [], concept.id);
    },
    related: relatedOf,
    answer: (id) => {
      const md = lookup(markdown, id, 'question');
      return { markdown: md, ...answerById(id), empty: md.trim() === '' };
    },
  };
}
