import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSynonyms, titleVariants } from '../../../src/lib/search/synonyms';

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

  it('names the file and the entry that is wrong', () => {
    expect(() => parseSynonyms('groups: [[GQA]]', 'x.yaml')).toThrow(/^x\.yaml: groups\.0: /);
  });
});
