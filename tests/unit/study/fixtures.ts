// Study states and stored values of every version for the study tests: real shapes, as the site
// wrote them (version 0 lists, version 1 Leitner boxes, version 2), and generators of them.
import fc from 'fast-check';
import { emptyState, recordVisit, setLearned, setSaved, type StudyState } from '../../../src/lib/study/state';

export const DAY = 86_400_000;

/** A version 2 state with a mark of each kind, a card, its review and a note holding markup. */
export const filled = (): StudyState => ({
  ...recordVisit(setSaved(setLearned(emptyState(), 'src/a', 'nlp', true, 5), 'src/b', true, 6), 'src/a', 'What is A?', 7),
  cards: { 'src/a': { due: 100, stability: 2.3, difficulty: 5.1, state: 2, reps: 1, lapses: 0, step: 0, days: 2, at: 8 } },
  log: { 'src/a': [{ at: 8, rating: 3, state: 0 }] },
  notes: { 'src/a': { text: 'Q, K, V: <b>three</b> projections', at: 9 } },
});

/** Version 0: before the value had a version (what the first release stored). */
export const V0 = { learned: ['ml-dl-llm-2025/what-is-flash-attention', 'ml-llm-qa/what-is-perplexity-how-is-it-computed'], saved: ['nlp-interview-master/what-is-bpe'] };

/** Version 1: marks with times and topics, Leitner boxes, the last visit (as written by the site before FSRS). */
export const V1 = {
  version: 1,
  learned: { 'ml-dl-llm-2025/what-is-flash-attention': { topic: 'attention-transformers', at: 1_700_000_000_000 } },
  saved: { 'ml-llm-qa/what-is-perplexity-how-is-it-computed': { at: 1_700_000_100_000 } },
  boxes: {
    'ml-dl-llm-2025/what-is-flash-attention': { box: 3, at: 1_700_000_200_000 },
    'ml-llm-qa/what-is-perplexity-how-is-it-computed': { box: 1, at: 1_700_000_300_000 },
    'llm-fifty/what-is-lora': { box: 5, at: 1_700_000_400_000 },
    'ai-engineer/what-is-rag': { box: 2, at: 1_700_000_500_000 },
    'ml-llm-qa/what-is-dropout': { box: 4, at: 1_700_000_600_000 },
  },
  last: { id: 'ml-dl-llm-2025/what-is-flash-attention', title: 'What is Flash Attention?', at: 1_700_000_700_000 },
};

const qid = fc.stringMatching(/^[a-z]{1,6}\/[a-z0-9-]{1,12}$/);
const time = fc.integer({ min: 0, max: 4_000_000_000_000 });

export const v0Value = fc.record({ learned: fc.array(qid, { maxLength: 8 }), saved: fc.array(qid, { maxLength: 8 }) }, { requiredKeys: [] }).filter((v) => 'learned' in v || 'saved' in v);

export const v1Value = fc.record(
  {
    version: fc.constant(1 as const),
    learned: fc.dictionary(qid, fc.record({ topic: fc.string({ maxLength: 20 }), at: time }), { maxKeys: 8 }),
    saved: fc.dictionary(qid, fc.record({ at: time }), { maxKeys: 8 }),
    boxes: fc.dictionary(qid, fc.record({ box: fc.integer({ min: 1, max: 5 }), at: time }), { maxKeys: 12 }),
    last: fc.record({ id: qid, title: fc.string({ maxLength: 40 }), at: time }),
  },
  { requiredKeys: ['version', 'learned', 'saved', 'boxes'] },
);

const grade = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const);
const phase = fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const);

/** Any valid version 2 state. */
export const v2State: fc.Arbitrary<StudyState> = fc
  .record({
    learned: fc.dictionary(qid, fc.record({ topic: fc.string({ maxLength: 20 }), at: time }), { maxKeys: 5 }),
    saved: fc.dictionary(qid, fc.record({ at: time }), { maxKeys: 5 }),
    cards: fc.dictionary(
      qid,
      fc.record({
        due: time,
        stability: fc.double({ min: 0.001, max: 36500, noNaN: true }),
        difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
        state: phase,
        reps: fc.nat(50),
        lapses: fc.nat(10),
        step: fc.nat(3),
        days: fc.nat(400),
        at: time,
      }),
      { maxKeys: 5 },
    ),
    log: fc.dictionary(qid, fc.array(fc.record({ at: time, rating: grade, state: phase }), { maxLength: 4 }), { maxKeys: 5 }),
    notes: fc.dictionary(qid, fc.record({ text: fc.string({ minLength: 1, maxLength: 60 }), at: time }), { maxKeys: 4 }),
    settings: fc.record({ retention: fc.constantFrom(0.8, 0.85, 0.9, 0.95), testYourself: fc.boolean(), at: time }),
  })
  .map((s) => ({ version: 2 as const, ...s, log: Object.fromEntries(Object.entries(s.log).map(([k, l]) => [k, [...l].sort((a, b) => a.at - b.at)])) }));
