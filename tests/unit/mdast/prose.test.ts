import { describe, expect, it } from 'vitest';
import { proseOf } from '../../../scripts/ingest/mdast/prose.ts';
import { parseGenerated } from '../../../scripts/ingest/mdast/parse.ts';

describe('the prose of an answer, read from its tree', () => {
  it('leaves out code (``` and ~~~ fences, indented) and formulas (display and inline)', () => {
    const md = 'Use LoRA.\n\n```python\nimport RAG\n```\n\n~~~\nGAN here\n~~~\n\n    indented BERT\n\n$$\nKL\n$$\n\nAnd $softmax$ inline, `top_p` too.';
    const words = proseOf(parseGenerated(md)).split(/\s+/).filter(Boolean);
    expect(words).toEqual(['Use', 'LoRA.', 'And', 'inline,', 'top_p', 'too.']);
  });

  it('reads a labelled block’s label, and keeps words apart at node boundaries', () => {
    const md = ':::labelled{label="Red flag answer"}\n**Bold**ing [a link](https://example.org/rag)\n:::';
    expect(proseOf(parseGenerated(md)).replace(/\s+/g, ' ').trim()).toBe('Red flag answer Bold ing a link');
  });
});
