import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../scripts/ingest/analyze.ts';
import { parseGenerated } from '../../../scripts/ingest/mdast/parse.ts';

describe('facts about an answer, counted on its tree', () => {
  it('counts code blocks of every kind and formulas, wherever they sit', () => {
    const md = '```py\nx\n```\n\n~~~\ny\n~~~\n\n    indented\n\n- item\n\n  ```\n  in a list\n  ```\n\n> $a$ and $$b$$\n\n$$\nc\n$$\n\n:::labelled{label="Follow-up"}\n$d$\n:::';
    expect(analyzeAnswer(parseGenerated(md))).toEqual({ codeBlocks: 4, formulas: 4 });
  });

  it('counts nothing where there is only text: dollars, backticks in words and a "#" inside maths', () => {
    expect(analyzeAnswer(parseGenerated('Costs \\$5, \\`x\\`.\n\n$$\n# not a heading\n$$'))).toEqual({ codeBlocks: 0, formulas: 1 });
  });
});
