// Listed topics and sources (src/lib/catalogue/listing.ts), from the fixture site.
import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';

const c = fixtureCatalogue();
const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);

describe('the topics and sources the site lists', () => {
  it('lists only the topics and sources that have questions, in their declared order', () => {
    expect(c.topics.map((t) => [t.slug, t.questions.length])).toEqual([
      ['attention', 3],
      ['training', 3],
      ['math', 1],
    ]);
    expect(c.sources.map((s) => [s.id, s.questions.length])).toEqual([
      ['alpha', 5],
      ['beta', 2],
    ]);
    expect(() => c.topic('unused')).toThrow('unknown topic "unused"');
    expect(() => c.source('empty')).toThrow('unknown source "empty"');
  });

  it('gives a topic its questions grouped by source, each group in the source\'s order', () => {
    const training = c.topic('training');
    expect(training.bySource.map((g) => [g.source.title, ids(g.questions)])).toEqual([
      ['Alpha notes', ['alpha/compare-optimizers', 'alpha/what-is-dropout']],
      ['Beta & <Friends>', ['beta/what-is-dropout']],
    ]);
    expect(c.topic('math').bySource.map((g) => g.source.id)).toEqual(['alpha']);
  });

  it('gives a source the topics of its questions, with counts, in topic order', () => {
    expect(c.source('alpha').topics.map((t) => [t.topic.slug, t.count])).toEqual([
      ['attention', 2],
      ['training', 2],
      ['math', 1],
    ]);
  });
});
