import { describe, expect, it } from 'vitest';
import { isCommonWord, isFrameWord, isStopWord } from '../../../src/lib/text/stop-words';

describe('stop words', () => {
  it('are function words, in any case and with punctuation around them', () => {
    for (const w of ['the', 'Is', 'you', 'vs.', 'e.g.', "doesn't", 'between']) expect(isStopWord(w), w).toBe(true);
    // Words that carry meaning in ML, parts of words and code are not.
    for (const w of ['not', 'few', 'more', 'out', 'over', 'is_causal', 'it-based', 'attention']) expect(isStopWord(w), w).toBe(false);
  });

  it('frame a question without naming its subject, for ranking', () => {
    for (const w of ['what', 'explain', 'difference', 'works', 'mechanism', 'architecture', 'role']) expect(isFrameWord(w), w).toBe(true);
    for (const w of ['dropout', 'model', 'effective', 'attention']) expect(isFrameWord(w), w).toBe(false);
  });

  it('tell no two questions apart, for related questions, which still tell mechanisms and architectures apart', () => {
    for (const w of ['explain', 'model', 'llms', 'advantages', 'improve', 'the']) expect(isCommonWord(w), w).toBe(true);
    for (const w of ['mechanism', 'architecture', 'attention', 'gnn']) expect(isCommonWord(w), w).toBe(false);
  });
});
