import { describe, expect, it } from 'vitest';
import { comparePages, pageView } from '../../../scripts/check/compare-builds.ts';

const page = (answer: string, extra = '') =>
  `<!doctype html><html><head><title>Q · Atlas</title><meta name="description" content="d"></head><body><main>${extra}<div class="answer">${answer}</div></main></body></html>`;

describe('compare-builds', () => {
  it('sees the same page through different markup whitespace and invisible parts', () => {
    const a = pageView(page('<p>Bias  and\nvariance</p>', '<div hidden><span>meta</span></div>'));
    const b = pageView(page('<p>Bias and variance</p>', '<script src="/x.js"></script>'));
    expect(comparePages(a, b, false)).toEqual([]);
  });

  it('reports a paragraph that became a list, though the words are the same', () => {
    const a = pageView(page('<p>one two</p>'));
    const b = pageView(page('<ul><li>one two</li></ul>'));
    const diffs = comparePages(a, b, true);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatch(/^answerBlocks/);
  });

  it('reports changed answer text and tells display from inline formulas', () => {
    const a = pageView(page('<p><math display="block"><mi>x</mi><annotation>x</annotation></math></p>'));
    const b = pageView(page('<p><math><mi>y</mi><annotation>x</annotation></math></p>'));
    const fields = comparePages(a, b, false).map((d) => d.split(' ')[0]);
    expect(fields).toEqual(['text', 'answerText', 'answerBlocks']);
  });

  it('with --answer-html, reports an answer whose markup changed though its text and blocks did not', () => {
    const a = pageView(page('<blockquote id="a-follow-up"><p><strong>Follow-up</strong></p></blockquote>'));
    const b = pageView(page('<blockquote><p><strong>Follow-up</strong></p></blockquote>'));
    expect(comparePages(a, b, true)).toEqual([]);
    expect(comparePages(a, b, true, true).map((d) => d.split(' ')[0])).toEqual(['answerHtml']);
    expect(comparePages(a, a, false, true)).toEqual([]);
  });
});
