import { describe, expect, it } from 'vitest';
import { familyStem } from '../../../src/lib/text/family';

describe('the stem a word family shares, for highlighting', () => {
  it('strips one ending when a real stem is left', () => {
    expect(['cache', 'caching', 'gradients', 'vanishing', 'embeddings', 'types', 'layers', 'classes', 'normalization'].map(familyStem)).toEqual([
      'cach', 'cach', 'gradient', 'vanish', 'embed', 'type', 'layer', 'class', 'normal',
    ]);
    // Too short to lose an ending, "ss"/"us" endings, and words with digits or hyphens stay whole.
    expect(['use', 'bias', 'loss', 'focus', 'need', 'l2', 'tf-idf', 'bm25'].map(familyStem)).toEqual(['use', 'bias', 'loss', 'focus', 'need', 'l2', 'tf-idf', 'bm25']);
  });
});
