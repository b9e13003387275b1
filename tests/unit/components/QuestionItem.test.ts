// src/components/QuestionItem.astro, rendered with Astro's Container API: one question of a list,
// with the data attributes the filter reads, its badges, and its title as text.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import QuestionItem from '../../../src/components/QuestionItem.astro';
import { parseElements } from '../../../scripts/check/html.ts';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';

const c = fixtureCatalogue();

async function item(id: string, showSource?: boolean) {
  const q = c.question(id);
  const container = await AstroContainer.create();
  const html = await container.renderToString(QuestionItem, {
    props: { id: q.id, title: q.title, source: q.source, sourceTitle: c.source(q.source).title, difficulty: q.difficulty, kind: q.kind, showSource },
  });
  return { html, els: parseElements(html) };
}

describe('QuestionItem', () => {
  it('links the question, with the attributes the filter reads and its difficulty badge', async () => {
    const { els } = await item('beta/what-is-dropout');
    const li = els.find((e) => e.tag === 'li')!;
    expect(Object.fromEntries([...li.attrs].filter(([k]) => k.startsWith('data-')))).toEqual({
      'data-question': 'beta/what-is-dropout',
      'data-source': 'beta',
      'data-difficulty': 'beginner',
    });
    expect(els.find((e) => e.tag === 'a')!.attrs.get('href')).toBe('/questions/beta/what-is-dropout/');
    expect(els.filter((e) => e.classes.includes('badge')).map((b) => [b.text(), b.classes])).toEqual([['beginner', ['badge', 'difficulty-beginner']]]);
    expect(els.find((e) => e.classes.includes('item-source'))!.text()).toBe('Beta & <Friends>');
  });

  it('marks a question without difficulty "unrated", shows its kind, and can leave the source out', async () => {
    const { els } = await item('alpha/compare-optimizers', false);
    expect(els.find((e) => e.tag === 'li')!.attrs.get('data-difficulty')).toBe('unrated');
    expect(els.filter((e) => e.classes.includes('badge')).map((b) => b.text())).toEqual(['Math/Code']);
    expect(els.some((e) => e.classes.includes('item-source'))).toBe(false);
  });

  it('shows a hostile title as text: no element or attribute of its own', async () => {
    const { html, els } = await item('alpha/can-a-title-end-the-json-ld');
    expect(els.map((e) => e.tag)).toEqual(['html', 'head', 'body', 'li', 'a', 'span', 'span']);
    expect(els.find((e) => e.tag === 'a')!.text()).toBe(c.question('alpha/can-a-title-end-the-json-ld').title);
    expect(html).not.toMatch(/<(script|svg)\b/i);
  });
});
