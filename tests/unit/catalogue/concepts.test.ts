// Concepts (src/lib/catalogue/concepts.ts): the questions that ask the same thing, from the fixture
// site, where "What is dropout?" is asked by two sources and self-attention twice by one.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/lib/catalogue/index.ts';
import { fixtureCatalogue, fixtureInput } from '../../helpers/fixture-site.ts';

const c = fixtureCatalogue();
const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);

describe('concepts of the fixture site', () => {
  it('gathers each concept once, in the reading order of its first question, with its title, topic, subtopic and sources', () => {
    expect(c.concepts.map((k) => [k.id, k.title, k.topic, k.subtopic, k.sources])).toEqual([
      ['alpha/can-a-title-end-the-json-ld', c.question('alpha/can-a-title-end-the-json-ld').title, 'attention', undefined, ['alpha']],
      ['alpha/what-is-self-attention', 'What is self-attention?', 'attention', 'self-attention', ['alpha']],
      ['alpha/derive-the-softmax-gradient', 'Derive the softmax gradient', 'math', undefined, ['alpha']],
      ['alpha/compare-optimizers', 'Compare SGD and Adam', 'training', undefined, ['alpha']],
      ['alpha/what-is-dropout', 'What is dropout?', 'training', undefined, ['alpha', 'beta']],
      ['beta/what-is-attention', 'What is attention?', 'attention', 'basics', ['beta']],
      ['beta/why-scale-the-dot-product', 'Why scale the dot product?', 'attention', 'basics', ['beta']],
    ]);
  });

  it('lists a concept\'s questions in reading order, across sources and within one', () => {
    expect(ids(c.concept('alpha/what-is-dropout').questions)).toEqual(['alpha/what-is-dropout', 'beta/what-is-dropout']);
    expect(ids(c.concept('alpha/what-is-self-attention').questions)).toEqual(['alpha/what-is-self-attention', 'alpha/explain-self-attention']);
    expect(() => c.concept('alpha/nope')).toThrow('unknown concept "alpha/nope"');
  });

  it('finds the concept of a question, and the other questions of it (the other answers its page shows)', () => {
    expect(c.conceptOf('beta/what-is-dropout').id).toBe('alpha/what-is-dropout');
    expect(ids(c.sameConcept('beta/what-is-dropout'))).toEqual(['alpha/what-is-dropout']);
    expect(ids(c.sameConcept('alpha/what-is-self-attention'))).toEqual(['alpha/explain-self-attention']);
    expect(c.sameConcept('beta/what-is-attention')).toEqual([]);
    expect(() => c.conceptOf('alpha/nope')).toThrow('unknown question "alpha/nope"');
  });

  it('splits a concept whose questions disagree on topic or subtopic, so each is listed in its own; the part without the named question takes its first question\'s id', () => {
    const input = fixtureInput();
    const change = (id: string, data: object) =>
      buildCatalogue({ ...input, questions: input.questions.map((q) => (q.id === id ? { ...q, data: { ...q.data, ...data } } : q)) });
    const moved = change('beta/what-is-dropout', { topic: 'math' });
    expect(ids(moved.concept('alpha/what-is-dropout').questions)).toEqual(['alpha/what-is-dropout']);
    expect(moved.conceptOf('beta/what-is-dropout')).toMatchObject({ id: 'beta/what-is-dropout', topic: 'math', title: 'What is dropout?' });
    expect(moved.topic('math').concepts.map((k) => k.id)).toEqual(['alpha/derive-the-softmax-gradient', 'beta/what-is-dropout']);
    expect(moved.sameConcept('alpha/what-is-dropout')).toEqual([]);
    // The question the concept is named after may come second: its part keeps the name.
    const regrouped = change('alpha/what-is-self-attention', { subtopic: 'basics' });
    expect(regrouped.conceptOf('alpha/what-is-self-attention').id).toBe('alpha/what-is-self-attention');
    expect(regrouped.conceptOf('alpha/explain-self-attention').id).toBe('alpha/explain-self-attention');
    // A title written differently in one file: the first question's wins.
    expect(change('beta/what-is-dropout', { conceptTitle: 'Dropout' }).concept('alpha/what-is-dropout').title).toBe('What is dropout?');
  });
});
