// Previous and next (src/lib/catalogue/neighbours.ts), from the fixture site: along the topic page,
// concept by concept in subtopic order, each leading to its concept's first question.
import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';
import { readingOrder } from '../../../src/lib/catalogue/order.ts';

const c = fixtureCatalogue();
const pair = (id: string) => {
  const { prev, next } = c.neighbours(id);
  return [prev?.id, next?.id];
};

describe('previous and next', () => {
  it('walk the topic as its page lists it: subtopic by subtopic, concept by concept', () => {
    // Attention: basics (what-is-attention, why-scale), self-attention, then the unassigned one.
    expect(pair('beta/what-is-attention')).toEqual([undefined, 'beta/why-scale-the-dot-product']);
    expect(pair('beta/why-scale-the-dot-product')).toEqual(['beta/what-is-attention', 'alpha/what-is-self-attention']);
    expect(pair('alpha/can-a-title-end-the-json-ld')).toEqual(['alpha/what-is-self-attention', undefined]);
  });

  it('skip the other questions of the same concept: every question of it leads to the same neighbours', () => {
    expect(pair('alpha/what-is-self-attention')).toEqual(['beta/why-scale-the-dot-product', 'alpha/can-a-title-end-the-json-ld']);
    expect(pair('alpha/explain-self-attention')).toEqual(pair('alpha/what-is-self-attention'));
    expect(pair('alpha/compare-optimizers')).toEqual([undefined, 'alpha/what-is-dropout']);
    expect(pair('beta/what-is-dropout')).toEqual(['alpha/compare-optimizers', undefined]);
    expect(c.neighbours('alpha/derive-the-softmax-gradient')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('reading order of hand-written lists', () => {
  const q = (id: string, source: string, order: number) => ({ id, source, order });

  it('orders by the manifest\'s sources, then by order; an unknown source comes last', () => {
    const ordered = readingOrder([q('b2', 'b', 2), q('x1', 'x', 1), q('a9', 'a', 9), q('b1', 'b', 1), q('a1', 'a', 1)], ['b', 'a']);
    expect(ordered.map((x) => x.id)).toEqual(['b1', 'b2', 'a1', 'a9', 'x1']);
  });
});
