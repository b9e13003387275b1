// One topic and one subtopic per concept (scripts/ingest/concepts/placement.ts), with a small
// hand-written topics file.
import { describe, expect, it } from 'vitest';
import { placeConcepts, type PlacedMember } from '../../../scripts/ingest/concepts/placement.ts';
import { parseMarkdown } from '../../../scripts/ingest/mdast/parse.ts';
import { parseTopicsFile } from '../../../src/lib/topic-schema.ts';

const topics = parseTopicsFile(
  `fallback: other
topics:
  - slug: training
    name: Training
    description: Training.
    keywords: [dropout]
    subtopics:
      - {slug: regularization, name: Regularisation, keywords: [dropout, weight decay]}
      - {slug: optimizers, name: Optimizers, sections: [optimizers], keywords: [adam, sgd]}
      - {slug: other-training, name: Other training}
  - slug: nlp
    name: NLP
    description: Text.
    keywords: [tokenization]
  - {slug: other, name: Other, description: Unplaced.}
`,
  'topics.yaml',
);
const member = (title: string, scores: number[], extra: Partial<PlacedMember> = {}): PlacedMember => ({ title, sectionPath: [], answer: parseMarkdown(''), scores, ...extra });
const place = (members: Record<string, PlacedMember>, concepts: string[][]) =>
  placeConcepts(concepts.map((m) => ({ id: m[0]!, title: 'T', members: m })), new Map(Object.entries(members)), topics);

describe('a concept’s topic', () => {
  it('is the one its members vote for, each member’s best topic counting 1', () => {
    const p = place({ a: member('What is dropout?', [9, 2, 0]), b: member('Dropout', [3, 6, 0]), c: member('Dropout in NLP', [8, 1, 0]) }, [['a', 'b', 'c']]);
    expect(p.get('a')!.topic).toBe('training');
  });

  it('goes to the topic listed first on a tie, and to the fallback when nobody votes', () => {
    expect(place({ a: member('x', [5, 0, 0]), b: member('y', [0, 5, 0]) }, [['a', 'b']]).get('a')!.topic).toBe('training');
    expect(place({ a: member('x', [0, 0, 0]) }, [['a']]).get('a')).toEqual({ topic: 'other' });
  });

  it('counts a member the topics file could not place by its neighbours’ votes, at half weight', () => {
    expect(place({ a: member('x', [0, 0, 0], { neighbours: [0, 1, 0] }) }, [['a']]).get('a')).toEqual({ topic: 'nlp' });
    // A classified member outvotes one placed by neighbours.
    expect(place({ a: member('x', [0, 4, 0]), b: member('y', [0, 0, 0], { neighbours: [1, 0, 0] }) }, [['a', 'b']]).get('a')!.topic).toBe('nlp');
  });
});

describe('a concept’s subtopic', () => {
  it('comes from the members’ titles and sections, matched like topics', () => {
    expect(place({ a: member('What is dropout?', [9, 0, 0]) }, [['a']]).get('a')).toEqual({ topic: 'training', subtopic: 'regularization' });
    expect(place({ a: member('Explain Adam', [9, 0, 0]) }, [['a']]).get('a')!.subtopic).toBe('optimizers');
    expect(place({ a: member('Explain it', [9, 0, 0], { sectionPath: ['Optimizers'] }) }, [['a']]).get('a')!.subtopic).toBe('optimizers');
  });

  it('is the topic’s last subtopic when nothing matches, and none for a topic without subtopics', () => {
    expect(place({ a: member('Why do losses spike?', [9, 0, 0]) }, [['a']]).get('a')!.subtopic).toBe('other-training');
    expect(place({ a: member('What is tokenization?', [0, 9, 0]) }, [['a']]).get('a')).toEqual({ topic: 'nlp' });
  });
});
