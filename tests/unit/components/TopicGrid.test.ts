// src/components/TopicGrid.astro and SourceList.astro (both a CardGrid), rendered with Astro's
// Container API from the fixture site's catalogue: a card per listed topic or source, none for one
// without questions, each linked, counted and described, names escaped.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import TopicGrid from '../../../src/components/TopicGrid.astro';
import SourceList from '../../../src/components/SourceList.astro';
import { parseElements } from '../../../scripts/check/html.ts';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';

const c = fixtureCatalogue();

function cards(html: string) {
  const els = parseElements(html);
  expect(els.filter((e) => e.tag === 'ul').map((u) => u.classes)).toEqual([['topic-grid']]);
  const all = (tag: string, cls?: string) => els.filter((e) => e.tag === tag && (!cls || e.classes.includes(cls)));
  const [links, counts, texts] = [all('a'), all('span', 'count'), all('p')];
  expect([links.length, counts.length, texts.length]).toEqual(Array(3).fill(all('li').length));
  return links.map((a, i) => ({ name: a.text(), href: a.attrs.get('href'), count: counts[i]!.text(), text: texts[i]!.text() }));
}

describe('TopicGrid', () => {
  it('shows each topic with questions: its link, how many questions (concepts) its page lists, and description', async () => {
    const container = await AstroContainer.create();
    expect(cards(await container.renderToString(TopicGrid, { props: { topics: c.topics } }))).toEqual([
      { name: 'Attention & Transformers', href: '/topics/attention/', count: '4', text: 'Self-attention, heads and the transformer block.' },
      { name: 'Training', href: '/topics/training/', count: '2', text: 'Optimisers, regularisation and schedules.' },
      { name: 'Maths', href: '/topics/math/', count: '1', text: 'Derivations.' },
    ]);
  });
});

describe('SourceList', () => {
  it('shows each source with questions: its link, count and origin, its title as text', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SourceList, { props: { sources: c.sources } });
    expect(cards(html)).toEqual([
      { name: 'Alpha notes', href: '/sources/alpha/', count: '6', text: 'Written for the tests' },
      { name: 'Beta & <Friends>', href: '/sources/beta/', count: '3', text: 'Also written for the tests' },
    ]);
    expect(html).not.toContain('<Friends>');
  });
});
