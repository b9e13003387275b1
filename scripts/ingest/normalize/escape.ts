// Plain source text -> Markdown that renders exactly as the source shows it.
// Readers of plain-text sources build their Markdown from structure they recognise
// (lists, tables, code fences, math) and pass every run of prose through these, so that
// `$0.50 ... $1.50` is not math, `__init__` is not bold, `~x~` is not strikethrough,
// `<tag>` is not HTML and `*` in `O(n*K)` stays a star.
//
// CommonMark lets any ASCII punctuation be backslash-escaped, so escaping more than strictly
// needed never changes what a reader sees; we escape only what can start markup.

/** Escapes inline markup characters anywhere in a run of text. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>$~|]/g, (c) => `\\${c}`)
    // An entity reference like &amp; or &#36; would be decoded: escape its ampersand.
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
}

/** Escapes one line of text that will stand on its own line (block markers at its start too). */
export function escapeLine(line: string): string {
  const body = escapeInline(line);
  return body
    // ATX heading, block quote, list bullet, thematic break or setext underline.
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    // Ordered-list marker "12." / "12)".
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Escapes a block of text line by line; blank lines stay blank (paragraph breaks). */
export function escapeText(text: string): string {
  return text
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : escapeLine(l)))
    .join('\n');
}

/** Escapes text for a GFM table cell: also a pipe must not split the cell. */
export function escapeCell(text: string): string {
  return escapeInline(text.trim());
}
