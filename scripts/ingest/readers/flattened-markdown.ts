// Reader for a Markdown page flattened to plain text (every Markdown marker and every leading
// space lost, one block per line). The shape it reads:
//
//   ML & LLM Interview Q&A: 100+ Questions      document title (dropped)
//   Comprehensive interview questions ...        subtitle (dropped)
//   Table of Contents                            + "- Section" lines (dropped: table of contents)
//   Classical ML                                 a bare Title Case line before a `Qn:` line: a section
//   Q1: Implement linear regression from scratch.   a question (numbers may repeat)
//   Answer:                                      ("Answer: text" starts the answer on the same line)
//   class LinearRegression:                      code whose fences and indentation were lost
//   def __init__(self, lr=0.01, n_iter=1000):
//   Key Points:                                  a label line (bold; "Key Points" becomes a callout)
//   Gini: … (no log) Entropy: …                  two labelled lines glued after a ")": two list items
//   - Gradient descent: ...                      list items; "1. Item:" numbered items own the
//                                                "- " lines after them (nested list)
//   | Aspect | Linear | Logistic |               GFM table rows
//   Attention(Q, K, V) = softmax(QK^T / √d_k) × V   a formula written in Unicode
//   See 08_x/y.md for even more detailed answers!   pointers to files that are not shipped
//
// The answer is rebuilt as Markdown: Python runs are fenced and re-indented
// (normalize/python-indent.ts) when the result parses; other code-like runs (pseudo-code with
// Unicode math, matrices, arrow diagrams, quoted prompts, a./b./c. steps) are fenced as text;
// whole-line formulas become display math when normalize/unicode-math.ts is certain of the
// reading; everything else is escaped text. A run of `See x/y.md` lines ending an answer is
// dropped ("see-also list of files not shipped"), also as a list item broken before its file
// name ("- See" / "x/y.mdfor detailed explanations"); a `See` line inside an answer stays as text.
import {
  IngestError,
  splitLines,
  type DroppedRange,
  type Question,
  type Reader,
  type ReaderResult,
  type Section,
} from '../model.ts';
import { escapeCell, escapeInline, escapeLine } from '../normalize/escape.ts';
import { codeBlock, displayMath, inlineMath, labelledBlock } from '../normalize/blocks.ts';
import { bracketDelta, codeOf, parsesAsPython, reindentPython } from '../normalize/python-indent.ts';
import { unicodeMathToTex } from '../normalize/unicode-math.ts';

const Q_LINE = /^Q(\d{1,4})\s*[:.]\s*(\S.*?)\s*$/;
const ANSWER = /^Answer\s*:\s*(.*?)\s*$/;
// "See x/y.md for …", also as a list item and with the next word glued on ("….mdfor detailed").
const SEE_LINE = /^(?:[-*•]\s*)?See\s+(?:full\s+)?\S*(?:\/|\.(?:md|py)(?:[a-z]*\b))/;
/** A "See" whose file name the page broke onto the next line ("- See" / "34_x/y.mdfor …"). */
const SEE_ALONE = /^(?:[-*•]\s*)?See$/;
const FILE_LINE = /^[\w.-]+(?:\/[\w.-]+)*\.(?:md|py)(?:[a-z]*\b)/;
/** An item glued on after a closing parenthesis: "…(future positions)- After softmax: …". */
const GLUED_ITEM = /(?<=\))- (?=[A-Z])/;
const TOC = /^(?:table of )?contents:?$/i;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'vs', 'vs.', 'of', 'from', 'to', 'in', 'for', 'on', 'with', 'by', 'via', 'at', '&']);
const RELATION = /[=≈∝≤≥→∈]/;

