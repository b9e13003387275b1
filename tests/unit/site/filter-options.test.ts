// Which filter controls a list gets and each option's first count (src/lib/filter-options.ts):
// entries are questions (one facet each) or concepts (one facet per question).
import { describe, expect, it } from 'vitest';
import { difficultyOptions, facetsOf, optionText, sourceOptions } from '../../../src/lib/filter-options';

/** Questions of one source, by difficulty. */
const qs = (...ds: (string | undefined)[]) => ds.map((d) => facetsOf([{ source: 'a', difficulty: d }]));

describe('difficulty filter options', () => {
  it('offers the values present, in order, with "not rated" last, each with its count', () => {
    expect(difficultyOptions(qs('advanced', undefined, 'beginner', 'advanced', undefined, undefined))).toEqual([
      { value: 'beginner', label: 'Beginner', count: 1 },
      { value: 'advanced', label: 'Advanced', count: 2 },
      { value: 'unrated', label: 'Not rated', count: 3 },
    ]);
    expect(difficultyOptions(qs('intermediate', 'beginner')).map((o) => o.value)).toEqual(['beginner', 'intermediate']);
  });

  it('offers nothing when filtering could not change the list or nothing is rated', () => {
    expect(difficultyOptions(qs(undefined, undefined))).toEqual([]);
    expect(difficultyOptions(qs('advanced', 'advanced'))).toEqual([]);
    expect(difficultyOptions([])).toEqual([]);
  });

  it('shows the count in the option text', () => {
    expect(difficultyOptions(qs('beginner', undefined, undefined)).map(optionText)).toEqual(['Beginner (1)', 'Not rated (2)']);
  });

  it('counts a concept under each difficulty one of its questions has, once', () => {
    const concepts = [
      facetsOf([{ source: 'a', difficulty: 'beginner' }, { source: 'b', difficulty: 'advanced' }, { source: 'c', difficulty: 'beginner' }]),
      facetsOf([{ source: 'a', difficulty: 'advanced' }]),
    ];
    expect(difficultyOptions(concepts).map(optionText)).toEqual(['Beginner (1)', 'Advanced (2)']);
  });
});

describe('source filter options', () => {
  const sources = [
    { id: 'a', title: 'Source A' },
    { id: 'b', title: 'Source B' },
    { id: 'c', title: 'Source C' },
  ];
  it('offers the sources of the list in their order, with counts, leaving out those with none', () => {
    const list = [facetsOf([{ source: 'b' }]), facetsOf([{ source: 'a' }]), facetsOf([{ source: 'b' }])];
    expect(sourceOptions(list, sources).map(optionText)).toEqual(['Source A (1)', 'Source B (2)']);
  });

  it('counts a concept answered by several sources under each of them', () => {
    const list = [facetsOf([{ source: 'a' }, { source: 'b' }]), facetsOf([{ source: 'b' }, { source: 'b' }])];
    expect(sourceOptions(list, sources).map(optionText)).toEqual(['Source A (1)', 'Source B (2)']);
  });

  it('offers a source choice only with two sources or more', () => {
    expect(sourceOptions([facetsOf([{ source: 'a' }]), facetsOf([{ source: 'a' }])], sources)).toEqual([]);
  });
});
