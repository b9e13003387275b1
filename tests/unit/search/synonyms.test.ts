import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inCanonicalForms, parseSynonyms, titleVariants } from '../../../src/lib/search/synonyms';

const synonyms = parseSynonyms(readFileSync('content/synonyms.yaml', 'utf8'));

describe('a title in its synonyms’ words', () => {
  it('says the title with each other form of a group it names, acronym and spelled out both ways', () => {
    expect(titleVariants('What is Grouped-Query Attention?', synonyms)).toEqual(['What is GQA?', 'What is group query attention?']);
    expect(titleVariants('What is KL divergence, and how is it used in LLMs?', synonyms)).toContain('What is Kullback-Leibler divergence, and how is it used in LLMs?');
    expect(titleVariants('Explain the intuition behind SVMs', synonyms)).toEqual(['Explain the intuition behind support vector machine']);
    expect(titleVariants('What is Mixture of Experts (MoE)?', synonyms)).toContain('What is MoE (MoE)?');
  });

  it('says a British spelling of the American words the corpus uses', () => {
    expect(titleVariants('Explain L1 vs L2 regularization.', synonyms)).toContain('Explain L1 vs L2 regularisation.');
    expect(titleVariants('What is Quantization in neural networks? (e.g. 4-bit, 8-bit)', synonyms)).toContain('What is quantisation in neural networks? (e.g. 4-bit, 8-bit)');
  });

  it('matches a capitals-only form only in capitals', () => {
    expect(titleVariants('Explain MLE vs MAP', synonyms)).toContain('Explain MLE vs maximum a posteriori');
    expect(titleVariants('What is a feature map?', synonyms)).toEqual([]);
  });

  it('leaves a title that names no group as it is', () => {
    expect(titleVariants('How does dropout work?', synonyms)).toEqual([]);
  });

  it('says a text in one form per group, for the concepts: the first form no other group shares', () => {
    expect(inCanonicalForms('What is model distillation, and how does it benefit LLMs?', synonyms)).toBe('What is knowledge distillation, and how does it benefit LLMs?');
    expect(inCanonicalForms('Explain bootstrap aggregating (bagging)', synonyms)).toBe('Explain bagging (bagging)');
    expect(inCanonicalForms('What is Mixture of Experts? How does it work?', synonyms)).toBe('What is MoE? How does it work?');
    // A British spelling in the American one the corpus uses.
    expect(inCanonicalForms('What is quantisation?', synonyms)).toBe('What is quantization?');
  });

  it('leaves a form as written where replacing it would change what the text asks', () => {
    // "MAE" is in two groups (masked autoencoder, mean absolute error): it names neither for sure.
    expect(inCanonicalForms('What is Mean Absolute Error (MAE)?', synonyms)).toBe('What is Mean Absolute Error (MAE)?');
    // "KL" alone may be short for more than KL divergence.
    expect(inCanonicalForms('Explain the KL penalty in RLHF.', synonyms)).toBe('Explain the KL penalty in RLHF.');
    expect(inCanonicalForms('What is KL divergence?', synonyms)).toBe('What is KL divergence?');
    // Already the canonical word, an inflection apart: "models" is not rewritten as "modeling".
    expect(inCanonicalForms('What are diffusion models?', synonyms)).toBe('What are diffusion models?');
    // A form written across a bracket is not one phrase.
    expect(inCanonicalForms('What is causal (masked) self-attention?', synonyms)).toBe('What is causal (masked) self-attention?');
  });

  it('names the file and the entry that is wrong', () => {
    expect(() => parseSynonyms('groups: [[GQA]]', 'x.yaml')).toThrow(/^x\.yaml: groups\.0: /);
  });
});