/** A bare section title: Title Case words, no sentence punctuation, no formula. */
export function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 80 || /[.:;,!?]$/.test(t) || /[=→←|#`$<>]/.test(t)) return false;
  if (/^[-*•]\s|^\d+[.)]\s/.test(t) || Q_LINE.test(t) || ANSWER.test(t)) return false;
  const words = t.split(/\s+/);
  if (!/^[A-Z0-9]/.test(words[0]!)) return false;
  return words.every((w) => {
    const core = w.replace(/^[("']+|[)"',:]+$/g, '');
    return core === '' || /^[A-Z0-9]/.test(core) || SMALL_WORDS.has(core.toLowerCase());
  });
}

// ---------------------------------------------------------------------------------------------
// Answer lines -> Markdown

const BULLET = /^[-*•]\s+(\S.*)$/;
const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/;
const LABEL_ONLY = /^([A-Z0-9][^:]{0,60}):$/;
// Also a setting as the label of a worked example's line ("Top-p=0.9: Nucleus = first 3 tokens").
const LABEL_PREFIX = /^([A-Z][A-Za-z0-9 &()/'+.-]{0,39}?|[A-Z][\w-]{0,20}=[\d.]+):\s+(\S.*)$/;
/** A short question standing before a list, like the labels beside it: "Why Lower Triangular?". */
const QUESTION_LABEL = /^(?:Why|What|How|When|Which|Where)\b[^.!?:]{1,50}\?$/;
const KEY_LABEL = /^Key (?:Points?|Insights?|Takeaways?)$/i;
/** The rest of a `Label: …` line holding a second label after a closing parenthesis. */
const SECOND_LABEL = /^(.*\))\s+([A-Z][A-Za-z0-9-]{1,20}(?: [A-Z][A-Za-z0-9-]{1,20})?):\s+(\S.*)$/;
const PY_BLOCK = /^(?:class\s+\w+|(?:async\s+)?def\s+\w+\s*\(|(?:el)?if\s|else\s*:|for\s+.+\s+in\s|while\s|with\s|try\s*:|except\b|finally\s*:)/;
const PY_SIMPLE = /^(?:return\b|import\s+\w|from\s+[\w.]+\s+import\s|raise\b|pass$|break$|continue$|@\w)/;
const ASSIGN = /^[A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:\s*,\s*[A-Za-z_][\w.]*)*\s*(?:[-+*/]?=)(?!=)\s*\S/;
const CALL = /^[A-Za-z_][\w.]*(?:\(\))?(?:\.[A-Za-z_]\w*)*\(.*\)$/;

const isAscii = (s: string) => /^[\x20-\x7e\t]*$/.test(s);
const labelWords = (label: string) => label.trim().split(/\s+/).length;

type CodeKind = 'py' | 'weak' | 'comment' | 'pseudo' | 'close' | undefined;

const codeKinds = new Map<string, CodeKind>();
/** How a single line looks as code (memoised: a source repeats few distinct lines). */
function codeKind(t: string): CodeKind {
  let k = codeKinds.get(t);
  if (k === undefined && !codeKinds.has(t)) {
    k = lineCodeKind(t);
    if (codeKinds.size > 20_000) codeKinds.clear();
    codeKinds.set(t, k);
  }
  return k;
}

function lineCodeKind(t: string): CodeKind {
  if (/^#\s?\S/.test(t)) return 'comment';
  if (/^[)\]}]+[,;:]?$/.test(t)) return 'close';
  if (BULLET.test(t) || NUMBERED.test(t)) return undefined;
  const code = codeOf(t).trim();
  const hasComment = code.length < t.trim().length && / #\s/.test(t);
  if (!isAscii(code)) return hasComment && (ASSIGN.test(t) || /^[A-Za-z_]\w*\s*[~=]/.test(t)) ? 'pseudo' : undefined;
  if (PY_BLOCK.test(code) && /:\s*$/.test(code)) return 'py';
  if (PY_SIMPLE.test(code)) return parsesAsPython(code + '\n') ? 'py' : undefined;
  if (ASSIGN.test(code) || CALL.test(code)) {
    const open = bracketDelta(code) > 0;
    if (open) return 'py';
    if (parsesAsPython(code + '\n')) {
      const signal = hasComment || /[A-Za-z_)\]]\.[A-Za-z_]|\w\[|\b[a-z]+_\w+|\w=\w|["']/.test(code);
      return signal ? 'py' : 'weak';
    }
    return hasComment || /\w\[/.test(code) ? 'pseudo' : undefined;
  }
  return hasComment && /^[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*[~=]/.test(t) ? 'pseudo' : undefined;
}

/** Splits a table row into cells; a `|` inside parentheses (P(Y|X)) stays in its cell. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  const out: string[] = [];
  for (const piece of inner.split('|')) {
    const last = out.at(-1);
    const open = (s: string) => (s.match(/[([]/g)?.length ?? 0) - (s.match(/[)\]]/g)?.length ?? 0);
    if (last !== undefined && open(last) > 0) out[out.length - 1] = `${last}|${piece}`;
    else out.push(piece);
  }
  return out.map((c) => c.trim());
}

function table(rows: string[]): string {
  const header = cells(rows[0]!);
  const width = header.length;
  const fit = (cs: string[]) => {
    const row = cs.slice(0, width);
    if (cs.length > width) row[width - 1] = cs.slice(width - 1).join(' | ');
    while (row.length < width) row.push('');
    return `| ${row.map(escapeCell).join(' | ')} |`;
  };
  const body = rows.slice(2).map((r) => fit(cells(r)));
  return [fit(header), `|${' --- |'.repeat(width)}`, ...body].join('\n');
}

/** A `Label: formula` rest or a prose rest, as inline Markdown. */
/** A function of variables written as maths inside a sentence: "Compute I(X_i; Y) for each feature". */
const INLINE_TERM = /\b[A-Z]\([^()]*[_;][^()]*\)/g;

/**
 * A list item's text: a formula before its explanation ("I(X; Y) = 0: X and Y independent") and
 * maths terms inside a sentence become inline math where the reading is certain; the rest is text.
 */
function itemMarkdown(item: string): string {
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
    const tex = unicodeMathToTex(formula);
    if (tex) return `${inlineMath(tex)}: ${escapeInline(head![2]!)}`;
  }
  let out = '';
  let at = 0;
  for (const m of item.matchAll(INLINE_TERM)) {
    const tex = unicodeMathToTex(m[0]);
    if (!tex) continue;
    out += (at === 0 ? escapeLine(item.slice(0, m.index)) : escapeInline(item.slice(at, m.index))) + inlineMath(tex);
    at = m.index + m[0].length;
  }
  return at === 0 ? escapeLine(item) : out + escapeInline(item.slice(at));
}

function inlineRest(rest: string): string {
  if (RELATION.test(rest)) {
    const tex = unicodeMathToTex(rest);
    if (tex) return inlineMath(tex);
  }
  return escapeInline(rest);
}

interface Block {
  md: string;
  /** A list item: bullet, numbered, or bullet nested under a numbered item. */
  list?: 'ul' | 'ol' | 'nested';
}

/** Runs of lines that become one block (table or fence), by start index: end and builder. */
function fencedRuns(lines: string[]): Map<number, { end: number; build: () => string }> {
  const runs = new Map<number, { end: number; build: () => string }>();
  const claimed = new Uint8Array(lines.length);
  const claim = (s: number, e: number, build: () => string) => {
    for (let i = s; i <= e; i++) claimed[i] = 1;
    runs.set(s, { end: e, build });
  };
  const free = (i: number) => i >= 0 && i < lines.length && !claimed[i];
  const text = (s: number, e: number) => () => codeBlock(lines.slice(s, e + 1).join('\n'), 'text');
  const structural = (t: string) =>
    BULLET.test(t) || NUMBERED.test(t) || LABEL_ONLY.test(t) || /^\|/.test(t) || t === '-';

  // GFM tables: a header row and a separator row.
  for (let i = 0; i < lines.length; i++) {
    if (!free(i) || !/^\|.*\|$/.test(lines[i]!) || !/^\|[\s:|-]+\|$/.test(lines[i + 1] ?? '')) continue;
    let e = i + 1;
    while (e + 1 < lines.length && /^\|.*\|$/.test(lines[e + 1]!)) e++;
    const rows = lines.slice(i, e + 1);
    claim(i, e, () => table(rows));
    i = e;
  }
  // A quoted prompt over several lines: from an opening `"` to the line that closes it.
  for (let i = 0; i < lines.length; i++) {
    const quotes = (s: string) => (s.match(/"/g)?.length ?? 0);
    if (!free(i) || !lines[i]!.startsWith('"') || quotes(lines[i]!) % 2 === 0) continue;
    for (let e = i + 1; e < Math.min(lines.length, i + 10) && free(e); e++) {
      if (quotes(lines[e]!) % 2 === 1) {
        claim(i, e, text(i, e));
        i = e;
        break;
      }
    }
  }
  // Matrices: `[[...],` ... `...]]`, optionally `name = [[`.
  for (let i = 0; i < lines.length; i++) {
    if (!free(i) || !/^(?:[A-Za-z_]\w*\s*=\s*)?\[\[/.test(lines[i]!)) continue;
    for (let e = i; e < Math.min(lines.length, i + 30) && free(e); e++) {
      if (lines[e]!.includes(']]')) {
        if (e > i) claim(i, e, text(i, e));
        i = e;
        break;
      }
    }
  }
  // Arrow diagrams: lines starting with an arrow, the arrow lines around them, and the two
  // lines a lone "↓" joins.
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!;
    if (!free(i) || !/^[→↓↑⇒]/.test(t)) continue;
    let s = i;
    let e = i;
    const arrowLine = (k: number) => free(k) && /[→←↓]/.test(lines[k]!) && !structural(lines[k]!);
    if (/^[↓↑]$/.test(t)) {
      if (free(i - 1) && !structural(lines[i - 1]!)) s = i - 1;
      if (free(i + 1) && !structural(lines[i + 1]!)) e = i + 1;
    }
    while (arrowLine(s - 1)) s--;
    while (arrowLine(e + 1) || (free(e + 1) && /^[→↓↑⇒]/.test(lines[e + 1]!))) e++;
    if (e > s) {
      claim(s, e, text(s, e));
      i = e;
    }
  }
  // A lone "..." between lines that start with the same word (Head 1: ... / ... / Head h: ...).
  for (let i = 0; i < lines.length; i++) {
    if (!free(i) || !/^(?:\.\.\.|…|⋮)$/.test(lines[i]!)) continue;
    const word = /^\S+/.exec(lines[i - 1] ?? '')?.[0];
    if (!word || !free(i - 1) || !(lines[i + 1] ?? '').startsWith(word + ' ')) continue;
    const same = (k: number) => free(k) && (lines[k]!.startsWith(word + ' ') || /^(?:\.\.\.|…)$/.test(lines[k]!));
    let s = i;
    let e = i;
    while (same(s - 1)) s--;
    while (same(e + 1)) e++;
    claim(s, e, text(s, e));
    i = e;
  }
  // Lettered steps (a. ... b. ... c. ...), with a "For each ...:" line before them.
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!free(i) || !/^a\.\s/.test(lines[i]!) || !/^b\.\s/.test(lines[i + 1]!)) continue;
    let e = i + 1;
    while (free(e + 1) && (lines[e + 1]!.charCodeAt(0) === lines[e]!.charCodeAt(0) + 1) && /^[a-z]\.\s/.test(lines[e + 1]!)) e++;
    const s = free(i - 1) && /^(?:For|While|Repeat|Until|Loop|Foreach)\b.*:$/i.test(lines[i - 1]!) ? i - 1 : i;
    claim(s, e, text(s, e));
    i = e;
  }
  // Code: runs of Python-looking lines (with bracket continuations) and pseudo-code.
  for (let i = 0; i < lines.length; i++) {
    if (!free(i)) continue;
    const first = codeKind(lines[i]!);
    if (!first || first === 'close') continue;
    const kinds: CodeKind[] = [];
    let e = i - 1;
    let depth = 0;
    while (free(e + 1)) {
      const t = lines[e + 1]!;
      if (depth > 0) {
        kinds.push(/^[)\]}]/.test(t) ? 'close' : isAscii(codeOf(t)) ? 'py' : 'pseudo');
        depth = Math.max(0, depth + bracketDelta(t));
        e++;
        continue;
      }
      const k = codeKind(t);
      if (!k) break;
      const d = bracketDelta(t);
      if (d > 0) {
        // Only open a continuation if the brackets close within a few lines.
        let dd = d;
        let k2 = e + 2;
        for (; k2 < Math.min(lines.length, e + 17) && dd > 0; k2++) dd += bracketDelta(lines[k2]!);
        if (dd > 0) break;
      }
      kinds.push(k);
      depth = Math.max(0, d);
      e++;
    }
    if (e < i) continue;
    const statements = kinds.filter((k) => k !== 'comment' && k !== 'close');
    const strong = kinds.some((k) => k === 'py' || k === 'pseudo');
    if (!strong && statements.length < 2) continue;
    if (kinds[0] === 'comment' && statements.length === 0) continue;
    let pseudo = kinds.includes('pseudo');
    // Pseudo-code takes the formulas and short lines right around it.
    if (pseudo) {
      const mathLine = (k: number) => free(k) && RELATION.test(lines[k]!) && !structural(lines[k]!) && unicodeMathToTex(lines[k]!) !== undefined;
      const shortLine = (k: number) => free(k) && lines[k]!.length < 40 && !structural(lines[k]!) && !LABEL_PREFIX.test(lines[k]!);
      for (;;) {
        if (mathLine(e + 1)) e++;
        else if (shortLine(e + 1) && mathLine(e + 2)) e += 2;
        else break;
      }
    }
    const s = i;
    const end = e;
    const body = lines.slice(s, end + 1);
    let build: () => string;
    if (!pseudo) {
      const code = reindentPython(body).join('\n');
      if (parsesAsPython(code + '\n')) build = () => codeBlock(code, 'python');
      else pseudo = true;
    }
    if (pseudo) build = text(s, end);
    claim(s, end, build!);
    i = end;
  }
  return runs;
}

/** Converts the answer lines to Markdown. */
export function answerMarkdown(lines: string[]): string {
  const runs = fencedRuns(lines);
  const blocks: Block[] = [];
  let numberedIndent: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!;
    const run = runs.get(i);
    if (run) {
      blocks.push({ md: run.build() });
      numberedIndent = undefined;
      i = run.end;
      continue;
    }
    let m: RegExpExecArray | null;
    // "-" alone, its text on the next line: a list item whose content was a block quote
    // ("- > 100K: ..." flattened), or a bullet broken before a file name ("- See" / "x.md...").
    if (t === '-' && i + 1 < lines.length && !runs.has(i + 1)) {
      const next = lines[i + 1]!;
      blocks.push({ md: `${numberedIndent ?? ''}- ${escapeLine(`> ${next}`)}`, list: numberedIndent ? 'nested' : 'ul' });
      i++;
      continue;
    }
    if ((m = BULLET.exec(t))) {
      let item = m[1]!;
      if (/^See$/.test(item) && i + 1 < lines.length && !runs.has(i + 1) && !BULLET.test(lines[i + 1]!)) {
        item = `${item} ${lines[i + 1]!}`;
        i++;
      }
      blocks.push({ md: `${numberedIndent ?? ''}- ${itemMarkdown(item)}`, list: numberedIndent ? 'nested' : 'ul' });
      continue;
    }
    if ((m = NUMBERED.exec(t))) {
      blocks.push({ md: `${m[1]}. ${escapeLine(m[2]!)}`, list: 'ol' });
      numberedIndent = ' '.repeat(m[1]!.length + 2);
      continue;
    }
    // "scores[mask == 0] = -∞(future positions)- After softmax: …" between two items: the
    // flattening glued the next item on after a ")"; both parts are items of that list.
    const last = blocks.at(-1);
    if (last?.list && last.list !== 'ol' && GLUED_ITEM.test(t) && (i + 1 >= lines.length || BULLET.test(lines[i + 1]!))) {
      for (const part of t.split(GLUED_ITEM)) blocks.push({ md: `${numberedIndent ?? ''}- ${escapeLine(part)}`, list: last.list });
      continue;
    }
    numberedIndent = undefined;
    if (QUESTION_LABEL.test(t) && t.split(/\s+/).length <= 6 && i + 1 < lines.length && BULLET.test(lines[i + 1]!)) {
      blocks.push({ md: `**${escapeInline(t)}**` });
      continue;
    }
    if ((m = LABEL_ONLY.exec(t)) && ((labelWords(m[1]!) <= 5 && !m[1]!.includes(',')) || isTitleLine(m[1]!))) {
      const label = m[1]!;
      if (KEY_LABEL.test(label)) {
        // The callout holds everything up to the next label line.
        let e = i;
        while (e + 1 < lines.length && !(LABEL_ONLY.test(lines[e + 1]!) && !runs.has(e + 1))) e++;
        const inner = answerMarkdown(lines.slice(i + 1, e + 1));
        blocks.push({ md: inner.trim() ? labelledBlock(label, inner) : `**${escapeInline(label)}:**` });
        i = e;
        continue;
      }
      blocks.push({ md: `**${escapeInline(label)}:**` });
      continue;
    }
    if (RELATION.test(t) && !LABEL_PREFIX.test(t)) {
      const tex = unicodeMathToTex(t);
      if (tex) {
        blocks.push({ md: displayMath(tex) });
        continue;
      }
    }
    if ((m = LABEL_PREFIX.exec(t)) && labelWords(m[1]!) <= 5 && !/[(]/.test(m[1]!.replace(/\([^)]*\)/g, ''))) {
      // "Gini: … (faster, no log) Entropy: H = … (more theoretical)": two labelled lines the
      // flattening glued after a closing parenthesis become two list items.
      const two = SECOND_LABEL.exec(m[2]!);
      if (two) {
        blocks.push({ md: `- **${escapeInline(m[1]!)}:** ${inlineRest(two[1]!)}`, list: 'ul' });
        blocks.push({ md: `- **${escapeInline(two[2]!)}:** ${inlineRest(two[3]!)}`, list: 'ul' });
        continue;
      }
      blocks.push({ md: `**${escapeInline(m[1]!)}:** ${inlineRest(m[2]!)}` });
      continue;
    }
    blocks.push({ md: escapeLine(t) });
  }
  let out = '';
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1]?.list;
    // Items of one list follow each other; a numbered item after a plain bullet list starts
    // a new list (without the blank line it would continue the last bullet's text).
    const sameList = !!b.list && !!prev && (b.list === prev || (b.list !== 'ul' && prev !== 'ul'));
    if (i > 0) out += sameList ? '\n' : '\n\n';
    out += b.md;
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Document structure

