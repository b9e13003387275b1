import { describe, expect, it } from 'vitest';
import { dropApostrophes, fold, foldedParts, JOINED_WORD, typedWords, words } from '../../../src/lib/text/normalise';

describe('folding a word for comparison', () => {
  it('drops case, accents and punctuation, as Pagefind compares words', () => {
    expect(fold('TF-IDF,')).toBe('tfidf');
    expect(fold('Café')).toBe('cafe');
    expect(fold('(Self-Attention):')).toBe('selfattention');
    expect(fold("doesn't")).toBe('doesnt');
    // An underscore is part of a name in code.
    expect(fold('K_shared')).toBe('k_shared');
  });

  it('gives a written word whole and in its parts', () => {
    expect(foldedParts('production-grade.')).toEqual(['productiongrade', 'production', 'grade']);
    expect(foldedParts('KV')).toEqual(['kv']);
  });
});

describe('cutting text into words', () => {
  it('takes runs of letters and digits as written', () => {
    expect(words("What's GPT-4o's Attention-Free (AFT) x²?")).toEqual(['What', 's', 'GPT', '4o', 's', 'Attention', 'Free', 'AFT', 'x²']);
  });

  it('keeps a typed word whole, without the punctuation around it', () => {
    expect(typedWords('e.g. GPT-4 vs. BERT, "is_causal"?')).toEqual(['e.g', 'gpt-4', 'vs', 'bert', 'is_causal']);
    expect(typedWords('  ')).toEqual([]);
  });

  it('finds hyphenated and possessive words, and drops the apostrophes', () => {
    expect("The model's bias–variance trade-off isn't".match(JOINED_WORD)).toEqual(['The', "model's", 'bias–variance', 'trade-off', "isn't"]);
    expect(["model's", "Transformers’s", "isn't", 'plain'].map(dropApostrophes)).toEqual(['model', 'Transformers', 'isnt', 'plain']);
  });
});
