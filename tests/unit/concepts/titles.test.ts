// A concept's display title (scripts/ingest/concepts/titles.ts): the clearest member title.
import { describe, expect, it } from 'vitest';
import { displayTitle } from '../../../scripts/ingest/concepts/titles.ts';

const title = (...titles: string[]) => displayTitle(titles.map((t, i) => ({ id: `s/${i}`, title: t })));

describe('display titles', () => {
  it('prefer the plain "What is X?" question', () => {
    expect(title('What does tokenization entail, and why is it critical for LLMs?', 'What is tokenization and why is it important?', 'What is Tokenization?')).toBe('What is Tokenization?');
    expect(title('Quantization', 'Explain quantization in LLMs', 'What is quantization and why use it?')).toBe('What is quantization and why use it?');
  });

  it('prefer a title that adds neither a follow-up nor a context, then names X in fewer words', () => {
    expect(title('What is Paged Attention? How does it improve memory efficiency?', 'What is Paged Attention?')).toBe('What is Paged Attention?');
    expect(title('What is model compression for LLMs?', 'What is model compression?')).toBe('What is model compression?');
    expect(title('What is model quantization for deployment?', 'What is quantization and why use it?')).toBe('What is quantization and why use it?');
  });

  it('keep the first member on a tie, and a lone question its own title', () => {
    expect(title('What is ALiBi?', 'What is ALiBi?')).toBe('What is ALiBi?');
    expect(title('Dropout')).toBe('Dropout');
    expect(() => displayTitle([])).toThrow();
  });
});
