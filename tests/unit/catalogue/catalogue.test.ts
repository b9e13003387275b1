// The catalogue (src/lib/catalogue/index.ts) built from the fixture site (tests/fixtures/site/).
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/lib/catalogue/index.ts';
import { fixtureCatalogue, fixtureInput } from '../../helpers/fixture-site.ts';

const c = fixtureCatalogue();
const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);
const UNSAFE = "Can a title end the JSON-LD? </script><script>alert('jsonld')</script> \"><svg onload=alert('attr')>";

describe('the catalogue of the fixture site', () => {
  it('lists every question once, in reading order: sources in manifest order, then each source\'s own order', () => {
    expect(ids(c.questions)).toEqual([
      'alpha/can-a-title-end-the-json-ld',
      'alpha/what-is-self-attention',
      'alpha/derive-the-softmax-gradient',
      'alpha/compare-optimizers',
      'alpha/what-is-dropout',
      'alpha/explain-self-attention',
      'beta/what-is-dropout',
      'beta/what-is-attention',
      'beta/why-scale-the-dot-product',
    ]);
  });

  it('summarises a question by id, title as written', () => {
    expect(c.question('beta/what-is-attention')).toEqual({
      id: 'beta/what-is-attention',
      title: 'What is attention?',
      source: 'beta',
      order: 2,
      section: ['Basics'],
      topic: 'attention',
      difficulty: 'beginner',
      kind: undefined,
      number: 2,
      line: 5,
      concept: 'beta/what-is-attention',
      subtopic: 'basics',
    });
    expect(c.question('alpha/can-a-title-end-the-json-ld').title).toBe(UNSAFE);
    expect(() => c.question('alpha/nope')).toThrow('unknown question "alpha/nope"');
  });

  it('offers the difficulties some question has, easiest first and "unrated" last', () => {
    expect(c.difficulties).toEqual(['beginner', 'intermediate', 'advanced', 'unrated']);
    const input = fixtureInput();
    const rated = buildCatalogue({ ...input, questions: input.questions.filter((q) => q.data.difficulty === 'beginner') });
    expect(rated.difficulties).toEqual(['beginner']);
  });

  it('links a similar question of another concept ("Also asked as"), never one of its own concept, whose answers its page shows', () => {
    // The two "What is dropout?" are one concept: the page shows both answers, so no link.
    expect(c.related('alpha/what-is-dropout')).toEqual([]);
    expect(c.related('alpha/derive-the-softmax-gradient')).toEqual([]);
    // Were they two concepts, each would link the other.
    const input = fixtureInput();
    const apart = buildCatalogue({
      ...input,
      questions: input.questions.map((q) => (q.id === 'beta/what-is-dropout' ? { ...q, data: { ...q.data, concept: q.id } } : q)),
    });
    expect(ids(apart.related('alpha/what-is-dropout'))).toEqual(['beta/what-is-dropout']);
    expect(ids(apart.related('beta/what-is-dropout'))).toEqual(['alpha/what-is-dropout']);
  });

  it('says when the source gives no answer', () => {
    expect(c.answer('beta/why-scale-the-dot-product')).toEqual({ markdown: '', text: '', readable: '', empty: true });
    expect(c.answer('alpha/what-is-dropout').empty).toBe(false);
  });

  it('gives the answer as Markdown and as plain text without code fences, table rules or dollars', () => {
    const code = c.answer('alpha/what-is-self-attention');
    expect(code.markdown).toContain('```python');
    expect(code.text).toBe('Every token attends to every other token of the same sequence:');
    const table = c.answer('alpha/compare-optimizers').text;
    expect(table).toMatch(/^Optimizer; Step; Memory\. SGD; the gradient times the learning rate; none\./);
    expect(table).not.toContain('|');
    const math = c.answer('alpha/derive-the-softmax-gradient').text;
    expect(math).toContain('p_i = e^{z_i} / \\sum_j e^{z_j}');
    expect(math).not.toContain('$');
  });
});
