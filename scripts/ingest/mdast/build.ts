// Builders for the answer tree (mdast with GFM, math and labelled-block nodes). Readers of
// plain-text sources build answers from these; nothing here escapes anything: text is stored
// as the reader sees it and the writer (write.ts) escapes it once.
import type {
  BlockContent,
  Code,
  Emphasis,
  InlineCode,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Table,
  Text,
} from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type {} from 'remark-math';

type InlineMath = Extract<PhrasingContent, { type: 'inlineMath' }>;
type Math = Extract<RootContent, { type: 'math' }>;

/** The directive name of a labelled block; the site renders it (src/lib/markdown/plugins.ts). */
export const LABELLED = 'labelled';

export const text = (value: string): Text => ({ type: 'text', value });
export const emphasis = (...children: PhrasingContent[]): Emphasis => ({ type: 'emphasis', children: merge(children) });
export const strong = (...children: PhrasingContent[]): Strong => ({ type: 'strong', children: merge(children) });
export const inlineCode = (value: string): InlineCode => ({ type: 'inlineCode', value });
export const inlineMath = (tex: string): InlineMath => ({ type: 'inlineMath', value: tex.trim() });
export const math = (tex: string): Math => ({ type: 'math', value: tex.trim() });
export const root = (children: RootContent[]): Root => ({ type: 'root', children });

/** A code block; trailing newlines are not part of the code. */
export const code = (value: string, lang?: string): Code => ({ type: 'code', lang: lang || null, value: value.replace(/\n+$/, '') });

/** Adjacent text nodes merged, the way a Markdown parser would give them. */
function merge(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const c of children) {
    const last = out.at(-1);
    if (c.type === 'text' && last?.type === 'text') out[out.length - 1] = text(last.value + c.value);
    else if (c.type !== 'text' || c.value !== '') out.push(c);
  }
  return out;
}

/**
 * Inline content as a Markdown parser reads it back: no whitespace at either end, none around a
 * line break. (Text is otherwise kept as it is: "a  b" stays two spaces.)
 */
export function inline(children: PhrasingContent[] | string): PhrasingContent[] {
  const kids = merge(typeof children === 'string' ? [text(children)] : children).map((c) =>
    c.type === 'text' ? text(c.value.replace(/[ \t]*\n[ \t]*/g, '\n')) : c,
  );
  const first = kids[0];
  if (first?.type === 'text') kids[0] = text(first.value.replace(/^\s+/, ''));
  const last = kids.at(-1);
  if (last?.type === 'text') kids[kids.length - 1] = text(last.value.replace(/\s+$/, ''));
  return kids.filter((c) => c.type !== 'text' || c.value !== '');
}

export const paragraph = (children: PhrasingContent[] | string): Paragraph => ({ type: 'paragraph', children: inline(children) });

/** A paragraph led by a bold label: "**Label:** rest" ("Label:" to bold, shared by the readers). */
export function labelLead(label: PhrasingContent[] | string, rest: PhrasingContent[] | string = []): Paragraph {
  const after = inline(rest);
  return paragraph([strong(...inline(label), text(':')), ...(after.length ? [text(' '), ...after] : [])]);
}

/** A list item; `spread` when its blocks are separated by blank lines (a loose item). */
export const listItem = (children: BlockContent[], spread = false): ListItem => ({ type: 'listItem', spread, children });

/** A list of items; `start` makes it ordered. */
export function list(items: ListItem[], start?: number): List {
  return { type: 'list', ordered: start !== undefined, start: start ?? null, spread: items.some((i) => i.spread), children: items };
}

/**
 * A GFM table from rows of cells, the first row the header; cells are trimmed inline content. Every
 * row has the header's width: a row's extra cells join its last cell (" | " between them, so no
 * text is lost), a short row gets empty cells.
 */
export function table(rows: (PhrasingContent[] | string)[][]): Table {
  const width = rows[0]!.length;
  const asInline = (c: PhrasingContent[] | string) => (typeof c === 'string' ? [text(c)] : c);
  const fit = (cells: (PhrasingContent[] | string)[]) => {
    const row = cells.slice(0, width).map(asInline);
    if (cells.length > width) row[width - 1] = cells.slice(width - 1).flatMap((c, i) => [...(i ? [text(' | ')] : []), ...asInline(c)]);
    while (row.length < width) row.push([]);
    return row;
  };
  return {
    type: 'table',
    align: rows[0]!.map(() => null),
    children: rows.map((cells) => ({ type: 'tableRow', children: fit(cells).map((c) => ({ type: 'tableCell', children: inline(c) })) })),
  };
}

/**
 * A labelled part of an answer ("Follow-up", "What interviewers are really testing", "Key Points"):
 * an explicit node that the writer and the site agree on (a `:::labelled{label="…"}` container).
 */
export function labelled(label: string, children: RootContent[]): ContainerDirective {
  const label_ = label.replace(/:\s*$/, '').trim();
  return { type: 'containerDirective', name: LABELLED, attributes: { label: label_ }, children: children as ContainerDirective['children'] };
}

/**
 * Blocks as Markdown reads them when each is separated from the next by a blank line: two lists
 * of the same kind in a row are one loose list. Readers that put lists side by side get the
 * list a reader of their old Markdown saw.
 */
export function blocks(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const c of children) {
    const last = out.at(-1);
    if (c.type === 'list' && last?.type === 'list' && !!last.ordered === !!c.ordered) {
      out[out.length - 1] = { ...last, spread: true, children: [...last.children, ...c.children] };
    } else out.push(c);
  }
  return out;
}
