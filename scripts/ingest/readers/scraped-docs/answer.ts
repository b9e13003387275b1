// Stage 3 of the scraped-docs reader: an answer's pieces -> its blocks (mdast). Items after a
// lone-"-" parent are nested under it; the trailing quoted questions become a "Follow-up" block;
// callouts become labelled blocks and other run-in labels bold lead-ins; a standalone formula line
// is a code block (python only when it parses as Python). Glued inline code is split out only
// where that is certain (recover/glued-code.ts); all other text is text, escaped by the writer.
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import type { DroppedRange } from '../../model.ts';
import { blocks, code, inlineCode, labelLead, labelled, list, listItem, paragraph, table, text } from '../../mdast/build.ts';
import { markGluedCode, type GluedWords } from '../../recover/glued-code.ts';
import { parsesAsPython } from '../../recover/python-indent.ts';
import { isFormula, logicalLines, plain, type Logical } from './logical-lines.ts';
import { FOLLOW_UP, isCallout, piecesOf, type Item, type Piece } from './pieces.ts';

const TABLE_RULE = /^\|(?:\s*:?-{3,}:?\s*\|)+$/;

/** Text whose code the scraper glued to its neighbours, as inline content. */
const prose = (s: string, words: GluedWords): PhrasingContent[] => markGluedCode(s, words).map((p) => (p.code ? inlineCode(p.text) : text(p.text)));

function tableOf(rows: string[], words: GluedWords) {
  const cells = (row: string) =>
    row
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split(/(?<=\s)\|(?=\s)/)
      .map((c) => c.trim());
  return table([rows[0]!, ...rows.slice(2)].map((r) => cells(r).map((c) => prose(c, words))));
}

/**
 * A standalone formula as a code block. It is Python only when it parses as Python
 * ("scripted = torch.jit.script(model)"); maths in code-like notation ("P(Y|X) = P(X|Y) * P(Y) / P(X)",
 * "O = floor((W - K + 2P) / S) + 1") is plain text, shown exactly as printed: turning it into TeX
 * would mean guessing what "floor", "2P" or "log pi(preferred)" stand for.
 */
function formulaBlock(s: string) {
  const value = s
    // "PE(pos, 2i) = sin(…)PE(pos, 2i+1) = cos(…)": two formulas glued into one line.
    .replace(/\)(?=[A-Za-z_]\w*\([^()]*\)\s=\s)/g, ')\n')
    // The full stop ends the sentence the formula stands in, it is not part of it ("..." is kept).
    .replace(/(?<!\.)\.$/, '');
  return code(value, parsesAsPython(`${value}\n`) ? 'python' : 'text');
}

/**
 * Items after a parent are nested under it, up to the next parent or the end of the list. The
 * last of a run of paragraph parents ("LangChain: The most popular …", "LlamaIndex: Focuses …")
 * keeps only the items that its sibling's sub-list shows to be children: the same labels
 * ("Strengths:", "Weaknesses:"), and anything under a child that is a label alone ("Fixes:").
 * The items after them ("Haystack (deepset): …") are back at the outer level: the page lost the
 * heading that separated them.
 */
function nestedList(items: Item[], words: GluedWords) {
  const labelOf = (t: string) => /^([^:]{2,60}):/.exec(plain(t))?.[1];
  const isLong = (it: Item) => !/^[^:]{2,80}:$/.test(plain(it.text));
  const lastParent = items.findLastIndex((it) => it.parent);
  let nested = false;
  let siblingLabels: Set<string> | undefined;
  let labels = new Set<string>();
  let openLabel = false;
  const top: { item: ListItem; children: ListItem[] }[] = [];
  items.forEach((it, k) => {
    if (it.top) nested = false;
    if (it.parent) {
      // The sub-list of the paragraph parent just before this one, if this is the last and both are paragraphs.
      const prev = items.findLastIndex((p, j) => j < k && p.parent);
      siblingLabels = k === lastParent && isLong(it) && prev >= 0 && isLong(items[prev]!) ? labels : undefined;
      labels = new Set();
      openLabel = false;
    } else if (nested && siblingLabels) {
      const label = labelOf(it.text);
      if (!openLabel && !(label && siblingLabels.has(label))) nested = false;
    }
    const node = listItem([paragraph(prose(it.text, words))]);
    if (nested && !it.parent) {
      const label = labelOf(it.text);
      if (label) labels.add(label);
      openLabel ||= /^[^:]{2,80}:$/.test(plain(it.text));
      top.at(-1)!.children.push(node);
    } else top.push({ item: node, children: [] });
    if (it.parent) nested = true;
  });
  return list(top.map(({ item, children }) => (children.length ? { ...item, children: [...item.children, list(children)] } : item)));
}

