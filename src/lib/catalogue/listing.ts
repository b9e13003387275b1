// The topics and sources the site lists: those that have questions, in their declared order
// (content/topics.yaml, the sources manifest), each with its questions in reading order and its
// concepts. Home, /topics/, /sources/, their pages, practice, the study index and the sitemap all
// list these.
import type { TopicInfo } from '../topics';
import type { SourceInfo } from '../sources';
import { sectionsOf, type Section } from './sections';
import { subtopicGroups, type SubtopicGroup } from './subtopics';
import type { Concept } from './concepts';
import type { QuestionSummary } from './question';

/** How many concepts of a list are in one topic. */
export interface TopicCount {
  topic: TopicInfo;
  concepts: number;
}

export interface ListedTopic extends TopicInfo {
  /** In reading order. */
  questions: QuestionSummary[];
  /** Its concepts, group by group: the order of its page and of previous / next. */
  concepts: Concept[];
  /** Its concepts under its subtopics (one group when it declares none). */
  groups: SubtopicGroup[];
}

export interface ListedSource extends SourceInfo {
  /** In the source's own order. */
  questions: QuestionSummary[];
  sections: Section<QuestionSummary>[];
  /** The concepts this source answers, in reading order. */
  concepts: Concept[];
  /** Topics of this source's concepts, in topic order, each with its count. */
  topics: TopicCount[];
}

/** How many of `concepts` each topic holds, in the order of `topics`, leaving out topics with none. */
export function countByTopic(concepts: readonly { topic: string }[], topics: readonly TopicInfo[]): TopicCount[] {
  return topics.map((topic) => ({ topic, concepts: concepts.filter((c) => c.topic === topic.slug).length })).filter((t) => t.concepts > 0);
}

/** The topics with questions; `ordered` is every question in reading order, `concepts` every concept. */
export function listTopics(ordered: readonly QuestionSummary[], concepts: readonly Concept[], topics: readonly TopicInfo[]): ListedTopic[] {
  return topics
    .map((t) => {
      const groups = subtopicGroups(t, concepts.filter((c) => c.topic === t.slug));
      return { ...t, questions: ordered.filter((q) => q.topic === t.slug), concepts: groups.flatMap((g) => g.concepts), groups };
    })
    .filter((t) => t.questions.length > 0);
}

/** The sources with questions; `ordered` is every question in reading order, `concepts` every concept. */
export function listSources(ordered: readonly QuestionSummary[], concepts: readonly Concept[], sources: readonly SourceInfo[], topics: readonly TopicInfo[]): ListedSource[] {
  return sources
    .map((s) => {
      const own = concepts.filter((c) => c.sources.includes(s.id));
      const questions = ordered.filter((q) => q.source === s.id);
      return { ...s, questions, sections: sectionsOf(questions), concepts: own, topics: countByTopic(own, topics) };
    })
    .filter((s) => s.questions.length > 0);
}
