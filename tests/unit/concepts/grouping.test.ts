// Grouping scored pairs into concepts without chaining (scripts/ingest/concepts/grouping.ts).
import { describe, expect, it } from 'vitest';
import { groupPairs, type ScoredPair } from '../../../scripts/ingest/concepts/grouping.ts';

const p = (a: number, b: number, score: number): ScoredPair => ({ a, b, score });
const opts = { join: 0.55, floor: 0.4 };

describe('groups', () => {
  it('join questions whose pairs are alike enough, each group named by its smallest member', () => {
    expect(groupPairs(4, [p(0, 2, 0.9), p(1, 3, 0.7)], opts)).toEqual([0, 1, 0, 1]);
  });

  it('do not chain: A matches B and B matches C, but A and C are not alike, so C stays out', () => {
    // 0~1 strongly, 1~2 strongly, 0 and 2 never scored (or below the floor).
    expect(groupPairs(3, [p(0, 1, 0.9), p(1, 2, 0.8)], opts)).toEqual([0, 0, 2]);
    expect(groupPairs(3, [p(0, 1, 0.9), p(1, 2, 0.8), p(0, 2, 0.2)], opts)).toEqual([0, 0, 2]);
  });

  it('take in a question whose pairs with every member are, on average, alike enough', () => {
    expect(groupPairs(3, [p(0, 1, 0.9), p(1, 2, 0.6), p(0, 2, 0.5)], opts)).toEqual([0, 0, 0]);
    // Mean of (0.45, 0.5) is below `join`: apart.
    expect(groupPairs(3, [p(0, 1, 0.9), p(1, 2, 0.45), p(0, 2, 0.5)], opts)).toEqual([0, 0, 2]);
  });

  it('merge the closest groups first, whatever order the pairs come in', () => {
    const pairs = [p(0, 1, 0.6), p(1, 2, 0.95), p(0, 2, 0.3)];
    // 1 and 2 are closest; 0 cannot join them (0~2 is below the floor).
    expect(groupPairs(3, pairs, opts)).toEqual([0, 1, 1]);
    expect(groupPairs(3, [...pairs].reverse(), opts)).toEqual([0, 1, 1]);
  });

  it('follow a maintainer: merges hold whatever the scores, splits keep questions apart', () => {
    expect(groupPairs(3, [], { ...opts, together: [[0, 2]] })).toEqual([0, 1, 0]);
    expect(groupPairs(2, [p(0, 1, 0.99)], { ...opts, apart: [[0, 1]] })).toEqual([0, 1]);
    // A split wins over a merge that would bring its two questions together.
    expect(groupPairs(3, [], { ...opts, together: [[0, 1], [1, 2]], apart: [[0, 2]] })).toEqual([0, 0, 2]);
  });
});
