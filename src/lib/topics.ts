// Canonical topics as the site shows them (names, descriptions, order), from content/topics.yaml.
// The ingest (scripts/ingest/classify.ts) assigns them to questions with the same file.
import raw from '../../content/topics.yaml?raw';
import { parseTopicsFile } from './topic-schema';

export interface TopicInfo {
  slug: string;
  name: string;
  description: string;
}

const file = parseTopicsFile(raw, 'content/topics.yaml');

export const topics: TopicInfo[] = file.topics.map(({ slug, name, description }) => ({ slug, name, description }));

export function topicBySlug(slug: string): TopicInfo {
  const t = topics.find((x) => x.slug === slug);
  if (!t) throw new Error(`unknown topic "${slug}"`);
  return t;
}
