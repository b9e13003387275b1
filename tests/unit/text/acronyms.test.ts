import { describe, expect, it } from 'vitest';
import { acronymsIn, isAcronym, spells } from '../../../src/lib/text/acronyms';
import { words } from '../../../src/lib/text/normalise';

describe('acronyms', () => {
  it('are written with capitals', () => {
    for (const w of ['KV', 'LoRA', 'GANs', 'RLHF', 'QLoRA']) expect(isAcronym(w), w).toBe(true);
    for (const w of ['Dropout', 'kv', 'A', 'TRANSFORMERS']) expect(isAcronym(w), w).toBe(false);
  });

  it('are spelled by the starts of words, small words skipped', () => {
    expect(spells('RLHF', ['reinforcement', 'learning', 'from', 'human', 'feedback'])).toBe(true);
    expect(spells('LoRA', ['low', 'rank', 'adaptation'])).toBe(true);
    expect(spells('MoE', ['mixture', 'of', 'experts'])).toBe(true);
    expect(spells('GANs', ['generative', 'adversarial', 'networks'])).toBe(true);
    expect(spells('MAP', ['maximum', 'a', 'posteriori'])).toBe(true);
    expect(spells('MAP', ['maximum', 'posteriori'])).toBe(true); // "ma" from maximum
    expect(spells('Seq2Seq', ['sequence', 'to', 'sequence'])).toBe(true);
    expect(spells('KV', ['key', 'value'])).toBe(true);
    // A digit after a letter repeats it: A2C is Advantage Actor-Critic, A3C Asynchronous Advantage Actor-Critic.
    expect(spells('A2C', ['advantage', 'actor', 'critic'])).toBe(true);
    expect(spells('A3C', ['asynchronous', 'advantage', 'actor', 'critic'])).toBe(true);
    expect(spells('A2C', ['advantage', 'critic'])).toBe(true); // as A, C, the digit dropped
    expect(spells('A2C', ['advantage', 'actor', 'actor', 'critic'])).toBe(false);
    expect(spells('RAG', ['retrieval', 'generation'])).toBe(false);
    expect(spells('RAG', ['rag'])).toBe(false);
    expect(spells('RLHF', ['of', 'reinforcement', 'learning', 'human', 'feedback'])).toBe(false);
  });

  it('are found with their expansion in one title', () => {
    const raw = words('What is RAG (Retrieval-Augmented Generation)?');
    expect(acronymsIn(raw)).toEqual([[2, [3, 4, 5]]]);
    // The longest run: "Low-Rank Adaptation", not "Low-Rank".
    expect(acronymsIn(words('What is low-rank adaptation (LoRA)?'))).toEqual([[5, [2, 3, 4]]]);
    expect(acronymsIn(words('What is dropout?'))).toEqual([]);
  });
});
