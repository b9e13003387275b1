// src/components/QuestionItem.astro, rendered with Astro's Container API: one question of a list,
// with the data attributes the filter and the study marks read, its badges (read as "Difficulty:
// Beginner", apart from the title), and its title as text.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import QuestionItem from '../../../src/components/QuestionItem.astro';
import { parseElements } from '../../../scripts/check/html.ts';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';
import { visibleText } from '../../helpers/visible.ts';

const c = fixtureCatalogue();

async function item(id: string, showSource?: boolean) {
  const q = c.question(id);
  const container = await AstroContainer.create();
  const members = c.conceptOf(id).questions.map((m) => m.id);
  const html = await container.renderToString(QuestionItem, {
    props: { id: q.id, title: q.title, source: q.source, sourceTitle: c.source(q.source).title, difficulty: q.difficulty, kind: q.kind, showSource, members },
  });
  return { html, els: parseElements(html) };
}
const data = (els: ReturnType<typeof parseElements>) => Object.fromEntries([...els.find((e) => e.tag === 'li')!.attrs].filter(([k]) => k.startsWith('data-')));

describe('QuestionItem', () => {
  it('links the question, with the attributes the filter and marks read, and its difficulty badge', async () => {
    const { els, html } = await item('beta/what-is-attention');
    expect(data(els)).toEqual({ 'data-question': 'beta/what-is-attention', 'data-facets': 'beta:beginner' });
    expect(els.find((e) => e.tag === 'a')!.attrs.get('href')).toBe('/questions/beta/what-is-attention/');
    expect(els.filter((e) => e.classes.includes('badge')).map((b) => [b.text(), b.classes])).toEqual([['Difficulty: Beginner', ['badge', 'difficulty-beginner']]]);
    expect(els.find((e) => e.classes.includes('item-source'))!.text()).toBe('Beta & <Friends>');
    // What a screen reader reads and what a copy takes: the title, then the badge, apart.
    expect(visibleText(html)).toBe('What is attention? Difficulty: Beginner Beta & <Friends>');
    // Shown: the label alone, capitalised.
    expect(els.find((e) => e.classes.includes('visually-hidden'))!.text()).toBe('Difficulty: ');
  });

  it('names every question of its concept when there are others, so it counts as learned through any', async () => {
    expect(data((await item('beta/what-is-dropout')).els)).toEqual({
      'data-question': 'beta/what-is-dropout',
      'data-facets': 'beta:beginner',
      'data-members': 'alpha/what-is-dropout beta/what-is-dropout',
    });
  });

  it('marks a question without difficulty "unrated", shows its kind, and can leave the source out', async () => {
    const { els, html } = await item('alpha/compare-optimizers', false);
    expect(els.find((e) => e.tag === 'li')!.attrs.get('data-facets')).toBe('alpha:unrated');
    expect(els.filter((e) => e.classes.includes('badge')).map((b) => b.text())).toEqual(['Math/Code']);
    expect(els.some((e) => e.classes.includes('item-source'))).toBe(false);
    expect(visibleText(html)).toBe('Compare SGD and Adam Math/Code');
  });

  it('shows a hostile title as text: no element or attribute of its own', async () => {
    const { html, els } = await item('alpha/can-a-title-end-the-json-ld');
    expect(els.map((e) => e.tag)).toEqual(['html', 'head', 'body', 'li', 'a', 'span', 'span', 'span']);
    expect(els.find((e) => e.tag === 'a')!.text()).toBe(c.question('alpha/can-a-title-end-the-json-ld').title);
    expect(html).not.toMatch(/<(script|svg)\b/i);
  });
});
