import { describe, expect, it } from 'vitest';
import { hasTex, readableTex } from '../../../src/lib/search/excerpt';

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
