import { describe, expect, it } from 'vitest';
import { difficultyOptions, optionText, sourceOptions } from '../../../src/lib/filter-options';

describe('difficulty filter options', () => {
  it('offers the values present, in order, with "not rated" last, each with its count', () => {
    expect(difficultyOptions(['advanced', undefined, 'beginner', 'advanced', undefined, undefined])).toEqual([
      { value: 'beginner', label: 'Beginner', count: 1 },
      { value: 'advanced', label: 'Advanced', count: 2 },
      { value: 'unrated', label: 'Not rated', count: 3 },
    ]);
    expect(difficultyOptions(['intermediate', 'beginner']).map((o) => o.value)).toEqual(['beginner', 'intermediate']);
  });

  it('offers nothing when filtering could not change the list or nothing is rated', () => {
    expect(difficultyOptions([undefined, undefined])).toEqual([]);
    expect(difficultyOptions(['advanced', 'advanced'])).toEqual([]);
    expect(difficultyOptions([])).toEqual([]);
  });

  it('shows the count in the option text', () => {
    expect(difficultyOptions(['beginner', undefined, undefined]).map(optionText)).toEqual(['Beginner (1)', 'Not rated (2)']);
  });
});

describe('source filter options', () => {
  const sources = [
    { id: 'a', title: 'Source A' },
    { id: 'b', title: 'Source B' },
    { id: 'c', title: 'Source C' },
  ];
  it('offers the sources of the list in their order, with counts, leaving out those with none', () => {
    const list = [{ source: 'b' }, { source: 'a' }, { source: 'b' }];
    expect(sourceOptions(list, sources).map(optionText)).toEqual(['Source A (1)', 'Source B (2)']);
  });

  it('offers a source choice only with two sources or more', () => {
    expect(sourceOptions([{ source: 'a' }, { source: 'a' }], sources)).toEqual([]);
  });
});
