import { describe, expect, it } from 'vitest';
import { ankiDeck, ankiField, ankiGuid, ankiTag, type AnkiNote } from '../../../src/lib/export/anki.ts';
import { columnOf, parseAnkiText } from '../../helpers/anki-text.ts';

const note = (id: string, back: string, front = 'Q?'): AnkiNote => ({ id, front, back, tags: [ankiTag('topic', 'attention'), ankiTag('source', 'alpha')] });

describe('ankiDeck: Anki text import with file headers', () => {
  it('starts with the headers that make Anki read it without asking: tab, HTML, note type, deck, GUID and tags columns', () => {
    const text = ankiDeck('ML Interview Atlas::Attention', [note('alpha/x', '<p>A</p>')]);
    expect(text.split('\n').slice(0, 6)).toEqual(['#separator:tab', '#html:true', '#notetype:Basic', '#deck:ML Interview Atlas::Attention', '#guid column:1', '#tags column:4']);
  });

  it('reads back, by the format rules, field for field: tabs, line breaks and quotes inside fields survive', () => {
    const nasty = ['<pre><code class="language-python">def f():\n\treturn "x"\n</code></pre>', '"starts with a quote', 'a\r\nb', 'plain'];
    const notes = nasty.map((b, i) => note(`alpha/q${i}`, b, `front ${i}\t"x"`));
    const file = parseAnkiText(ankiDeck('D', notes));
    expect(file.records).toHaveLength(notes.length);
    file.records.forEach((r, i) => {
      expect(r).toEqual([ankiGuid(`alpha/q${i}`), `front ${i}\t"x"`, nasty[i], 'atlas::topic::attention atlas::source::alpha']);
    });
    expect(columnOf(file, 'guid')).toBe(0);
    expect(columnOf(file, 'tags')).toBe(3);
  });

  it('keeps a deck name on its header line', () => {
    expect(parseAnkiText(ankiDeck('a\nb', [])).headers.get('deck')).toBe('a b');
  });
});

describe('GUIDs and tags', () => {
  it('makes the GUID from the question id alone, so a re-import updates the note', () => {
    expect(ankiGuid('alpha/what-is-dropout')).toBe('ml-interview-atlas:alpha/what-is-dropout');
    expect(ankiGuid('alpha/what-is-dropout')).not.toBe(ankiGuid('beta/what-is-dropout'));
  });
  it('writes tags as hierarchical tags without spaces', () => {
    expect(ankiTag('source', 'my notes')).toBe('atlas::source::my_notes');
  });
  it('quotes a field only when it must', () => {
    expect(ankiField('<p>plain</p>')).toBe('<p>plain</p>');
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
  });
});
