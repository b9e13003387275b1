// A source's sections and their anchors (src/lib/catalogue/sections.ts).
import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';
import { groupBySection, sectionAnchors, sectionsOf } from '../../../src/lib/catalogue/sections.ts';

const c = fixtureCatalogue();

describe('the section of a question', () => {
  it('links a question to its section heading on the source page, however often the section comes back', () => {
    expect(c.sectionOf('alpha/what-is-dropout')).toMatchObject({ label: 'Transformers', anchor: 's-transformers-1' });
    expect(c.sectionOf('alpha/what-is-self-attention')).toMatchObject({ label: 'Transformers', anchor: 's-transformers' });
    // The anchor is one of the headings the source page shows.
    for (const q of c.questions) expect(c.source(q.source).sections.map((s) => s.anchor)).toContain(c.sectionOf(q.id).anchor);
  });
});

describe('sections of hand-written lists', () => {
  const q = (section: string[]) => ({ section });

  it('groups consecutive questions with the same path, and a path that comes back is a new group', () => {
    const groups = groupBySection([q([]), q(['A']), q(['A']), q(['A', 'B']), q(['A'])]);
    expect(groups.map((g) => [g.path.join('/'), g.questions.length])).toEqual([
      ['', 1],
      ['A', 2],
      ['A/B', 1],
      ['A', 1],
    ]);
  });

  it('labels and anchors each group: unique ids, "Questions" outside any section', () => {
    expect(sectionsOf([q([]), q(['Basics']), q(['Deep', 'Dive']), q(['Basics']), q(['Basics & More?'])]).map((s) => [s.label, s.anchor])).toEqual([
      ['Questions', 's-questions'],
      ['Basics', 's-basics'],
      ['Deep › Dive', 's-deep-dive'],
      ['Basics', 's-basics-1'],
      ['Basics & More?', 's-basics--more'],
    ]);
    // A page is slugged afresh: the same paths give the same ids on every build.
    expect(sectionAnchors([['Basics'], ['Basics']])).toEqual(['s-basics', 's-basics-1']);
  });
});
