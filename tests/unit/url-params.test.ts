import { describe, expect, it } from 'vitest';
import { valuesFromParams, withValues } from '../../src/lib/url-params';

// The query strings of the search page, a topic page's filter and the practice set-up.
describe('a form’s choices in the URL', () => {
  it('reads the values of the names it is asked for, one or many, and leaves out the names the URL lacks', () => {
    const p = new URLSearchParams('only=saved&topic=nlp&topic=attention-transformers&utm=x&difficulty=');
    expect(valuesFromParams(p, ['only', 'topic', 'source', 'difficulty'])).toEqual({
      only: ['saved'],
      topic: ['nlp', 'attention-transformers'],
      difficulty: [''],
    });
  });

  it('writes choices in place of the old ones, drops empty ones and keeps every other parameter', () => {
    const p = new URLSearchParams('utm=x&difficulty=beginner&hide=learned');
    expect(withValues(p, { difficulty: ['advanced'], source: [], hide: [] }).toString()).toBe('utm=x&difficulty=advanced');
    expect(withValues(p, { difficulty: '', hide: 'learned' }).toString()).toBe('utm=x&hide=learned');
    expect(withValues(new URLSearchParams(), { topic: ['a', 'b'], q: 'kv cache' }).toString()).toBe('topic=a&topic=b&q=kv+cache');
    // The params given are not changed.
    expect(p.toString()).toBe('utm=x&difficulty=beginner&hide=learned');
  });
});
