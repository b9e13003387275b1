// src/components/Breadcrumbs.astro, rendered with Astro's Container API: the visible trail and
// its JSON-LD come from one trail, so they name the same pages; a hostile title stays text.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Breadcrumbs from '../../../src/components/Breadcrumbs.astro';
import { trails, type Trail } from '../../../src/lib/catalogue/breadcrumbs.ts';
import { parseElements } from '../../../scripts/check/html.ts';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';

const SITE = 'https://example.org';
const c = fixtureCatalogue();
let render: (trail: Trail, structuredData?: boolean) => Promise<string>;

beforeAll(async () => {
  const container = await AstroContainer.create({ astroConfig: { site: SITE } });
  render = (trail, structuredData) => container.renderToString(Breadcrumbs, { props: structuredData === undefined ? { trail } : { trail, structuredData } });
});

/** The visible trail (links, then the current page if shown) and the JSON-LD blocks. */
function read(html: string) {
  const els = parseElements(html);
  const nav = els.filter((e) => e.tag === 'nav');
  const links = els.filter((e) => e.tag === 'a').map((a) => ({ name: a.text(), url: new URL(a.attrs.get('href')!, SITE).href }));
  const current = els.filter((e) => e.attrs.get('aria-current') === 'page').map((e) => e.text());
  const data = els.filter((e) => e.tag === 'script' && e.attrs.get('type') === 'application/ld+json').map((s) => JSON.parse(s.text()));
  return { nav, text: nav.map((n) => n.text()).join(''), links, current, data };
}

describe('Breadcrumbs', () => {
  it('shows a topic page\'s trail, itself last and not a link, and describes the same pages as JSON-LD', async () => {
    const page = read(await render(trails.topic(c.topic('attention'))));
    expect(page.nav.map((n) => n.attrs.get('aria-label'))).toEqual(['Breadcrumb']);
    expect(page.text).toBe('Home › Topics › Attention & Transformers');
    expect(page.current).toEqual(['Attention & Transformers']);
    expect(page.data).toHaveLength(1);
    const items = page.data[0].itemListElement.map((i: { name: string; item: string }) => ({ name: i.name, url: i.item }));
    expect(items).toEqual([...page.links, { name: 'Attention & Transformers', url: `${SITE}/topics/attention/` }]);
  });

  it('ends a question\'s visible trail at its topic, and its JSON-LD at the question, a hostile title kept as text', async () => {
    const q = c.question('alpha/can-a-title-end-the-json-ld');
    const html = await render(trails.question(q, c.topic(q.topic)));
    const page = read(html);
    expect(page.text).toBe('Home › Topics › Attention & Transformers');
    expect(page.current).toEqual([]);
    // The title's "</script>" did not end the data block: exactly one script, whose data still holds the title.
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(page.data[0].itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', 'Topics', 'Attention & Transformers', q.title]);
    expect(page.data[0].itemListElement.at(-1).item).toBe(`${SITE}/questions/alpha/can-a-title-end-the-json-ld/`);
  });

  it('escapes a name in the visible trail', async () => {
    const html = await render(trails.source(c.source('beta')));
    expect(html).toContain('Beta &amp; &lt;Friends&gt;');
    expect(read(html).current).toEqual(['Beta & <Friends>']);
  });

  it('writes no JSON-LD when told not to (the index pages)', async () => {
    const page = read(await render(trails.topics(), false));
    expect(page.text).toBe('Home › Topics');
    expect(page.data).toEqual([]);
  });
});
