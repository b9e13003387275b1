import { describe, expect, it } from 'vitest';
import { blocks, code, emphasis, inline, inlineMath, labelled, labelLead, list, listItem, paragraph, strong, table, text } from '../../../scripts/ingest/mdast/build.ts';

describe('answer tree builders', () => {
  it('trim inline content the way a Markdown parser reads it back', () => {
    expect(inline('  two  spaces \n  next line  ')).toEqual([text('two  spaces\nnext line')]);
    expect(inline([text(' a'), text(''), strong(text('b')), text(' ')])).toEqual([text('a'), strong(text('b'))]);
    expect(paragraph('   ').children).toEqual([]);
  });

  it('lead a paragraph with a bold "Label:" (the shared "Label:" to bold)', () => {
    expect(labelLead('Key idea', 'it works')).toEqual(paragraph([strong(text('Key idea:')), text(' it works')]));
    expect(labelLead([emphasis(text('x'))])).toEqual(paragraph([strong(emphasis(text('x')), text(':'))]));
  });

  it('make a labelled block an explicit node, its label without the colon', () => {
    expect(labelled('Follow-up: ', [paragraph('q')])).toMatchObject({ type: 'containerDirective', name: 'labelled', attributes: { label: 'Follow-up' } });
  });

  it('merge lists of the same kind that follow each other into one loose list, and nothing else', () => {
    const ul = (t: string) => list([listItem([paragraph(t)])]);
    const ol = (t: string) => list([listItem([paragraph(t)])], 1);
    const merged = blocks([ul('a'), ul('b'), ol('c'), paragraph('p'), ul('d')]);
    expect(merged.map((b) => [b.type, b.type === 'list' ? [b.ordered, b.spread, b.children.length] : null])).toEqual([
      ['list', [false, true, 2]],
      ['list', [true, false, 1]],
      ['paragraph', null],
      ['list', [false, false, 1]],
    ]);
  });

  it('keep code as written but for trailing newlines, and formulas trimmed', () => {
    expect(code('x = 1\n\n', 'python')).toEqual({ type: 'code', lang: 'python', value: 'x = 1' });
    expect(inlineMath(' x^2 ')).toEqual({ type: 'inlineMath', value: 'x^2' });
    expect(list([listItem([paragraph('a'), paragraph('b')], true)]).spread).toBe(true);
  });

  it('fit every table row to the header: extra cells join the last one, short rows get empty cells', () => {
    const t = table([['A', 'B'], ['1', '2', '3'], ['x']]);
    const cells = t.children.map((r) => r.children.map((c) => c.children.map((n) => (n.type === 'text' ? n.value : n.type))).map((c) => c.join('')));
    expect(cells).toEqual([['A', 'B'], ['1', '2 | 3'], ['x', '']]);
  });
});
