import { describe, expect, it } from 'vitest';
import { answerExcerpt, hasTex, readableTex } from '../../../src/lib/search/excerpt';

// Formulas as the built site indexes them (the TeX annotation of each formula).
describe('formulas in result excerpts', () => {
  it('reads the common TeX as plain symbols', () => {
    expect(readableTex('\\operatorname{Attention} (Q, K, V) = \\operatorname{softmax} (QK^{T} / \\sqrt{d_{k}}) \\times V')).toBe(
      'Attention (Q, K, V) = softmax (QK^T / √(d_k)) × V',
    );
    expect(readableTex('Attention(Q,K,V)=softmax(\\frac{QK^{T}}{\\sqrt{d_{k}}})V')).toBe('Attention(Q,K,V)=softmax((QK^T)/(√(d_k)))V');
    expect(readableTex('\\mathrm{KL}_{\\text{penalty}} = \\beta \\cdot (\\log \\pi_{\\theta} - \\log \\pi_{\\text{ref\\_chosen}})')).toBe(
      'KL_(penalty) = β · (log π_θ - log π_(ref_chosen))',
    );
    expect(readableTex('b = \\bar{y} - w \\bar{x}, \\|w\\|^{2}')).toBe('b = \u0233 - w x\u0304, ‖w‖^2');
  });

  it('keeps the <mark> placeholders of an excerpt in place', () => {
    expect(readableTex('\uE000\\operatorname{softmax}\uE001 (QK^{T})')).toBe('\uE000softmax\uE001 (QK^T)');
  });

  it('leaves text without TeX, code and unknown commands alone', () => {
    const code = 'print(f"{a}_{b}\\n") if x^{2} else y';
    expect(hasTex(code)).toBe(false);
    expect(readableTex(code)).toBe(code);
    expect(readableTex('path C:\\tools\\input')).toBe('path C:\\tools\\input');
    expect(readableTex('\\alpha and \\unknowncommand{x}')).toBe('α and \\unknowncommand{x}');
  });
});

describe('result excerpts', () => {
  const O = '\uE000';
  const C = '\uE001';
  // Text as Pagefind indexes a question page: the title, then the answer.
  const content =
    'How does KV caching work? Without cache: Recompute attention for all tokens at each step. With KV cache: Store K, V from previous tokens. ' +
    'New token only computes its Q, reuse cached K/V. Append new K/V to cache.';

  it('start with the answer, not the title the result already shows', () => {
    const ex = answerExcerpt(content, 'How does KV caching work?', [2, 3], 8);
    expect(ex.startsWith('Without cache: Recompute')).toBe(true);
    expect(ex).not.toContain('How does');
    expect(ex.endsWith(' …')).toBe(true);
  });

  it('show the part of the answer with the most matched words, marked without their punctuation', () => {
    const words = content.split(/\s+/);
    const at = words.flatMap((w, i) => (/^(KV|cached?)\b/i.test(w) ? [i] : []));
    const ex = answerExcerpt(content, 'How does KV caching work?', at, 10);
    expect(ex.startsWith('… ')).toBe(true);
    expect(ex).toContain(`With ${O}KV${C} ${O}cache${C}: Store`);
    expect(ex).not.toMatch(/[:?,]\uE001/);
  });

  it('mark a formula whose TeX command holds the matched word so that it still reads as text', () => {
    // llm-fifty: "computed as: \operatorname{Attention}(Q,K,V)=…" with "Attention" matched.
    const tex = 'Scores are computed as: \\operatorname{Attention}(Q,K,V)=\\operatorname{softmax}(\\frac{QK^{T}}{\\sqrt{d_{k}}})V here.';
    const ex = answerExcerpt(tex, 'Title', [4], 10);
    expect(ex).toContain(`${O}\\operatorname{Attention}`);
    expect(readableTex(ex)).toBe(`… computed as: ${O}Attention(Q,K,V)=softmax((QK^T)/(√(d_k)))V${C} here.`);
  });

  it('fall back to the whole text when it does not start with the title', () => {
    expect(answerExcerpt('Attention: weights over inputs.', 'Other title', [0], 5)).toBe(`${O}Attention${C}: weights over inputs.`);
    expect(answerExcerpt('Dropout.', 'Dropout', [0], 5)).toBe(`${O}Dropout${C}.`);
  });
});
