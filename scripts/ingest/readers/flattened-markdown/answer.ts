// Answer lines of the flattened-markdown reader -> the answer's blocks: code and tables from the
// block detectors (runs.ts), list items ("1. Item:" owns the "- " lines after it: a nested list),
// label lines (bold; "Key Points" becomes a labelled block), formulas written in Unicode (display
// or inline maths where recover/unicode-math.ts is certain) and text.
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { blocks, inlineMath, labelled, labelLead, list, listItem, math, paragraph, strong, text } from '../../mdast/build.ts';
import { unicodeMathToTex } from '../../recover/unicode-math.ts';
import { BULLET, LABEL_ONLY, LABEL_PREFIX, NUMBERED, RELATION } from './code-lines.ts';
import { isTitleLine } from './titles.ts';
import { blockRuns } from './runs.ts';

/** An item glued on after a closing parenthesis: "…(future positions)- After softmax: …". */
const GLUED_ITEM = /(?<=\))- (?=[A-Z])/;
/** A short question standing before a list, like the labels beside it: "Why Lower Triangular?". */
const QUESTION_LABEL = /^(?:Why|What|How|When|Which|Where)\b[^.!?:]{1,50}\?$/;
const KEY_LABEL = /^Key (?:Points?|Insights?|Takeaways?)$/i;
/** The rest of a `Label: …` line holding a second label after a closing parenthesis. */
const SECOND_LABEL = /^(.*\))\s+([A-Z][A-Za-z0-9-]{1,20}(?: [A-Z][A-Za-z0-9-]{1,20})?):\s+(\S.*)$/;
/** A function of variables written as maths inside a sentence: "Compute I(X_i; Y) for each feature". */
const INLINE_TERM = /\b[A-Z]\([^()]*[_;][^()]*\)/g;

const labelWords = (label: string) => label.trim().split(/\s+/).length;

/**
 * A list item's text: a formula before its explanation ("I(X; Y) = 0: X and Y independent") and
 * maths terms inside a sentence become inline math where the reading is certain; the rest is text.
 */
function itemContent(item: string, acronyms: ReadonlySet<string>): PhrasingContent[] {
  const head = /^([^:]+?): (\S.*)$/.exec(item);
  // A relation between terms, not an arrow between words ("Text → Image:", "Always ≥ entropy:").
  // It starts with a term, not a bare bound ("< 2K:", whose "2K" is two thousand, not 2·K).
  const formula = head?.[1] ?? '';
  if (
    /^[A-Za-z\u0370-\u03ff]/.test(formula) &&
    /[=≈≤≥<>]/.test(formula) &&
    !/→|[0-9][A-Za-z]/.test(formula) &&
    (formula.match(/[A-Za-z]{4,}/g) ?? []).length <= 1
  ) {
    const tex = unicodeMathToTex(formula, acronyms);
    if (tex) return [inlineMath(tex), text(`: ${head![2]!}`)];
  }
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const m of item.matchAll(INLINE_TERM)) {
    const tex = unicodeMathToTex(m[0], acronyms);
    if (!tex) continue;
    out.push(text(item.slice(at, m.index)), inlineMath(tex));
    at = m.index + m[0].length;
  }
  out.push(text(item.slice(at)));
  return out;
}

/** A `Label: formula` rest or a prose rest, as inline content. */
function inlineRest(rest: string, acronyms: ReadonlySet<string>): PhrasingContent[] {
  if (RELATION.test(rest)) {
    const tex = unicodeMathToTex(rest, acronyms);
    if (tex) return [inlineMath(tex)];
  }
  return [text(rest)];
}

/** A block, or a list item: bullet, numbered (with its number), or bullet nested under a numbered item. */
type Block = { node: RootContent } | { item: ListItem; list: 'ul' | 'nested' } | { item: ListItem; list: 'ol'; number: number };

/** Items of one list follow each other; a numbered item after a plain bullet list starts a new list. */
function assemble(parts: Block[]): RootContent[] {
  const out: RootContent[] = [];
  let open: { list: 'ul' | 'ol'; node: ReturnType<typeof list> } | undefined;
  for (const b of parts) {
    if (!('item' in b)) {
      out.push(b.node);
      open = undefined;
      continue;
    }
    const kind = b.list === 'ul' ? 'ul' : 'ol';
    if (!open || open.list !== kind) {
      const start = b.list === 'ol' ? b.number : undefined;
      open = { list: kind, node: list([], start) };
      out.push(open.node);
    }
    const items = open.node.children;
    if (b.list === 'nested') {
      // Under the numbered item before it, in that item's sub-list.
      const parent = items.at(-1)!;
      const sub = parent.children.at(-1);
      if (sub?.type === 'list') sub.children.push(b.item);
      else parent.children.push(list([b.item]));
    } else items.push(b.item);
  }
  return blocks(out);
}

