// Canonical topics as the site shows them (names, descriptions, order), from content/topics.yaml.
// The ingest (scripts/ingest/classify.ts) assigns them to questions with the same file.
import raw from '../../content/topics.yaml?raw';
import { parseTopicsFile } from './topic-schema';

/** A part of a topic: topic pages list the topic's concepts under these, in this order. */
export interface SubtopicInfo {
  slug: string;
  name: string;
}

export interface TopicInfo {
  slug: string;
  name: string;
  description: string;
  /** In display order; none (or absent) for a topic listed as one group. */
  subtopics?: readonly SubtopicInfo[];
}

const file = parseTopicsFile(raw, 'content/topics.yaml');

/** What the site shows of a topics file's topics (their matching rules are the ingest's). */
export const topicInfos = (f: Pick<typeof file, 'topics'>): TopicInfo[] =>
  f.topics.map(({ slug, name, description, subtopics }) => ({ slug, name, description, subtopics: subtopics.map((s) => ({ slug: s.slug, name: s.name })) }));

export const topics: TopicInfo[] = topicInfos(file);

export function topicBySlug(slug: string): TopicInfo {
  const t = topics.find((x) => x.slug === slug);
  if (!t) throw new Error(`unknown topic "${slug}"`);
  return t;
}