/** The answer's pieces as blocks. */
function renderPieces(pieces: Piece[], words: GluedWords): RootContent[] {
  const out: RootContent[] = [];
  const takeItems = (i: number): Item[] => {
    const items: Item[] = [];
    while (pieces[i + items.length]?.kind === 'item') items.push(pieces[i + items.length] as Item);
    return items;
  };
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.kind === 'row') {
      const rows: string[] = [];
      while (pieces[i]?.kind === 'row') rows.push((pieces[i++] as { text: string }).text);
      i--;
      if (rows.length >= 2 && TABLE_RULE.test(rows[1]!)) out.push(tableOf(rows, words));
      else out.push(paragraph(rows.flatMap((r, k) => [...(k ? [text('\n')] : []), ...prose(r, words)])));
    } else if (p.kind === 'item') {
      const items = takeItems(i);
      i += items.length - 1;
      out.push(nestedList(items, words));
    } else if (p.kind === 'label') {
      const items = isCallout(p.label) && !p.rest ? takeItems(i + 1) : [];
      if (isCallout(p.label) && p.rest) out.push(labelled(p.label, [paragraph(prose(p.rest, words))]));
      else if (items.length) {
        i += items.length;
        out.push(labelled(p.label, [nestedList(items, words)]));
      } else out.push(labelLead(prose(p.label, words), prose(p.rest, words)));
    } else if (/^[^:]{2,60}:$/.test(plain(p.text))) {
      // A short line ending in a colon introduces what follows ("top_p (Nucleus Sampling):").
      out.push(labelLead(prose(p.text.slice(0, -1), words)));
    } else if (isFormula(plain(p.text))) {
      out.push(formulaBlock(plain(p.text)));
    } else {
      out.push(paragraph(prose(p.text, words)));
    }
  }
  return blocks(out);
}

/** The answer of one question (source lines first..last) as blocks; repeated items are dropped. */
export function answerBlocks(lines: string[], first: number, last: number, dropped: DroppedRange[], words: GluedWords): RootContent[] {
  const logical = logicalLines(lines, first, last);
  // The scraper printed the first line of a parent item again after its sub-list: an item that
  // repeats an earlier line of the same answer word for word, with nothing joined onto it.
  const seen = new Set<string>();
  const kept: Logical[] = [];
  let afterRepeat = false;
  for (const l of logical) {
    const repeat = l.item && !l.joined && l.start === l.end && seen.has(l.text);
    for (let n = l.start; n <= l.end; n++) seen.add(lines[n - 1]!.trim());
    if (repeat) dropped.push({ start: l.start, end: l.end, reason: 'list item the scraper printed twice' });
    else kept.push(afterRepeat ? { ...l, afterRepeat } : l);
    afterRepeat = repeat;
  }
  const pieces = kept.flatMap(piecesOf);
  // Quoted questions at the end are the follow-ups an interviewer would ask ("Follow-up:" is
  // printed before them only in some answers).
  let cut = pieces.length;
  while (cut > 0 && pieces[cut - 1]!.kind === 'item' && /^[“"‘]/.test((pieces[cut - 1] as Item).text)) cut--;
  if (cut < pieces.length) {
    const before = pieces[cut - 1];
    if (!(before?.kind === 'label' && before.label === FOLLOW_UP && !before.rest)) {
      pieces.splice(cut, 0, { kind: 'label', label: FOLLOW_UP, rest: '' });
    }
  }
  // A run-in label with nothing after it but another label or the end ("…S = stride.Code:" and then
  // the follow-ups): what it introduced is not on the page.
  const empty = pieces.filter(
    (p, k) => p.kind === 'label' && !p.rest && !isCallout(p.label) && (pieces[k + 1] === undefined || pieces[k + 1]!.kind === 'label'),
  );
  for (const p of empty) {
    const [start, end] = (p as { lines: [number, number] }).lines;
    dropped.push({ start, end, reason: `label with no content: the scraper lost it ("${p.kind === 'label' ? p.label : ''}:")` });
  }
  return renderPieces(pieces.filter((p) => !empty.includes(p)), words);
}
