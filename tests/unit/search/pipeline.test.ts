import { describe, expect, it } from 'vitest';
import { answer, answerKind, statusText, waysOut, type Answer } from '../../../src/lib/search/pipeline';
import { emptyState, type SearchState } from '../../../src/lib/search/state';
import type { AnswerOptions } from '../../../src/lib/search/pipeline';
import { FakeIndex, type FakeDoc } from './fake-index';

// Titles and wording as the sources have them; the answers cut short.
const DOCS: FakeDoc[] = [
  {
    id: 'llm-fifty/dropout-layers',
    title: 'How do you add dropout layers in a Keras model?',
    text: 'Add a Dropout layer after each dense layer; dropout rate 0.5 is common; dropout is off at inference.',
    topic: 'training-optimization',
    source: 'llm-fifty',
  },
  { id: 'ai-engineer/dropout', title: 'Dropout', text: 'Randomly zeroes activations during training.', topic: 'training-optimization', source: 'ai-engineer', difficulty: 'beginner' },
  {
    id: 'ai-engineer/vanishing',
    title: 'Vanishing vs Exploding Gradients',
    text: 'Gradients shrink or grow through many layers.',
    topic: 'training-optimization',
    source: 'ai-engineer',
    difficulty: 'intermediate',
  },
  { id: 'ml-llm-qa/vae', title: 'What are VAEs?', text: 'VAEs learn a latent distribution with reparameterized gradients.', topic: 'generative', source: 'ml-llm-qa' },
  { id: 'ml-llm-qa/transformer', title: 'Explain the transformer architecture.', text: 'Attention layers and feed-forward layers with x residuals.', topic: 'attention-transformers', source: 'ml-llm-qa' },
  { id: 'llm-fifty/attention', title: 'What is the attention mechanism?', text: 'Attention weighs values by query-key similarity.', topic: 'attention-transformers', source: 'llm-fifty' },
  {
    id: 'ml-dl-llm-2025/gqa',
    title: 'What is Grouped-Query Attention?',
    text: 'Query heads share key-value heads in groups, between multi-head and multi-query attention.',
    alt: 'What is GQA? | What is group query attention?',
    topic: 'attention-transformers',
    source: 'ml-dl-llm-2025',
  },
  { id: 'ml-llm-qa/mha-gqa', title: 'Compare MHA, GQA and MQA.', text: 'GQA sits between MHA and MQA; GQA is what Llama uses.', topic: 'attention-transformers', source: 'ml-llm-qa' },
];

/** The word list the index's build writes (pagefind/words.txt), for these documents. */
const WORDS = new Map(
  [...new Set(DOCS.flatMap((d) => `${d.title} ${d.text} ${d.alt ?? ''}`.toLowerCase().match(/\p{L}+/gu) ?? []))].filter((w) => w.length >= 4).map((w) => [w, 1]),
);

const state = (q: string, filters: Partial<SearchState> = {}): SearchState => ({ ...emptyState(), q, ...filters });

async function search(q: string, filters: Partial<SearchState> = {}, opts: AnswerOptions = {}, docs = DOCS, fallback = true) {
  const index = new FakeIndex(docs, { fallback });
  const a = (await answer(async () => index, state(q, filters), opts))!;
  const titles = await Promise.all(a.results.map(async (r) => (await r.data()).meta.title));
  const out = await waysOut(a, async () => index);
  return { a, titles, status: statusText(a), kind: answerKind(a), waysOut: out, index };
}
const words = { words: async () => WORDS };

