// The line a build prints about the questions loader (Astro's log, and the astro step of npm run build).
import { describe, expect, it } from 'vitest';
import { describeLoad } from '../../../src/lib/content/load-report.ts';

describe('describeLoad', () => {
  it('counts in words that agree with their numbers', () => {
    expect(describeLoad({ questions: 886, unchanged: 885, cached: 1, rendered: 0, threads: 1 })).toBe('886 questions: 885 unchanged, 1 answer from the render cache, 0 rendered');
    expect(describeLoad({ questions: 1, unchanged: 0, cached: 0, rendered: 1, threads: 1 })).toBe('1 question: 0 unchanged, 0 answers from the render cache, 1 rendered');
  });

  it('names the threads when answers were rendered on more than one', () => {
    expect(describeLoad({ questions: 8860, unchanged: 0, cached: 0, rendered: 8860, threads: 2 })).toMatch(/8860 rendered on 2 threads$/);
  });
});
