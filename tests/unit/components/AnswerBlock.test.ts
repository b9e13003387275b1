// src/components/AnswerBlock.astro: the block every answer sits in (class "answer",
// data-answer="<id>" for what hides answers), and what it says when the source gives none.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import AnswerBlock from '../../../src/components/AnswerBlock.astro';
import { parseElements } from '../../../scripts/check/html.ts';
import { visibleText } from '../../helpers/visible.ts';

async function render(props: Record<string, unknown>, slot = '<p>Randomly zeroing activations.</p>') {
  const html = await (await AstroContainer.create()).renderToString(AnswerBlock, { props, slots: { default: slot } });
  return { html, els: parseElements(html) };
}

describe('AnswerBlock', () => {
  it('holds the answer in a block marked with its question', async () => {
    const { html, els } = await render({ id: 'alpha/what-is-dropout', empty: false, sourceTitle: 'Alpha notes' });
    const block = els.find((e) => e.tag === 'div')!;
    expect([block.classes, block.attrs.get('data-answer')]).toEqual([['answer'], 'alpha/what-is-dropout']);
    expect(visibleText(html)).toBe('Randomly zeroing activations.');
  });

  it('says so when the source gives no answer, and points below when other answers follow', async () => {
    const alone = await render({ id: 'beta/why-scale-the-dot-product', empty: true, sourceTitle: 'Beta & <Friends>' }, '');
    expect(visibleText(alone.html)).toBe('Beta & <Friends> gives no answer to this question.');
    expect(alone.html).not.toContain('<Friends>');
    expect(alone.els.find((e) => e.tag === 'p')!.attrs.has('data-pagefind-ignore')).toBe(true);
    const withOthers = await render({ id: 'beta/why-scale-the-dot-product', empty: true, sourceTitle: 'Beta', othersBelow: true }, '');
    expect(visibleText(withOthers.html)).toBe('Beta gives no answer to this question. See the other answers below.');
  });
});