describe('the search pipeline, against a fake index', () => {
  it('answers an empty search without loading the index', async () => {
    let loaded = false;
    for (const q of ['  ', 'd', ' x ']) {
      // One character finds everything and tells nothing: no search before the second.
      const a = (await answer(async () => ((loaded = true), new FakeIndex(DOCS)), state(q)))!;
      expect(a.results).toEqual([]);
      expect(answerKind(a)).toBe('empty');
    }
    expect(loaded).toBe(false);
    const a = (await answer(async () => new FakeIndex(DOCS), state('  ')))!;
    expect(await waysOut(a, async () => new FakeIndex(DOCS))).toBeUndefined();
  });

  it('puts the question about the concept above one that only says it more often', async () => {
    const { titles, status, kind } = await search('dropout');
    expect(titles).toEqual(['Dropout', 'How do you add dropout layers in a Keras model?']);
    expect(status).toBe('2 questions for “dropout”');
    expect(kind).toBe('results');
  });

  it('leaves stop words out of what the index must find', async () => {
    const { a, titles } = await search('what is the dropout');
    expect(a.searched).toBe('dropout');
    expect(titles[0]).toBe('Dropout');
  });

  it('says when no question contains a word, instead of showing what the index fell back to', async () => {
    // The fake, like Pagefind, answers "xyzzyqq" with every "x" ("x residuals").
    expect((await new FakeIndex(DOCS).search('xyzzyqq', {})).map((h) => h.id)).toEqual(['ml-llm-qa/transformer']);
    for (const opts of [{}, words]) {
      const { a, status, kind, waysOut: w } = await search('xyzzyqq', {}, opts);
      expect(a.missing).toEqual(['xyzzyqq']);
      expect(a.results).toEqual([]);
      expect(a.corrected).toBeUndefined();
      expect(status).toBe('No question contains “xyzzyqq”.');
      expect(kind).toBe('none');
      expect(w).toEqual({ hint: true, clearFilters: undefined });
    }
  });

  it('says when no question contains a word the index answers with nothing, as Pagefind 1.6 does', async () => {
    expect(await new FakeIndex(DOCS, { fallback: false }).search('xyzzyqq', {})).toEqual([]);
    for (const opts of [{}, words]) {
      const { a, status, kind, waysOut: w } = await search('xyzzyqq', {}, opts, DOCS, false);
      expect(a.missing).toEqual(['xyzzyqq']);
      expect(status).toBe('No question contains “xyzzyqq”.');
      expect(kind).toBe('none');
      expect(w).toEqual({ hint: true, clearFilters: undefined });
    }
    // A word some question has, with filters no question with it has: the filters are the reason.
    const filtered = await search('keras', { topic: 'nlp' }, words, DOCS, false);
    expect(filtered.a.missing).toEqual([]);
    expect(filtered.status).toBe('No question matches “keras” with these filters.');
  });

  it('corrects a typo from the index’s own words and searches again, saying so', async () => {
    const { a, titles, status, kind } = await search('vanshing gradients', {}, words);
    expect(a.corrected).toEqual({ query: 'vanishing gradients', changes: [['vanshing', 'vanishing']] });
    expect(a.searched).toBe('vanishing gradients');
    expect(a.missing).toEqual([]);
    expect(titles[0]).toBe('Vanishing vs Exploding Gradients');
    expect(status).toBe('1 question for “vanishing gradients”');
    expect(kind).toBe('results');
    // A typo that finds nothing at all, and swapped letters.
    expect((await search('atention', {}, words)).titles[0]).toBe('What is the attention mechanism?');
    expect((await search('dropuot', {}, words)).titles[0]).toBe('Dropout');
  });

  it('searches the query as typed when the reader asks, or without a word list', async () => {
    for (const opts of [{ ...words, asTyped: true }, {}]) {
      const { a, titles, status, kind } = await search('vanshing gradients', {}, opts);
      expect(a.corrected).toBeUndefined();
      expect(a.missing).toEqual(['vanshing']);
      expect(a.searched).toBe('gradients');
      expect(titles).toContain('Vanishing vs Exploding Gradients');
      expect(status).toBe('No question contains “vanshing”.');
      expect(kind).toBe('closest');
    }
  });

  it('says which words no question contains when nothing has every word, rather than searching each alone', async () => {
    // Alone, "xyzzyqq" finds the "x" of "x residuals", "qqvb" the "query" of two answers, and no
    // question has both: searched one by one, they would list all three as results for the query.
    for (const opts of [{}, { ...words, asTyped: true }]) {
      const none = await search('xyzzyqq qqvb', {}, opts);
      expect(none.a.missing).toEqual(['xyzzyqq', 'qqvb']);
      expect(none.a.results).toEqual([]);
      expect(none.status).toBe('No question contains “xyzzyqq” or “qqvb”.');
      expect(none.kind).toBe('none');
      expect(none.waysOut).toEqual({ hint: true, clearFilters: undefined });
      // With a word some question has, that word's questions are the closest matches.
      const closest = await search('xyzzyqq keras', {}, opts);
      expect(closest.a.missing).toEqual(['xyzzyqq']);
      expect(closest.titles).toEqual(['How do you add dropout layers in a Keras model?']);
      expect(closest.status).toBe('No question contains “xyzzyqq”.');
      expect(closest.kind).toBe('closest');
    }
    // Words that are all there, in no one question, are still searched one by one.
    const each = await search('keras residuals');
    expect(each.a.missing).toEqual([]);
    expect(each.titles).toEqual(expect.arrayContaining(['How do you add dropout layers in a Keras model?', 'Explain the transformer architecture.']));
  });

  it('keeps a near miss’s results as the closest matches when nothing corrects it', async () => {
    const { a, titles, kind } = await search('transformerz');
    expect(a.missing).toEqual(['transformerz']);
    expect(titles).toEqual(['Explain the transformer architecture.']);
    expect(kind).toBe('closest');
    expect((await search('transformerz', {}, words)).a.corrected?.query).toBe('transformer');
  });

  it('finds a question by its title’s synonym and ranks it as a title match', async () => {
    // "GQA" is in one answer more often, but the question about it says it only in other words.
    const { titles } = await search('GQA');
    expect(titles[0]).toBe('What is Grouped-Query Attention?');
  });

  it('lets a question asked in full find what answers it without its framing words', async () => {
    // No answer says "work" or "explain": those words only frame the question.
    const { a, titles } = await search('how does dropout work');
    expect(titles[0]).toBe('Dropout');
    expect(a.missing).toEqual([]);
    expect((await search('explain attention similarity')).titles[0]).toBe('What is the attention mechanism?');
  });

  it('searches a quoted phrase exactly, without telling words apart', async () => {
    const found = await search('"feed-forward layers"');
    expect(found.titles).toEqual(['Explain the transformer architecture.']);
    expect(found.a.missing).toEqual([]);
    const none = await search('"layers feed-forward"');
    expect(none.status).toBe('No question matches “"layers feed-forward"”.');
    expect(none.waysOut).toEqual({ clearFilters: undefined, hint: true });
  });

  it('filters, and offers to clear filters that leave nothing, with how many match without them', async () => {
    const narrowed = await search('dropout', { difficulty: 'beginner' });
    expect(narrowed.titles).toEqual(['Dropout']);
    const none = await search('attention', { source: 'ai-engineer' });
    expect(none.status).toBe('No question matches “attention” with these filters.');
    expect(none.waysOut).toEqual({ clearFilters: '3 without filters.', hint: false });
    const neither = await search('dropout', { topic: 'generative' });
    expect(neither.waysOut).toEqual({ clearFilters: '2 without filters.', hint: false });
    const filterOnly = await search('', { topic: 'generative' });
    expect(filterOnly.status).toBe('1 question');
    const emptyFilter = await search('', { topic: 'nothing-here' });
    expect(emptyFilter.waysOut).toEqual({ clearFilters: '', hint: false });
  });

  it('under filters that leave nothing, says a word no question contains, not that the filters are why', async () => {
    // The index's stand-ins for a typo ("at..." for "atention") are not taken for the word.
    const filtered = await search('atention', { source: 'ai-engineer' });
    expect(filtered.a.missing).toEqual(['atention']);
    expect(filtered.status).toBe('No question contains “atention”.');
    expect(filtered.waysOut).toEqual({ clearFilters: '', hint: true });
    // A word some question has: the filters are why, and how many match without them is said.
    const keras = await search('keras', { topic: 'nlp' });
    expect(keras.status).toBe('No question matches “keras” with these filters.');
    expect(keras.waysOut).toEqual({ clearFilters: '1 without filters.', hint: false });
  });

  it('gives up a search a newer one made moot', async () => {
    let newer = false;
    const index = new FakeIndex(DOCS);
    const a = await answer(
      async () => {
        newer = true; // the reader typed on while the index loaded
        return index;
      },
      state('dropout'),
      { isStale: () => newer },
    );
    expect(a).toBeUndefined();
    expect(index.searches).toBe(0);
    const done = (await answer(async () => index, state('keras', { topic: 'nlp' }))) as Answer;
    expect(await waysOut(done, async () => index, () => true)).toBeUndefined();
  });

});
