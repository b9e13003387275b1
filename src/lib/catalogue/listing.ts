// The topics and sources the site lists: those that have questions, in their declared order
// (content/topics.yaml, the sources manifest), each with its questions in reading order.
// Home, /topics/, /sources/, their pages, practice, the study index and the sitemap all list these.
import type { TopicInfo } from '../topics';
import type { SourceInfo } from '../sources';
import { sectionsOf, type Section } from './sections';
import type { QuestionSummary } from './question';

/** Questions of a list that come from one source (a topic page's groups). */
export interface SourceGroup {
  source: SourceInfo;
  questions: QuestionSummary[];
}

/** How many questions of a list are in one topic. */
export interface TopicCount {
  topic: TopicInfo;
  count: number;
}

export interface ListedTopic extends TopicInfo {
  /** In reading order. */
  questions: QuestionSummary[];
  /** The questions grouped by source, in manifest order, sources without any left out. */
  bySource: SourceGroup[];
}

export interface ListedSource extends SourceInfo {
  /** In the source's own order. */
  questions: QuestionSummary[];
  sections: Section<QuestionSummary>[];
  /** Topics of this source's questions, in topic order, each with its count. */
  topics: TopicCount[];
}

/** `questions` grouped by source, in the order of `sources`, leaving out sources with none. */
export function groupBySource(questions: readonly QuestionSummary[], sources: readonly SourceInfo[]): SourceGroup[] {
  return sources.map((source) => ({ source, questions: questions.filter((q) => q.source === source.id) })).filter((g) => g.questions.length > 0);
}

/** How many of `questions` each topic holds, in the order of `topics`, leaving out topics with none. */
export function countByTopic(questions: readonly { topic: string }[], topics: readonly TopicInfo[]): TopicCount[] {
  return topics.map((topic) => ({ topic, count: questions.filter((q) => q.topic === topic.slug).length })).filter((t) => t.count > 0);
}

/** The topics with questions; `ordered` is every question in reading order. */
export function listTopics(ordered: readonly QuestionSummary[], topics: readonly TopicInfo[], sources: readonly SourceInfo[]): ListedTopic[] {
  return topics
    .map((t) => {
      const questions = ordered.filter((q) => q.topic === t.slug);
      return { ...t, questions, bySource: groupBySource(questions, sources) };
    })
    .filter((t) => t.questions.length > 0);
}

/** The sources with questions; `ordered` is every question in reading order. */
export function listSources(ordered: readonly QuestionSummary[], sources: readonly SourceInfo[], topics: readonly TopicInfo[]): ListedSource[] {
  return sources
    .map((s) => {
      const questions = ordered.filter((q) => q.source === s.id);
      return { ...s, questions, sections: sectionsOf(questions), topics: countByTopic(questions, topics) };
    })
    .filter((s) => s.questions.length > 0);
}
