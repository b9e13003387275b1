import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignSlugs, titleSlug } from '../../../scripts/ingest/ids.ts';
import { readMarkdown } from '../../../scripts/ingest/readers/markdown.ts';
import type { Question } from '../../../scripts/ingest/model.ts';

const text = readFileSync('content/sources/003_accef8ba4d48adff.txt', 'utf8');
const ids = (qs: Question[]) => {
  const slugs = assignSlugs(qs);
  return new Map(qs.map((q, i) => [`${q.number}:${q.title}`, slugs[i]!]));
};
const q = (title: string, body = 'x', section: string[] = []): Question => ({
  source: 's', sectionPath: section, title, body, line: 1, endLine: 1,
});

describe('question ids', () => {
  it('are readable slugs of the title', () => {
    expect(titleSlug('What is the bias-variance trade-off?')).toBe('what-is-the-bias-variance-trade-off');
    expect(titleSlug('Explain MLE vs MAP (θ, priors) — in 2 lines')).toBe('explain-mle-vs-map-priors-in-2-lines');
    expect(titleSlug('Naïve Bayes')).toBe('naive-bayes');
    expect(titleSlug('???')).toBe('question');
    expect(titleSlug('a '.repeat(100)).length).toBeLessThanOrEqual(80);
  });

  it('do not change when the source is reordered', () => {
    const { questions } = readMarkdown({ sourceId: 's', file: 'f', text });
    const before = ids(questions);
    const shuffled = [...questions].reverse();
    const after = ids(shuffled);
    expect(after).toEqual(before);
  });

  it('do not change when a question is inserted or removed elsewhere', () => {
    const { questions } = readMarkdown({ sourceId: 's', file: 'f', text });
    const before = ids(questions);
    const grown = [...questions.slice(0, 100), q('What is a brand new question?'), ...questions.slice(100)];
    const after = ids(grown);
    for (const [k, v] of before) expect(after.get(k)).toBe(v);
    const shrunk = ids(questions.filter((_, i) => i !== 10));
    for (const [k, v] of shrunk) expect(before.get(k)).toBe(v);
  });

  it('give repeated titles distinct suffixes from their own content, not their position', () => {
    const a = q('What is attention?', 'in NLP', ['NLP']);
    const b = q('What is attention?', 'in vision', ['Vision']);
    const [sa, sb] = assignSlugs([a, b]);
    expect(sa).not.toBe(sb);
    expect(sa).toMatch(/^what-is-attention-[0-9a-f]{6}$/);
    expect(assignSlugs([b, a])).toEqual([sb, sa]);
    // Unrelated questions around them do not matter either.
    expect(assignSlugs([q('Other?'), b, q('More?'), a])).toEqual(['other', sb, 'more', sa]);
  });

  it('are unique even for identical twins', () => {
    const twin = q('Same?', 'same');
    const slugs = assignSlugs([twin, { ...twin }, { ...twin }]);
    expect(new Set(slugs).size).toBe(3);
  });
});