export const readFlattenedMarkdown: Reader = ({ sourceId, file, text }) => {
  const lines = splitLines(text);
  const trimmed = lines.map((l) => l.trim());
  const nextNonBlank = (i: number) => {
    for (let k = i + 1; k < trimmed.length; k++) if (trimmed[k] !== '') return k;
    return -1;
  };
  const prevNonBlank = (i: number) => {
    for (let k = i - 1; k >= 0; k--) if (trimmed[k] !== '') return k;
    return -1;
  };

  // Question and section lines (0-based).
  type Mark = { kind: 'q'; i: number; number: number; title: string } | { kind: 's'; i: number; title: string };
  const marks: Mark[] = [];
  for (let i = 0; i < trimmed.length; i++) {
    const t = trimmed[i]!;
    const q = Q_LINE.exec(t);
    if (q) {
      marks.push({ kind: 'q', i, number: Number(q[1]), title: q[2]! });
      continue;
    }
    const next = nextNonBlank(i);
    const nextT = next >= 0 ? trimmed[next]! : '';
    const nextIsQ = Q_LINE.test(nextT);
    if (!nextIsQ && !SEE_LINE.test(nextT)) continue;
    const prev = prevNonBlank(i);
    if (!isTitleLine(t)) continue;
    if (nextIsQ || (prev >= 0 && SEE_LINE.test(trimmed[prev]!))) {
      marks.push({ kind: 's', i, title: t });
    }
  }
  if (!marks.some((m) => m.kind === 'q')) {
    throw new IngestError('no questions found: expected "Qn: question" lines (e.g. "Q1: What is ...?")', file);
  }

  const questions: Question[] = [];
  const sections: Section[] = [];
  const dropped: DroppedRange[] = [];
  const drop = (start: number, end: number, reason: string) => {
    if (end >= start) dropped.push({ start: start + 1, end: end + 1, reason });
  };
  /** Drops non-blank lines in [s, e] as runs with one reason. */
  const dropText = (s: number, e: number, reason: string) => {
    let a = -1;
    for (let k = s; k <= e + 1; k++) {
      const blank = k > e || trimmed[k] === '';
      if (!blank && a < 0) a = k;
      if (blank && a >= 0) {
        drop(a, k - 1, reason);
        a = -1;
      }
    }
  };

  // Before the first mark: title, subtitle, table of contents.
  const firstMark = marks[0]!.i;
  let k = 0;
  let sawTitle = false;
  while (k < firstMark) {
    const t = trimmed[k]!;
    if (t === '') {
      k++;
      continue;
    }
    if (TOC.test(t)) {
      let e = k;
      while (e + 1 < firstMark && (/^[-*•]\s/.test(trimmed[e + 1]!) || trimmed[e + 1] === '')) e++;
      drop(k, e, 'table of contents');
      k = e + 1;
      continue;
    }
    drop(k, k, sawTitle ? 'introduction before the first section' : 'document title');
    sawTitle = true;
    k++;
  }

  let path: string[] = [];
  for (let mi = 0; mi < marks.length; mi++) {
    const mark = marks[mi]!;
    const limit = (marks[mi + 1]?.i ?? trimmed.length) - 1;
    if (mark.kind === 's') {
      path = [mark.title];
      const hasQ = marks[mi + 1]?.kind === 'q';
      if (hasQ) sections.push({ path, line: mark.i + 1, endLine: mark.i + 1 });
      else drop(mark.i, mark.i, `heading of section "${mark.title}", which has no questions`);
      dropText(
        mark.i + 1,
        limit,
        hasQ ? `text in section "${mark.title}" outside any question` : `text of section "${mark.title}", which has no questions`,
      );
      continue;
    }
    // A question: title line, optional repeated title, optional "Answer:" line, the answer.
    let start = mark.i + 1;
    const answer: string[] = [];
    const n1 = nextNonBlank(mark.i);
    if (n1 >= 0 && n1 <= limit && trimmed[n1] === mark.title) start = n1 + 1;
    const n2 = nextNonBlank(start - 1);
    if (n2 >= 0 && n2 <= limit) {
      const a = ANSWER.exec(trimmed[n2]!);
      if (a) {
        if (a[1]) answer.push(a[1]);
        start = n2 + 1;
      }
    }
    // The end: last non-blank line, less a trailing run of "See x/y.md" lines.
    let end = limit;
    while (end >= start && trimmed[end] === '') end--;
    let seeStart = end + 1;
    const isSee = (k: number) =>
      SEE_LINE.test(trimmed[k]!) ||
      (FILE_LINE.test(trimmed[k]!) && k - 1 >= start && SEE_ALONE.test(trimmed[k - 1]!)) ||
      (SEE_ALONE.test(trimmed[k]!) && k + 1 <= end && FILE_LINE.test(trimmed[k + 1]!));
    while (seeStart - 1 >= start && (isSee(seeStart - 1) || trimmed[seeStart - 1] === '')) seeStart--;
    while (seeStart <= end && trimmed[seeStart] === '') seeStart++;
    const hasContent = answer.length > 0 || trimmed.slice(start, seeStart).some((l) => l !== '');
    if (seeStart <= end && hasContent) {
      dropText(seeStart, end, 'see-also list of files not shipped');
      end = seeStart - 1;
      while (end >= start && trimmed[end] === '') end--;
    }
    for (let j = start; j <= end; j++) if (trimmed[j] !== '') answer.push(trimmed[j]!);
    const body = answerMarkdown(answer).trim();
    questions.push({
      source: sourceId,
      sectionPath: path,
      number: mark.number,
      title: mark.title,
      body: (body || '_No answer in the source._') + '\n',
      line: mark.i + 1,
      endLine: Math.max(mark.i, end) + 1,
    });
  }
  dropped.sort((a, b) => a.start - b.start);
  return { questions, sections, dropped } satisfies ReaderResult;
};

export default readFlattenedMarkdown;
