// Previous and next (src/lib/catalogue/neighbours.ts), from the fixture site.
import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';
import { neighbours } from '../../../src/lib/catalogue/neighbours.ts';
import { readingOrder } from '../../../src/lib/catalogue/order.ts';

const c = fixtureCatalogue();
const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);

describe('previous and next', () => {
  it('gives previous and next within the question\'s topic, across sources, in reading order', () => {
    expect(ids(Object.values(c.neighbours('alpha/what-is-dropout')))).toEqual(['alpha/compare-optimizers', 'beta/what-is-dropout']);
    const first = c.neighbours('alpha/can-a-title-end-the-json-ld');
    expect(first.prev).toBeUndefined();
    expect(first.next?.id).toBe('alpha/what-is-self-attention');
    expect(c.neighbours('beta/what-is-attention')).toEqual({ prev: c.question('alpha/what-is-self-attention'), next: undefined });
  });
});

describe('reading order and neighbours of hand-written lists', () => {
  const q = (id: string, source: string, order: number) => ({ id, source, order });

  it('orders by the manifest\'s sources, then by order; an unknown source comes last', () => {
    const ordered = readingOrder([q('b2', 'b', 2), q('x1', 'x', 1), q('a9', 'a', 9), q('b1', 'b', 1), q('a1', 'a', 1)], ['b', 'a']);
    expect(ordered.map((x) => x.id)).toEqual(['b1', 'b2', 'a1', 'a9', 'x1']);
  });

  it('stays within the same source unless told otherwise, and knows nothing of an unknown id', () => {
    const list = [q('a1', 'a', 1), q('a2', 'a', 2), q('b1', 'b', 1)];
    expect(neighbours(list, 'a2')).toEqual({ prev: list[0], next: undefined });
    expect(neighbours(list, 'a2', () => true)).toEqual({ prev: list[0], next: list[2] });
    expect(neighbours(list, 'zz')).toEqual({});
  });
});
