import { describe, expect, it } from 'vitest';
import { difficultyOptions, sourceOptions } from '../../../src/lib/filter-options';

describe('difficulty filter options', () => {
  it('offers the values present, in order, with "unrated" last', () => {
    expect(difficultyOptions(['advanced', undefined, 'beginner', 'advanced'])).toEqual(['beginner', 'advanced', 'unrated']);
    expect(difficultyOptions(['intermediate', 'beginner'])).toEqual(['beginner', 'intermediate']);
  });

  it('offers nothing when filtering could not change the list or nothing is rated', () => {
    expect(difficultyOptions([undefined, undefined])).toEqual([]);
    expect(difficultyOptions(['advanced', 'advanced'])).toEqual([]);
    expect(difficultyOptions([])).toEqual([]);
  });

  it('offers a source choice only with two sources or more', () => {
    expect(sourceOptions([{ id: 'a' }])).toEqual([]);
    expect(sourceOptions([{ id: 'a' }, { id: 'b' }])).toHaveLength(2);
  });
});
