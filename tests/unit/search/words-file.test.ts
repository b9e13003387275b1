import { describe, expect, it } from 'vitest';
import { decodeWords, encodeWords } from '../../../src/lib/search/words-file';

describe('the word list typo correction reads', () => {
  it('stores each word after the letters it shares with the one before, with its count above 1', () => {
    const words = new Map([
      ['attention', 57],
      ['attend', 3],
      ['dropout', 1],
      ['attentions', 2],
    ]);
    const text = encodeWords(words);
    expect(text).toBe('0attend 3\n5tion 57\n9s 2\n0dropout\n');
    expect(decodeWords(text)).toEqual(new Map([...words].sort(([a], [b]) => (a < b ? -1 : 1))));
  });

  it('shares at most nine letters and reads them back exactly', () => {
    const words = new Map([
      ['regularization', 30],
      ['regularizations', 1],
      ['regularizer', 4],
    ]);
    expect(decodeWords(encodeWords(words))).toEqual(words);
  });

  it('refuses what is not a word of letters', () => {
    expect(() => encodeWords(new Map([['gpt-4', 1]]))).toThrow('"gpt-4" is not a word of letters');
  });
});
