// What a topic or source page's filter lists, and the counts its options show as the other
// controls change (src/lib/filter-match.ts).
import { describe, expect, it } from 'vitest';
import { facetsAttr, isShown, optionCounts, parseFacets, type FilterEntry } from '../../../src/lib/filter-match';

const entry = (attr: string, learned = false): FilterEntry => ({ facets: parseFacets(attr), learned });
const any = { difficulty: '', source: '', hideLearned: false };

// A topic page's concepts: dropout asked by a (beginner) and b (advanced); attention by a alone.
const dropout = entry('a:beginner b:advanced');
const attention = entry('a:advanced', true);
const bert = entry('b:unrated');
const all = [dropout, attention, bert];

describe('a filtered list', () => {
  it('shows an entry when one of its questions has both the chosen difficulty and the chosen source', () => {
    expect(isShown(dropout, { ...any, difficulty: 'advanced' })).toBe(true);
    expect(isShown(dropout, { ...any, difficulty: 'advanced', source: 'b' })).toBe(true);
    // a's question is beginner and b's advanced: no single question is an advanced one from a.
    expect(isShown(dropout, { ...any, difficulty: 'advanced', source: 'a' })).toBe(false);
    expect(isShown(bert, { ...any, difficulty: 'unrated' })).toBe(true);
  });

  it('hides a learned entry only when asked to', () => {
    expect(isShown(attention, any)).toBe(true);
    expect(isShown(attention, { ...any, hideLearned: true })).toBe(false);
  });

  it('counts each option under the other controls\' choices, so the counts follow each other', () => {
    const sources = ['a', 'b'];
    const difficulties = ['beginner', 'advanced', 'unrated'];
    expect([...optionCounts(all, any, 'source', sources)]).toEqual([['a', 2], ['b', 2]]);
    // Advanced chosen: the source counts follow.
    expect([...optionCounts(all, { ...any, difficulty: 'advanced' }, 'source', sources)]).toEqual([['a', 1], ['b', 1]]);
    // Source b chosen: the difficulty counts follow.
    expect([...optionCounts(all, { ...any, source: 'b' }, 'difficulty', difficulties)]).toEqual([['beginner', 0], ['advanced', 1], ['unrated', 1]]);
    // Learned ones hidden: every count leaves them out.
    expect([...optionCounts(all, { ...any, hideLearned: true }, 'difficulty', difficulties)]).toEqual([['beginner', 1], ['advanced', 1], ['unrated', 1]]);
    // "Any" counts what the other choices show.
    expect(optionCounts(all, { ...any, difficulty: 'advanced' }, 'source', ['']).get('')).toBe(2);
  });

  it('writes and reads an entry\'s facets as one attribute, each pair once', () => {
    const facets = [{ source: 'ml-llm-qa', difficulty: 'beginner' }, { source: 'ml-llm-qa', difficulty: 'beginner' }, { source: 'ai-engineer', difficulty: 'unrated' }];
    expect(facetsAttr(facets)).toBe('ml-llm-qa:beginner ai-engineer:unrated');
    expect(parseFacets(facetsAttr(facets))).toEqual([facets[0], facets[2]]);
    expect(parseFacets('')).toEqual([]);
  });
});
