import { describe, expect, it } from 'vitest';
import { deckName, questionNote } from '../../../src/lib/export/notes.ts';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';

const ROOT = 'https://example.org/atlas/';

describe('questionNote: a question as an Anki note', () => {
  const c = fixtureCatalogue();

  it('fronts the question, backs the answer with its source, tags topic, source and difficulty', () => {
    const n = questionNote(c, 'alpha/derive-the-softmax-gradient', ROOT);
    expect(n.front).toBe('Derive the softmax gradient');
    expect(n.back).toContain('\\(O(n^2)\\)');
    expect(n.back).toMatch(/<p class="atlas-source">Source: <a href="https:\/\/example\.org\/atlas\/questions\/alpha\/derive-the-softmax-gradient\/">[^<]+<\/a> · Transformers<\/p>$/);
    expect(n.tags).toEqual(['atlas::topic::math', 'atlas::source::alpha', 'atlas::difficulty::advanced']);
  });

  it('escapes a title that tries to leave its field, and tags an unrated question so', () => {
    const n = questionNote(c, 'alpha/can-a-title-end-the-json-ld', ROOT);
    expect(n.front).not.toMatch(/<(script|svg)/);
    expect(n.front).toContain('&lt;/script&gt;&lt;script&gt;');
    expect(n.back).not.toMatch(/<(script|img)/);
    expect(questionNote(c, 'alpha/compare-optimizers', ROOT).tags).toContain('atlas::difficulty::unrated');
  });

  it('says so when the source gives no answer', () => {
    const n = questionNote(c, 'beta/why-scale-the-dot-product', ROOT);
    expect(n.back).toMatch(/^<p><em>.+ gives no answer to this question\.<\/em><\/p>/);
  });

  it('names decks under the site deck', () => {
    expect(deckName()).toBe('ML Interview Atlas');
    expect(deckName('Attention & Transformers')).toBe('ML Interview Atlas::Attention & Transformers');
  });
});
