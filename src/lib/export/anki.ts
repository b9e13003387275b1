// Anki's text import format (docs.ankiweb.net, "Importing › Text Files"): file headers first
// (`#key:value` lines), then one note per line, fields separated by tabs. A field holding a tab,
// a line break or a double quote is put in double quotes, its quotes doubled. The GUID column
// makes a second import of the same deck update its notes instead of adding them again; it is
// made from the question's stable id (content/sources/ids.lock.json), never from its text.
// Pure and dependency-free: the build writes the static decks with it and the browser the
// decks of a saved list or a filtered topic.

/** One note: a question and its answer, both HTML (Anki's "Basic" note type: Front, Back). */
export interface AnkiNote {
  /** The question's id, "<source>/<slug>". */
  id: string;
  /** The question, as HTML. */
  front: string;
  /** The answer, as HTML with MathJax delimiters (src/lib/export/anki-html.ts). */
  back: string;
  /** Anki tags: no spaces inside one. */
  tags: readonly string[];
}

/** The columns of a deck file, in order (1-based in the headers). */
export const ANKI_COLUMNS = ['guid', 'front', 'back', 'tags'] as const;

/** The note's GUID: the site's name and the question's stable id, so it never changes while the id does not. */
export const ankiGuid = (questionId: string) => `ml-interview-atlas:${questionId}`;

/** A tag: a namespace and a value, Anki's hierarchical "a::b::c" form, spaces as "_". */
export const ankiTag = (...parts: string[]) => ['atlas', ...parts].map((p) => p.trim().replace(/\s+/g, '_')).join('::');

/** A field as the format writes it: quoted when it holds a tab, a line break or a quote. */
export function ankiField(value: string): string {
  return /[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The deck file: headers, then one line (or quoted record) per note. */
export function ankiDeck(deckName: string, notes: readonly AnkiNote[]): string {
  const column = (name: (typeof ANKI_COLUMNS)[number]) => ANKI_COLUMNS.indexOf(name) + 1;
  const headers = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    // A line break in a deck's name would end the header.
    `#deck:${deckName.replace(/[\r\n]+/g, ' ')}`,
    `#guid column:${column('guid')}`,
    `#tags column:${column('tags')}`,
  ];
  const rows = notes.map((n) => [ankiGuid(n.id), n.front, n.back, n.tags.join(' ')].map(ankiField).join('\t'));
  return `${[...headers, ...rows].join('\n')}\n`;
}
