// The ingest report's terminal tables (scripts/ingest/report.ts), from a hand-written report.
import { describe, expect, it } from 'vitest';
import { formatConceptTable, formatTopicTable, type IngestReport } from '../../../scripts/ingest/report.ts';

const report: IngestReport = {
  sources: [],
  topics: [
    { topic: 'nlp', questions: 5, concepts: 3 },
    { topic: 'other', questions: 1, concepts: 1 },
  ],
  subtopics: [
    { topic: 'nlp', subtopic: 'tokenization', concepts: 2, questions: 4 },
    { topic: 'nlp', subtopic: 'other-nlp', concepts: 1, questions: 1 },
  ],
  fallback: 1,
  fallbackQuestions: [{ id: 'a/what-is-a-haiku', title: 'What is a haiku?' }],
  concepts: {
    total: 4,
    shared: 1,
    multiSource: 1,
    largest: [{ id: 'a/tok', title: 'What is tokenization? A very long title that goes on and on until it is cut short', questions: 3, sources: ['a', 'b'] }],
  },
};

describe('report tables', () => {
  it('list questions and concepts per topic, subtopics under their topic, and what landed in the fallback', () => {
    const lines = formatTopicTable(report).split('\n');
    expect(lines[0]).toMatch(/^topic\s+questions\s+concepts$/);
    expect(lines).toContain('nlp                     5         3');
    expect(lines).toContain('  tokenization          4         2');
    expect(lines).toContain('total                   6         4');
    expect(lines.at(-2)).toBe('(1 landed in the fallback topic, matched by no topic nor by their nearest questions:');
    expect(lines.at(-1)).toBe('  a/what-is-a-haiku  What is a haiku?)');
  });

  it('count concepts and list the largest, long titles cut', () => {
    const text = formatConceptTable(report);
    expect(text).toContain('4 concepts: 1 asked by more than one question, 1 by more than one source');
    expect(text).toMatch(/^What is tokenization\? A very long title that goes on and on…\s+3\s+2$/m);
  });
});
