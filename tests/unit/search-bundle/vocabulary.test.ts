import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countWords, writeVocabulary } from '../../../scripts/search-bundle/vocabulary';
import { decodeWords } from '../../../src/lib/search/words-file';

describe('the word list built with the index', () => {
  it('counts in how many texts each word of four letters or more occurs, folded, as typed', () => {
    const counts = countWords(['Transformers use attention. Attention!', 'What is the Café attention? x_1 GPT-4o']);
    expect(counts.get('attention')).toBe(2);
    expect(counts.get('transformers')).toBe(1);
    expect(counts.get('cafe')).toBe(1);
    expect(counts.has('what')).toBe(true);
    expect(counts.has('use')).toBe(false); // three letters
    expect(counts.has('gpt')).toBe(false);
  });

  it('reads the words of every fragment, its title and other wordings included', () => {
    const bundle = mkdtempSync(join(tmpdir(), 'vocabulary-'));
    mkdirSync(join(bundle, 'fragment'));
    const fragment = (content: string, meta: Record<string, string>) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ url: '/', content, meta }))]));
    writeFileSync(join(bundle, 'fragment', 'en_1.pf_fragment'), fragment('What is KL divergence? It measures...', { title: 'What is KL divergence?', alt: 'What is Kullback-Leibler divergence?' }));
    writeFileSync(join(bundle, 'fragment', 'en_2.pf_fragment'), fragment('Divergence between two distributions.', { title: 'JS divergence' }));
    expect(writeVocabulary(bundle)).toBe(7);
    const words = decodeWords(readFileSync(join(bundle, 'words.txt'), 'utf8'));
    expect(words.get('divergence')).toBe(2);
    expect(words.get('leibler')).toBe(1);
    expect([...words.keys()]).toEqual(['between', 'distributions', 'divergence', 'kullback', 'leibler', 'measures', 'what']);
  });
});
