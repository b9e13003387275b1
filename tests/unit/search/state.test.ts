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

  it('drops English stop words, which Pagefind would otherwise require on every page', () => {
    expect(pagefindQuery('attention is all you need')).toBe('attention need');
    expect(pagefindQuery('What is the difference between L1 and L2?')).toBe('difference L1 L2?');
    expect(pagefindQuery('  How does  KV caching work ')).toBe('KV caching work');
    // Words that carry meaning in ML stay.
    expect(pagefindQuery('not few more out of distribution')).toBe('not few more out distribution');
    // Parts of words and code are not stop words.
    expect(pagefindQuery('is_causal isolation it-based')).toBe('is_causal isolation it-based');
  });

  it('keeps a query of only stop words, and a "quoted phrase" exactly', () => {
    expect(pagefindQuery('what is')).toBe('what is');
    // A lone letter, as a word is being typed, is not searched for unless it is all there is.
    expect(pagefindQuery('precision r')).toBe('precision');
    expect(pagefindQuery('L1 vs L2 a')).toBe('L1 L2');
    expect(pagefindQuery('x')).toBe('x');
    expect(pagefindQuery(' "mark as learned" ')).toBe('"mark as learned"');
  });

  it('gives Pagefind only the filters that are set', () => {
    expect(pagefindFilters({ q: 'x', topic: '', source: 'llm-fifty', difficulty: '' })).toEqual({ source: 'llm-fifty' });
  });

  it('attaches the query words to a result URL, before any #fragment', () => {
    expect(withHighlight('/questions/a/b/', 'KV cache')).toBe('/questions/a/b/?highlight=kv%20cache');
    expect(withHighlight('/atlas/questions/a/b/#x', 'BM25 vs TF-IDF')).toBe('/atlas/questions/a/b/?highlight=bm25%20tf-idf#x');
    expect(withHighlight('/q/', '  ')).toBe('/q/');
    expect(queryTerms('a L2 l2 <script>')).toEqual(['l2', 'script']);
  });

  it('highlights no stop word, unless the query has nothing else', () => {
    expect(queryTerms('Attention is all you need')).toEqual(['attention', 'need']);
    expect(queryTerms('what is the KV cache?')).toEqual(['kv', 'cache']);
    expect(queryTerms('e.g. GPT-4 vs. BERT')).toEqual(['gpt-4', 'bert']);
    expect(queryTerms('what is this')).toEqual(['what', 'is', 'this']);
  });
});

describe('highlighting searched words on the opened page', () => {
  it('finds whole words that start with a term, ignoring case', () => {
    const text = 'Gradients vanish; a vanishing gradient stalls. Nongradient stays.';
    const hits = highlightRanges(text, ['gradient', 'vanish']).map(([s, e]) => text.slice(s, e));
    expect(hits).toEqual(['Gradients', 'vanish', 'vanishing', 'gradient']);
  });

  it('marks the forms of a word that search matches through its stem', () => {
    const title = 'How does KV caching work? The cache is cached; the cachet is not a CACHE.';
    const hits = highlightRanges(title, ['kv', 'cache']).map(([s, e]) => title.slice(s, e));
    expect(hits).toEqual(['KV', 'caching', 'cache', 'cached', 'cachet', 'CACHE']);
    const text = 'Embedding layers embed tokens; normalized and normalization; study or studies; queries.';
    const marked = (terms: string[]) => highlightRanges(text, terms).map(([s, e]) => text.slice(s, e));
    expect(marked(['embeddings'])).toEqual(['Embedding', 'embed']);
    expect(marked(['normalization'])).toEqual(['normalized', 'normalization']);
    expect(marked(['studies'])).toEqual(['study', 'studies']);
    expect(marked(['query'])).toEqual(['queries']);
  });

  it('treats regex characters in the query as text', () => {
    expect(highlightRanges('use C++ or c (a+b)', ['c++', '(a+b)']).length).toBeGreaterThan(0);
    expect(highlightRanges('anything', ['.*'])).toEqual([]);
  });
});
