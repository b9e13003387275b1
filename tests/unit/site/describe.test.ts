// Descriptions and structured-data text come from the Markdown tree: no table rules, `$`
// delimiters, emphasis marks or code fences in them. Bodies are excerpts of the shipped sources.
import { describe, expect, it } from 'vitest';
import { describeQuestion, markdownToPlain } from '../../../src/lib/describe';

// ai-engineer, "Bias vs Variance Tradeoff": the answer opens with a GFM table.
const BIAS = `
| Type | Description | Symptom | Diagnosis | Fix |
|---|---|---|---|---|
| Bias | Error from overly simplistic assumptions. The model can’t capture the true relationship. | Underfitting: High training error AND high validation error. | Training loss plateaus at a high value. | Increase model complexity, add features, reduce regularization, train longer. |
| Variance | Error from sensitivity to noise in the training data. The model memorizes rather than learns. | Overfitting: Low training error, HIGH validation error (large gap). | Validation loss diverges from training loss. | Regularization (L1/L2/dropout), more training data, data augmentation, early stopping, simplify model. |

Total Error = Bias^2 + Variance + Irreducible Error (Bayes error)The irreducible error is the noise floor — even a perfect model can’t beat it.

> **Real-world example**
>
> At a fraud detection company, a logistic regression model had 78% accuracy.
`;

// ml-llm-qa, "Explain RBF kernel in detail": inline TeX first, then a list.
const RBF = `**RBF Kernel:** $K (x, y) = \\exp (- \\gamma \\| x - y \\|^{2})$

**What it does:** Measures similarity based on distance. Close points → high similarity, far points → low similarity.

**Gamma Effect:**

- Low γ (0.001): Wide kernel → Simpler boundary, risk underfitting
- Medium γ (0.1-1.0): Balanced → Good starting point`;

// llm-fifty, "What is KL divergence": a display formula between two paragraphs.
const KL = `KL divergence quantifies the difference between two probability distributions:

$$
D_{KL}(P||Q)=\\sum P(x)log\\frac{P(x)}{Q(x)}
$$

In LLMs, it is used to evaluate how closely model predictions match true distributions during fine-tuning.`;

const CODE = "Use grouped heads:\n\n```python\nK = K_shared  # | not a table |\n```\n\nThen `repeat_kv` them, see [the paper](https://arxiv.org/abs/2305.13245).";

describe('markdownToPlain', () => {
  it('flattens a table into its cell text, rows as sentences, without pipes or rules', () => {
    const text = markdownToPlain(BIAS);
    expect(text).not.toMatch(/\||---/);
    expect(text).toContain('Type; Description; Symptom; Diagnosis; Fix. Bias; Error from overly simplistic assumptions.');
    expect(text).toContain('Real-world example At a fraud detection company');
  });

  it('can leave tables out', () => {
    expect(markdownToPlain(BIAS, { tables: 'drop' })).toMatch(/^Total Error = Bias\^2 \+ Variance/);
  });

  it('keeps inline TeX without its dollars, and drops display formulas', () => {
    const rbf = markdownToPlain(RBF);
    expect(rbf).toContain('RBF Kernel: K (x, y) = \\exp (- \\gamma \\| x - y \\|^{2}) What it does:');
    expect(rbf).not.toContain('$');
    expect(rbf).not.toContain('**');
    expect(rbf).toContain('Low γ (0.001): Wide kernel');
    const kl = markdownToPlain(KL);
    expect(kl).toBe('KL divergence quantifies the difference between two probability distributions: In LLMs, it is used to evaluate how closely model predictions match true distributions during fine-tuning.');
  });

  it('keeps only formulas that read as text when asked to', () => {
    expect(markdownToPlain(RBF, { math: 'readable' })).toMatch(/^RBF Kernel: What it does:/);
    expect(markdownToPlain('Attention costs $O(n^2)$ in $n$, not $\\mathcal{O}(n)$.', { math: 'readable' })).toBe('Attention costs O(n^2) in n, not .');
  });

  it('leaves out code blocks, keeps inline code and link text', () => {
    expect(markdownToPlain(CODE)).toBe('Use grouped heads: Then repeat_kv them, see the paper.');
  });

  it('shows raw HTML as the text it is on the page', () => {
    expect(markdownToPlain('Use <script>alert(1)</script> never')).toBe('Use <script>alert(1)</script> never');
  });
});

describe('describeQuestion', () => {
  it('starts with the title and the prose, not the table or TeX, within 155 characters', () => {
    const bias = describeQuestion('Bias vs Variance Tradeoff', BIAS);
    expect(bias).toMatch(/^Bias vs Variance Tradeoff Total Error = Bias\^2/);
    expect(bias.length).toBeLessThanOrEqual(155);
    expect(bias.endsWith('…')).toBe(true);
    const rbf = describeQuestion('Explain RBF kernel in detail. How does gamma affect it?', RBF);
    expect(rbf).not.toMatch(/[\\$|]/);
    expect(rbf).toContain('RBF Kernel: What it does: Measures similarity');
  });
});
