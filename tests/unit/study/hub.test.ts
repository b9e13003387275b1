import { describe, expect, it } from 'vitest';
import { hubCounts, learnStart, reviewStart, savedStart, sessionSize } from '../../../src/lib/study/hub';
import { emptyState, recordVisit, setLearned, setSaved, type CardEntry } from '../../../src/lib/study/state';
import type { StudyIndex } from '../../../src/lib/study/study-index';

const DAY = 86_400_000;
const NOW = new Date(2025, 5, 10, 12).getTime();
const card = (due: number, at = due - 3 * DAY): CardEntry => ({ due, stability: 3, difficulty: 5, state: 2, reps: 1, lapses: 0, step: 0, days: 3, at });
const ix: StudyIndex = {
  topics: { nlp: 'NLP', rl: 'Reinforcement learning', empty: 'Nothing here' },
  sources: { s1: 'Source one', s2: 'Source two' },
  questions: [
    { id: 's1/a', title: 'A', topic: 'nlp', source: 's1', concept: 's1/a' },
    { id: 's1/b', title: 'B', topic: 'nlp', source: 's1', concept: 's1/b' },
    { id: 's2/c', title: 'C', topic: 'rl', source: 's2', concept: 's2/c' },
    { id: 's2/d', title: 'D', topic: 'rl', source: 's2', concept: 's2/d' },
  ],
};

describe('the hub counts', () => {
  const s = {
    ...setSaved(setSaved(setLearned(emptyState(), 's1/a', 'nlp', true), 's2/c', true), 'gone/x', true),
    cards: { 's1/a': card(NOW - DAY), 's1/b': card(NOW + 5 * DAY), 's2/c': card(NOW), 'gone/x': card(NOW - DAY) },
  };
  const hub = hubCounts(ix, s, NOW);
  it('counts due, new, learned and saved among the questions on the site (a removed question is left out)', () => {
    expect(hub.all).toEqual({ due: 2, new: 1, learned: 1, saved: 1, total: 4 });
  });
  it('per topic and per source, listing only those with questions', () => {
    expect(hub.topics.map((t) => [t.id, t.due, t.new, t.total])).toEqual([
      ['nlp', 1, 0, 2],
      ['rl', 1, 1, 2],
    ]);
    expect(hub.sources.map((t) => [t.kind, t.id, t.due, t.new])).toEqual([
      ['source', 's1', 1, 0],
      ['source', 's2', 1, 1],
    ]);
  });
  it('learns new cards in the first topic that has some when nothing was studied', () => {
    expect(hub.learnIn?.id).toBe('rl');
  });
});

describe('the hub counts concepts, as practice deals them', () => {
  // s2/c and s2/d ask the same thing: one card, whichever of them was reviewed.
  const paired: StudyIndex = { ...ix, questions: ix.questions.map((q) => (q.id === 's2/d' ? { ...q, concept: 's2/c' } : q)) };
  it('a concept is one card: due through its due question, never new once one question was reviewed', () => {
    const s = { ...emptyState(), cards: { 's2/d': card(NOW - DAY) } };
    const rl = hubCounts(paired, s, NOW).topics.find((t) => t.id === 'rl')!;
    expect([rl.due, rl.new, rl.total]).toEqual([1, 0, 1]);
    expect(hubCounts(paired, s, NOW).all).toMatchObject({ due: 1, new: 2, total: 3 });
  });
  it('a concept is learned through any of its questions; saved counts questions', () => {
    const s = setSaved(setSaved(setLearned(emptyState(), 's2/c', 'rl', true), 's2/c', true), 's2/d', true);
    expect(hubCounts(paired, s, NOW).topics.find((t) => t.id === 'rl')).toMatchObject({ learned: 1, saved: 2, total: 1 });
  });
});

describe('the topic to learn in', () => {
  const fresh = { ...emptyState(), cards: {} };
  it('is the topic of the question last visited, while it has new cards', () => {
    expect(hubCounts(ix, recordVisit(fresh, 's2/c', 'C', NOW), NOW).learnIn?.id).toBe('rl');
    expect(hubCounts(ix, recordVisit(fresh, 's1/a', 'A', NOW), NOW).learnIn?.id).toBe('nlp');
  });
  it('or of the card reviewed last, when that is more recent than the visit', () => {
    const s = { ...recordVisit(fresh, 's1/a', 'A', NOW - DAY), cards: { 's2/c': card(NOW + DAY, NOW - 60_000) } };
    expect(hubCounts(ix, s, NOW).learnIn?.id).toBe('rl');
  });
  it('moves on when that topic has no new card left, and is none when nothing is new', () => {
    const s = { ...recordVisit(fresh, 's1/a', 'A', NOW), cards: { 's1/a': card(NOW + DAY), 's1/b': card(NOW + DAY) } };
    expect(hubCounts(ix, s, NOW).learnIn?.id).toBe('rl');
    const all = { ...fresh, cards: Object.fromEntries(ix.questions.map((q) => [q.id, card(NOW + DAY)])) };
    expect(hubCounts(ix, all, NOW).learnIn).toBeUndefined();
  });
});

describe('sessions started in one tap', () => {
  it('review every due card, in the smallest session that holds them', () => {
    expect(reviewStart(0)).toBeUndefined();
    expect(reviewStart(3)).toEqual({ label: 'Review 3 due', query: '?only=due&limit=5&start' });
    expect(reviewStart(20)).toEqual({ label: 'Review 20 due', query: '?only=due&limit=20&start' });
    expect(reviewStart(73)).toEqual({ label: 'Review 50 of 73 due', query: '?only=due&limit=50&start' });
    expect([1, 5, 6, 11, 21, 51].map(sessionSize)).toEqual([5, 5, 10, 20, 50, 50]);
  });
  it('learn up to 10 new cards in a topic or a source', () => {
    const hub = hubCounts(ix, emptyState(), NOW);
    expect(learnStart(hub.topics[0])).toEqual({ label: 'Learn 2 new in NLP', query: '?only=new&topic=nlp&limit=5&start' });
    expect(learnStart(hub.sources[1], false)).toEqual({ label: 'Learn 2 new', query: '?only=new&source=s2&limit=5&start' });
    expect(learnStart({ ...hub.topics[0]!, new: 40 })!.label).toBe('Learn 10 new in NLP');
    expect(learnStart({ ...hub.topics[0]!, new: 0 })).toBeUndefined();
  });
  it('practise the saved questions', () => {
    expect(savedStart(0)).toBeUndefined();
    expect(savedStart(4)).toEqual({ label: 'Saved (4)', query: '?only=saved&limit=5&start' });
  });
});
