import { describe, expect, it } from 'vitest';
import { pagefindFilters, pagefindQuery, queryTerms, stateFromParams, withHighlight, writeParams } from '../../../src/lib/search/state';
import { highlightRanges } from '../../../src/lib/search/highlight';

describe('search state in the URL', () => {
  it('round-trips query and filters, dropping empty ones and keeping other params', () => {
    const s = stateFromParams(new URLSearchParams('q=kv+cache&topic=inference-serving&utm=x'));
    expect(s).toEqual({ q: 'kv cache', topic: 'inference-serving', source: '', difficulty: '' });
    expect(writeParams(new URLSearchParams('utm=x'), { ...s, difficulty: 'advanced' }).toString()).toBe(
      'utm=x&q=kv+cache&topic=inference-serving&difficulty=advanced',
    );
    expect(writeParams(new URLSearchParams('q=old&topic=nlp'), { q: '  ', topic: '', source: '', difficulty: '' }).toString()).toBe('');
  });

  it('drops "vs" between two concepts, which Pagefind would otherwise require', () => {
    expect(pagefindQuery('BM25 vs TF-IDF')).toBe('BM25 TF-IDF');
    expect(pagefindQuery('L1 vs. L2 versus elastic')).toBe('L1 L2 elastic');
    expect(pagefindQuery('canvas vsphere')).toBe('canvas vsphere');
  });

  it('gives Pagefind only the filters that are set', () => {
    expect(pagefindFilters({ q: 'x', topic: '', source: 'llm-fifty', difficulty: '' })).toEqual({ source: 'llm-fifty' });
  });

  it('attaches the query words to a result URL, before any #fragment', () => {
    expect(withHighlight('/questions/a/b/', 'KV cache')).toBe('/questions/a/b/?highlight=kv%20cache');
    expect(withHighlight('/atlas/questions/a/b/#x', 'BM25 vs TF-IDF')).toBe('/atlas/questions/a/b/?highlight=bm25%20vs%20tf-idf#x');
    expect(withHighlight('/q/', '  ')).toBe('/q/');
    expect(queryTerms('a L2 l2 <script>')).toEqual(['l2', 'script']);
  });
});

describe('highlighting searched words on the opened page', () => {
  it('finds whole words that start with a term, ignoring case', () => {
    const text = 'Gradients vanish; a vanishing gradient stalls. Nongradient stays.';
    const hits = highlightRanges(text, ['gradient', 'vanish']).map(([s, e]) => text.slice(s, e));
    expect(hits).toEqual(['Gradients', 'vanish', 'vanishing', 'gradient']);
  });

  it('treats regex characters in the query as text', () => {
    expect(highlightRanges('use C++ or c (a+b)', ['c++', '(a+b)']).length).toBeGreaterThan(0);
    expect(highlightRanges('anything', ['.*'])).toEqual([]);
  });
});
