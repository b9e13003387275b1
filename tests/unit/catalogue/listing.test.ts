// Listed topics and sources (src/lib/catalogue/listing.ts), from the fixture site.
import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';

const c = fixtureCatalogue();
const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);

describe('the topics and sources the site lists', () => {
  it('lists only the topics and sources that have questions, in their declared order', () => {
    expect(c.topics.map((t) => [t.slug, t.questions.length, t.concepts.length])).toEqual([
      ['attention', 5, 4],
      ['training', 3, 2],
      ['math', 1, 1],
    ]);
    expect(c.sources.map((s) => [s.id, s.questions.length, s.concepts.length])).toEqual([
      ['alpha', 6, 5],
      ['beta', 3, 3],
    ]);
    expect(() => c.topic('unused')).toThrow('unknown topic "unused"');
    expect(() => c.source('empty')).toThrow('unknown source "empty"');
  });

  it('gives a topic its questions in reading order', () => {
    expect(ids(c.topic('training').questions)).toEqual(['alpha/compare-optimizers', 'alpha/what-is-dropout', 'beta/what-is-dropout']);
  });

  it('gives a source the concepts it answers, and the topics of those with how many concepts each, in topic order', () => {
    // Beta answers dropout too: the concept counts for both sources, once for each.
    expect(ids(c.source('beta').concepts)).toEqual(['alpha/what-is-dropout', 'beta/what-is-attention', 'beta/why-scale-the-dot-product']);
    // Alpha asks self-attention twice: one concept.
    expect(c.source('alpha').topics.map((t) => [t.topic.slug, t.concepts])).toEqual([
      ['attention', 2],
      ['training', 2],
      ['math', 1],
    ]);
    expect(c.source('beta').topics.map((t) => [t.topic.slug, t.concepts])).toEqual([
      ['attention', 2],
      ['training', 1],
    ]);
  });
});
