// The trail of each kind of page (src/lib/catalogue/breadcrumbs.ts), and its structured data.
import { describe, expect, it } from 'vitest';
import { trailData, trails } from '../../../src/lib/catalogue/breadcrumbs.ts';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';

const c = fixtureCatalogue();
const shown = (t: ReturnType<typeof trails.topics>) => [...t.links.map((l) => `${l.name} <${l.path}>`), ...(t.here.shown ? [`[${t.here.name}]`] : [])];

describe('breadcrumb trails', () => {
  it('lead from home to each page, the page itself shown last without a link', () => {
    expect(shown(trails.topics())).toEqual(['Home </>', '[Topics]']);
    expect(shown(trails.sources())).toEqual(['Home </>', '[Sources]']);
    expect(shown(trails.questions())).toEqual(['Home </>', '[Questions]']);
    expect(shown(trails.topic(c.topic('attention')))).toEqual(['Home </>', 'Topics </topics/>', '[Attention & Transformers]']);
    expect(shown(trails.source(c.source('beta')))).toEqual(['Home </>', 'Sources </sources/>', '[Beta & <Friends>]']);
  });

  it('put a question under its topic, and leave its title to the page heading', () => {
    const q = c.question('alpha/can-a-title-end-the-json-ld');
    const trail = trails.question(q, c.topic(q.topic));
    expect(shown(trail)).toEqual(['Home </>', 'Topics </topics/>', 'Attention & Transformers </topics/attention/>']);
    expect(trail.here).toEqual({ name: q.title, path: '/questions/alpha/can-a-title-end-the-json-ld/', shown: false });
  });

  it('describe the same trail, page included, as a BreadcrumbList with absolute URLs', () => {
    const q = c.question('beta/what-is-dropout');
    const data = trailData(trails.question(q, c.topic(q.topic)), 'https://example.org');
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Topics', item: 'https://example.org/topics/' },
      { '@type': 'ListItem', position: 3, name: 'Training', item: 'https://example.org/topics/training/' },
      { '@type': 'ListItem', position: 4, name: 'What is dropout?', item: 'https://example.org/questions/beta/what-is-dropout/' },
    ]);
  });
});
