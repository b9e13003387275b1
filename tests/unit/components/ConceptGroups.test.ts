// src/components/ConceptGroups.astro and ConceptItem.astro, rendered with Astro's Container API
// from the fixture site: a topic page's concepts under its subtopics, each concept once with its
// title, who answers it, its difficulties and the data the filter and the study marks read.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ConceptGroups from '../../../src/components/ConceptGroups.astro';
import ConceptItem from '../../../src/components/ConceptItem.astro';
import { parseElements, type El } from '../../../scripts/check/html.ts';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';
import { visibleText } from '../../helpers/visible.ts';

const c = fixtureCatalogue();
const sourceTitle = (id: string) => c.source(id).title;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(component, { props });
  return { html, els: parseElements(html) };
}
const data = (li: El) => Object.fromEntries([...li.attrs].filter(([k]) => k.startsWith('data-')));

describe('ConceptItem', () => {
  it('lists a concept asked by two sources once: its title linked to its first question, both difficulties, "2 sources"', async () => {
    const { html, els } = await render(ConceptItem, { concept: c.concept('alpha/what-is-dropout'), sourceTitle });
    const li = els.find((e) => e.tag === 'li')!;
    expect(data(li)).toEqual({
      'data-concept': 'alpha/what-is-dropout',
      'data-members': 'alpha/what-is-dropout beta/what-is-dropout',
      'data-facets': 'alpha:intermediate beta:beginner',
    });
    expect(els.filter((e) => e.tag === 'a').map((a) => [a.text(), a.attrs.get('href')])).toEqual([['What is dropout?', '/questions/alpha/what-is-dropout/']]);
    expect(visibleText(html)).toBe('What is dropout? Difficulty: Beginner Difficulty: Intermediate 2 sources');
  });

  it('names the source of a concept one source asks, with how many answers when it asks it more than once', async () => {
    expect(visibleText((await render(ConceptItem, { concept: c.concept('alpha/what-is-self-attention'), sourceTitle })).html)).toBe(
      'What is self-attention? Difficulty: Beginner Difficulty: Intermediate Alpha notes, 2 answers',
    );
    const { html } = await render(ConceptItem, { concept: c.concept('beta/what-is-attention'), sourceTitle });
    expect(visibleText(html)).toBe('What is attention? Difficulty: Beginner Beta & <Friends>');
    expect(html).not.toContain('<Friends>');
    const unrated = await render(ConceptItem, { concept: c.concept('alpha/compare-optimizers'), sourceTitle });
    expect(data(unrated.els.find((e) => e.tag === 'li')!)['data-facets']).toBe('alpha:unrated');
    expect(visibleText(unrated.html)).toBe('Compare SGD and Adam Math/Code Alpha notes');
  });
});

describe('ConceptGroups', () => {
  it('lists a topic\'s concepts under its subtopics, with a table of contents, each group a filterable section', async () => {
    const { els } = await render(ConceptGroups, { groups: c.topic('attention').groups, sourceTitle });
    const nav = els.find((e) => e.tag === 'nav')!;
    expect(nav.attrs.get('aria-label')).toBe('Subtopics');
    expect(squash(nav.text())).toBe('Attention basics 2Self-attention 1Other questions 1');
    const toc = els.slice(els.indexOf(nav), els.findIndex((e) => e.tag === 'section')).filter((e) => e.tag === 'a');
    expect(toc.map((a) => a.attrs.get('href'))).toEqual(['#sub-basics', '#sub-self-attention', '#other-questions']);
    const sections = els.filter((e) => e.tag === 'section');
    expect(sections.map((s) => [s.attrs.has('data-question-group'), s.attrs.get('data-subtopic')])).toEqual([
      [true, 'basics'],
      [true, 'self-attention'],
      [true, undefined],
    ]);
    expect(els.filter((e) => e.tag === 'h2').map((h) => [h.attrs.get('id'), squash(h.text())])).toEqual([
      ['sub-basics', 'Attention basics #'],
      ['sub-self-attention', 'Self-attention #'],
      ['other-questions', 'Other questions #'],
    ]);
    expect(els.filter((e) => e.attrs.has('data-concept')).map((li) => li.attrs.get('data-concept'))).toEqual([
      'beta/what-is-attention',
      'beta/why-scale-the-dot-product',
      'alpha/what-is-self-attention',
      'alpha/can-a-title-end-the-json-ld',
    ]);
  });

  it('shows a topic without subtopics as one group, without a table of contents', async () => {
    const { els } = await render(ConceptGroups, { groups: c.topic('training').groups, sourceTitle });
    expect(els.some((e) => e.tag === 'nav')).toBe(false);
    expect(els.filter((e) => e.tag === 'h2').map((h) => squash(h.text()))).toEqual(['Questions #']);
    expect(els.filter((e) => e.attrs.has('data-concept')).length).toBe(2);
  });
});
