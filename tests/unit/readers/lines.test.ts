import { describe, expect, it } from 'vitest';
import { lastNonBlank, nextNonBlank, prevNonBlank, trailingRun } from '../../../scripts/ingest/readers/lines.ts';

const lines = ['a', '', '  ', 'b', 'See x.md', '', 'See y.md', ''];

describe('line helpers the plain-text readers share', () => {
  it('find the next and previous non-blank line (0-based), or -1', () => {
    expect([nextNonBlank(lines, 0), nextNonBlank(lines, 6), prevNonBlank(lines, 3), prevNonBlank(lines, 0)]).toEqual([3, -1, 0, -1]);
  });

  it('find the last non-blank line number (1-based) of a range, or the line before it', () => {
    expect([lastNonBlank(lines, 1, 3), lastNonBlank(lines, 2, 3), lastNonBlank(lines, 1, 8)]).toEqual([1, 1, 7]);
  });

  it('find where a trailing run starts, blank lines inside it, none before it', () => {
    const see = (i: number) => lines[i]!.startsWith('See');
    expect(trailingRun(lines, 0, 7, see)).toBe(4);
    expect(trailingRun(lines, 5, 7, see)).toBe(6);
    expect(trailingRun(lines, 0, 3, see)).toBe(4);
  });
});