/** The answer lines (trimmed, non-blank) as blocks. */
export function answerBlocks(lines: string[], acronyms: ReadonlySet<string>): RootContent[] {
  const runs = blockRuns(lines, acronyms);
  const parts: Block[] = [];
  const item = (content: PhrasingContent[]) => listItem([paragraph(content)]);
  let nested = false;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!;
    const run = runs.get(i);
    if (run) {
      parts.push({ node: run.build() });
      nested = false;
      i = run.end;
      continue;
    }
    const bullet = nested ? 'nested' : 'ul';
    let m: RegExpExecArray | null;
    // "-" alone, its text on the next line: a list item whose content was a block quote
    // ("- > 100K: ..." flattened), or a bullet broken before a file name ("- See" / "x.md...").
    if (t === '-' && i + 1 < lines.length && !runs.has(i + 1)) {
      parts.push({ item: item([text(`> ${lines[i + 1]!}`)]), list: bullet });
      i++;
      continue;
    }
    if ((m = BULLET.exec(t))) {
      let content = m[1]!;
      if (/^See$/.test(content) && i + 1 < lines.length && !runs.has(i + 1) && !BULLET.test(lines[i + 1]!)) {
        content = `${content} ${lines[i + 1]!}`;
        i++;
      }
      parts.push({ item: item(itemContent(content, acronyms)), list: bullet });
      continue;
    }
    if ((m = NUMBERED.exec(t))) {
      parts.push({ item: item([text(m[2]!)]), list: 'ol', number: Number(m[1]) });
      nested = true;
      continue;
    }
    // "scores[mask == 0] = -∞(future positions)- After softmax: …" between two items: the
    // flattening glued the next item on after a ")"; both parts are items of that list.
    const last = parts.at(-1);
    if (last && 'item' in last && last.list !== 'ol' && GLUED_ITEM.test(t) && (i + 1 >= lines.length || BULLET.test(lines[i + 1]!))) {
      for (const part of t.split(GLUED_ITEM)) parts.push({ item: item([text(part)]), list: last.list });
      continue;
    }
    nested = false;
    if (QUESTION_LABEL.test(t) && t.split(/\s+/).length <= 6 && i + 1 < lines.length && BULLET.test(lines[i + 1]!)) {
      parts.push({ node: paragraph([strong(text(t))]) });
      continue;
    }
    if ((m = LABEL_ONLY.exec(t)) && ((labelWords(m[1]!) <= 5 && !m[1]!.includes(',')) || isTitleLine(m[1]!))) {
      const label = m[1]!;
      if (KEY_LABEL.test(label)) {
        // The labelled block holds everything up to the next label line.
        let e = i;
        while (e + 1 < lines.length && !(LABEL_ONLY.test(lines[e + 1]!) && !runs.has(e + 1))) e++;
        const inner = answerBlocks(lines.slice(i + 1, e + 1), acronyms);
        parts.push({ node: inner.length ? labelled(label, inner) : labelLead(label) });
        i = e;
        continue;
      }
      parts.push({ node: labelLead(label) });
      continue;
    }
    if (RELATION.test(t) && !LABEL_PREFIX.test(t)) {
      const tex = unicodeMathToTex(t, acronyms);
      if (tex) {
        parts.push({ node: math(tex) });
        continue;
      }
    }
    if ((m = LABEL_PREFIX.exec(t)) && labelWords(m[1]!) <= 5 && !/[(]/.test(m[1]!.replace(/\([^)]*\)/g, ''))) {
      // "Gini: … (faster, no log) Entropy: H = … (more theoretical)": two labelled lines the
      // flattening glued after a closing parenthesis become two list items.
      const two = SECOND_LABEL.exec(m[2]!);
      if (two) {
        parts.push({ item: listItem([labelLead(m[1]!, inlineRest(two[1]!, acronyms))]), list: 'ul' });
        parts.push({ item: listItem([labelLead(two[2]!, inlineRest(two[3]!, acronyms))]), list: 'ul' });
        continue;
      }
      parts.push({ node: labelLead(m[1]!, inlineRest(m[2]!, acronyms)) });
      continue;
    }
    parts.push({ node: paragraph(t) });
  }
  return assemble(parts);
}
