// Where a concept goes: one topic and, when the topic declares subtopics, one subtopic, shared by
// every member, so a concept is listed once, under one heading.
//
// Topic: each member votes with its classification (classify.ts), each topic's score divided by
// the member's best, so every member's best topic counts 1; a member the topics file could not
// place votes with its nearest placed questions' topics (nearest-topic.ts), at half weight. The
// topic with most votes wins; ties go to the topic listed first; no vote at all -> the fallback.
// Subtopic: the same over the topic's subtopics, matched like topics (their sections and keywords,
// in the members' section names, titles and answers); no evidence -> the topic's last subtopic.
import type { Root } from 'mdast';
import { createClassifier, type Classifier } from '../classify.ts';
import type { TopicEntry, TopicsFile } from '../../../src/lib/topic-schema.ts';
import type { Concept } from './index.ts';

/** What a member of a concept brings: its question (for subtopics) and its topic votes. */
export interface PlacedMember {
  title: string;
  sectionPath: readonly string[];
  answer: Root;
  /** Each topic's score from the classifier (topics file order). */
  scores: readonly number[];
  /** For a member the classifier could not place: its neighbours' votes (nearest-topic.ts). */
  neighbours?: readonly number[];
}

export interface Placement {
  topic: string;
  subtopic?: string;
}

/** A neighbour's vote counts half a classification's. */
const NEIGHBOUR_WEIGHT = 0.5;

/** Each score as a share of the best one (all zero stays all zero). */
function normalised(scores: readonly number[]): number[] {
  const best = Math.max(0, ...scores);
  return scores.map((s) => (best > 0 ? s / best : 0));
}

/** The index of the highest total, the first on ties; -1 when every total is zero. */
function winner(totals: readonly number[]): number {
  let best = -1;
  totals.forEach((t, i) => {
    if (t > 0 && (best < 0 || t > totals[best]!)) best = i;
  });
  return best;
}

/** A classifier over one topic's subtopics, built from the same rules as the topics one. */
function subtopicClassifier(topic: TopicEntry): Classifier {
  const subtopics = topic.subtopics.map((s) => ({ ...s, description: s.name, broad: [], subtopics: [] }));
  return createClassifier({ fallback: subtopics.at(-1)!.slug, topics: subtopics, levels: {} } satisfies TopicsFile);
}

export function placeConcepts(concepts: readonly Concept[], members: ReadonlyMap<string, PlacedMember>, topics: TopicsFile): Map<string, Placement> {
  const subtopics = new Map(topics.topics.filter((t) => t.subtopics.length).map((t) => [t.slug, subtopicClassifier(t)]));
  const out = new Map<string, Placement>();
  for (const concept of concepts) {
    const list = concept.members.map((id) => members.get(id)!);
    const totals = new Array<number>(topics.topics.length).fill(0);
    for (const m of list) {
      const own = normalised(m.scores);
      const votes = own.some((s) => s > 0) ? own : (m.neighbours ?? []).map((v) => v * NEIGHBOUR_WEIGHT);
      votes.forEach((v, i) => (totals[i]! += v));
    }
    const best = winner(totals);
    const topic = best < 0 ? topics.fallback : topics.topics[best]!.slug;
    const classifier = subtopics.get(topic);
    if (!classifier) {
      out.set(concept.id, { topic });
      continue;
    }
    const sub = new Array<number>(classifier.topics.topics.length).fill(0);
    for (const m of list) normalised(classifier.classify(m).scores).forEach((v, i) => (sub[i]! += v));
    const s = winner(sub);
    out.set(concept.id, { topic, subtopic: classifier.topics.topics.at(s < 0 ? -1 : s)!.slug });
  }
  return out;
}
