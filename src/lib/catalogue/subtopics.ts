// A topic page's groups: the topic's concepts under its subtopics (content/topics.yaml), in the
// declared order. A topic without subtopics is one group; concepts of a topic with subtopics that
// the ingest put in none come last, as "Other questions". Previous / next on question pages walk
// these groups concept by concept, so the pager follows what the topic page shows.
import type { TopicInfo } from '../topics';
import type { Concept } from './concepts';

export interface SubtopicGroup {
  /** The declared subtopic; absent for the group of concepts without one. */
  slug?: string;
  name: string;
  /** Id of the group's heading on the topic page. */
  anchor: string;
  /** In reading order of their first questions. */
  concepts: Concept[];
}

/** The groups of one topic's concepts; a subtopic without concepts is left out. */
export function subtopicGroups(topic: TopicInfo, concepts: readonly Concept[]): SubtopicGroup[] {
  const declared = topic.subtopics ?? [];
  const known = new Set(declared.map((s) => s.slug));
  const stray = concepts.find((c) => c.subtopic !== undefined && !known.has(c.subtopic));
  if (stray) throw new Error(`concept "${stray.id}": subtopic "${stray.subtopic}" is not one of topic "${topic.slug}"'s (content/topics.yaml)`);
  const groups: SubtopicGroup[] = declared
    .map((s) => ({ slug: s.slug, name: s.name, anchor: `sub-${s.slug}`, concepts: concepts.filter((c) => c.subtopic === s.slug) }))
    .filter((g) => g.concepts.length > 0);
  const rest = concepts.filter((c) => c.subtopic === undefined);
  if (rest.length > 0) groups.push(groups.length ? { name: 'Other questions', anchor: 'other-questions', concepts: rest } : { name: 'Questions', anchor: 'questions', concepts: rest });
  return groups;
}
