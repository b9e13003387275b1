// A topic's concepts under its subtopics (src/lib/catalogue/subtopics.ts), from the fixture site:
// Attention declares "Attention basics", "Heads" (no concept has it) and "Self-attention"; its
// unsafe-title question has no subtopic.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/lib/catalogue/index.ts';
import { subtopicGroups } from '../../../src/lib/catalogue/subtopics.ts';
import { fixtureCatalogue, fixtureInput } from '../../helpers/fixture-site.ts';

const c = fixtureCatalogue();
const shown = (groups: ReturnType<typeof subtopicGroups>) => groups.map((g) => [g.name, g.anchor, g.concepts.map((k) => k.id)]);

describe('subtopic groups', () => {
  it('lists a topic\'s concepts under its subtopics in declared order, leaving out empty ones, unassigned ones last', () => {
    const attention = c.topic('attention');
    expect(attention.subtopics?.map((s) => s.slug)).toEqual(['basics', 'heads', 'self-attention']);
    expect(shown(attention.groups)).toEqual([
      ['Attention basics', 'sub-basics', ['beta/what-is-attention', 'beta/why-scale-the-dot-product']],
      ['Self-attention', 'sub-self-attention', ['alpha/what-is-self-attention']],
      ['Other questions', 'other-questions', ['alpha/can-a-title-end-the-json-ld']],
    ]);
    expect(attention.groups.map((g) => g.slug)).toEqual(['basics', 'self-attention', undefined]);
    // The topic's concepts, as its page lists them.
    expect(attention.concepts.map((k) => k.id)).toEqual(['beta/what-is-attention', 'beta/why-scale-the-dot-product', 'alpha/what-is-self-attention', 'alpha/can-a-title-end-the-json-ld']);
  });

  it('makes a topic without subtopics one group', () => {
    expect(shown(c.topic('training').groups)).toEqual([['Questions', 'questions', ['alpha/compare-optimizers', 'alpha/what-is-dropout']]]);
  });

  it('refuses a concept whose subtopic the topic does not declare', () => {
    const input = fixtureInput();
    const questions = input.questions.map((q) => (q.id === 'beta/what-is-attention' ? { ...q, data: { ...q.data, subtopic: 'nope' } } : q));
    expect(() => buildCatalogue({ ...input, questions })).toThrow(`concept "beta/what-is-attention": subtopic "nope" is not one of topic "attention"'s`);
  });
});
