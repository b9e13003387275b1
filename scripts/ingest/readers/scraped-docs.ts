// Reader for a scraped documentation page (001, devweekends "AI Engineer Interview Questions").
// The scraper kept the page's text but lost most of its markup:
//
//   Documentation Index                           page chrome: every line before the title
//   Fetch the complete documentation index at: …
//   AI Engineer Interview Questions (70+ …)       the document title (last line before the first section)
//   1. LLM Engineering & Prompt Design            a section: a numbered line directly followed by a question
//   1. Few-shot vs Zero-shot Prompting            a question: its numbered title printed twice
//   1. Few-shot vs Zero-shot Prompting
//   | Feature | Zero-Shot | Few-Shot |            GFM tables (kept as tables)
//   - Need specific output format (…)             "- " list items
//   -                                             a lone "-" whose item text is on the next line
//   API Gateway (Kong/Nginx/AWS API Gateway):
//   - Mini-batch SGD: Uses                        inline code broke the line and was glued to its
//   batch_sizesamples (typically 32-512). - Next  neighbours; the next item ran on after " - "
//   …ranges.Mathematical Intuition:- T approaching 0: …   headings and callouts run into the text
//   - “Follow-up question?”                        the answer ends with quoted follow-up questions
//
// What the reader restores: continuation lines are joined back to their item (not a line that
// closes a quotation it never opened: that is the tail of a lost sentence; a line that starts with
// code after a finished sentence only where the list goes on after it); where a line starts with
// code the reader tells the inline-code splitter so (CODE_MARK); " - " and ".- "
// start list items again; run-in labels ("What interviewers are really testing:", "Red flag
// answer:", "Follow-up:", "Variants:") are split out, the callouts as labelledBlock(...)s and the
// others as bold lead-ins; the trailing quoted questions become a "Follow-up" block; a list item the
// scraper printed a second time (the first line of a parent item, repeated after its sub-list) is
// dropped with a reason (it also ends the nesting below); a lone "-" followed by an item's text
// ("-" + "Caching Layer (Redis Cluster):", "-" + "Data Drift (Covariate Shift): The input …") is a
// parent item and the items after it are nested under it, up to the next such parent; a standalone formula line ("O = floor((W - K + 2P) / S) + 1") is fenced,
// as python only when it parses as Python, else as text.
// Glued inline code is split out only where that is certain (normalize/glued-code.ts); every other
// run of text is escaped, so "$0.50", "__init__", "O(n*K)", "<tag>" and "|" render as printed.
import { IngestError, splitLines, type DroppedRange, type Question, type Reader, type Section } from '../model.ts';
import { escapeInline } from '../normalize/escape.ts';
import { codeBlock, labelledBlock } from '../normalize/blocks.ts';
import { CODE_MARK, codeSpan, markGluedCode } from '../normalize/glued-code.ts';
import { parsesAsPython } from '../normalize/python-indent.ts';

const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/;
const TABLE_ROW = /^\|.*\|$/;
const TABLE_RULE = /^\|(?:\s*:?-{3,}:?\s*\|)+$/;
/** Callouts: parts of an answer that are about the interview rather than the topic. */
const CALLOUTS = ['What interviewers are really testing', 'What most people miss', 'Red flag answer', 'Real-world example'];
const FOLLOW_UP = 'Follow-up';
/** Labels recognised even when glued to a lower-case word ("…betaBenefits:"). */
const KNOWN_LABELS = [...CALLOUTS, FOLLOW_UP, 'Benefits', 'Advantages', 'Tradeoffs', 'Variants'];
const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const KNOWN = KNOWN_LABELS.map(reEscape).join('|');
/** A run-in label glued after a sentence: "…ranges.Mathematical Intuition:" (also "…tutorials.nn.DataParallel (…):"). */
const RUN_IN = /(?:[.?!”]|:(?=[A-Z]))(?=((?:[a-z]+\.)?[A-Z][^.?!:]{0,70}):(?:[-\s]|$|[a-z_]+_|[a-z_]\w*[.(]))/g;
const GLUED_KNOWN = new RegExp(`[a-z)](?=(?:${KNOWN}):(?:[-\\s]|$))`, 'g');
const LEADING_KNOWN = new RegExp(`^(?:${KNOWN}):(?:[-\\s]|$)`);
/** A formula standing on its own line: "O = floor((W - K + 2P) / S) + 1". */
const FORMULA = /^[A-Za-z_]\w*(?:\([^()]*\))?\s=\s\S/;
/** Trailing links to the rest of a site or to files that are not shipped. */
const SEE_ALSO = /^(?:[-*]\s*)?(?:see|view|read|open|browse)\b.*\b(?:full|complete|files?)\b/i;

/** One line of the answer as the author wrote it, before the scraper broke it. */
interface Logical {
  text: string;
  start: number;
  end: number;
  item: boolean;
  /** A continuation line was joined onto it. */
  joined: boolean;
  /** Its "-" stood alone on the line before ("-" then "Caching Layer (Redis Cluster):"). */
  lone?: boolean;
  /** It follows an item the scraper printed twice, which marks the end of a sub-list. */
  afterRepeat?: boolean;
}

type Piece =
  | { kind: 'row' | 'text'; text: string }
  /** parent: a label the following items belong under (nested); top: back at the outer level. */
  | { kind: 'item'; text: string; parent?: boolean; top?: boolean }
  /** lines: the source lines of the logical line it came from. */
  | { kind: 'label'; label: string; rest: string; lines?: [number, number] };

/** Text whose code the scraper glued to its neighbours, as Markdown. */
function prose(text: string): string {
  return markGluedCode(text)
    .map((p) => (p.code ? codeSpan(p.text) : escapeInline(p.text)))
    .join('');
}

/** Text without the marks of known code starts. */
const plain = (text: string) => text.replaceAll(CODE_MARK, '');

/** Markdown that starts a block: a leading "#", ">", "-", "+", "=" or "12." is text, not markup. */
function blockSafe(md: string): string {
  return md.replace(/^([#>+=-])/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A line that does not end a sentence continues on the next line (the scraper broke it at code). */
const isOpen = (text: string) => !/[.?!”"’)\]]$/.test(text);

/**
 * A line that starts with code: the scraper broke the line before every inline code span that
 * followed a space ("StepLR(optimizer, …)", "grad.norm()decreases", ".apply()with", "K=50means").
 * A line starting with a capitalised word ("Even better: …") starts a block of its own.
 */
const CODE_START = /^(?:[a-z_.]|[A-Za-z_]\w*(?:\.\w+)*\s?[(=[])/;
/** The line runs on into the next item of a list: "…gamma=0.1). Simple, manual. - CosineAnnealingLR: …". */
const RUNS_ON = /[.?!”")\]] ?- (?=[A-Z“"‘])/;

/** Curly quotes left open at the end of the text (a negative count: more closed than opened). */
function openQuotes(text: string): number {
  let depth = 0;
  for (const c of text) {
    if (c === '“') depth++;
    else if (c === '”') depth = depth > 0 ? depth - 1 : -1;
    if (depth < 0) return -1;
  }
  return depth;
}

/**
 * A line that closes a quotation it never opened ("nn.DataParallel.” This is deprecated-level advice.")
 * is the tail of a sentence the scraper lost the start of: it continues an item only when that
 * item left a quotation open ("- “Explain focal loss. Why does the" + "(1-p)^gammaterm help…?”").
 */
const continues = (prev: string, next: string) => openQuotes(next) >= 0 || openQuotes(prev) > 0;

/**
 * After an item that ends a sentence, a line that starts with code is either the rest of that item
 * (the scraper broke the line before the code) or a paragraph after the list that starts with code
 * ("score = sum(log_probs) / length^alpha …" after a lost heading). It is the rest of the item
 * only where the list visibly goes on: the line runs on into the next item, or the scraper's repeat
 * of the sub-list's first item follows it. Where the list ends, the two cannot be told apart and
 * the line stays a paragraph.
 */
const continuesItem = (line: string, repeatFollows: boolean) =>
  CODE_START.test(line) && (RUNS_ON.test(line) || repeatFollows);

/** Joins continuation lines, turns lone "-" lines into items; blank lines end a paragraph. */
function logicalLines(lines: string[], first: number, last: number): Logical[] {
  const out: Logical[] = [];
  let bullet: number | undefined;
  let broken = true;
  const seen = new Set<string>();
  /** The next non-blank line repeats an earlier item: the scraper's mark of the end of a sub-list. */
  const repeatFollows = (n: number) => {
    let k = n + 1;
    while (k <= last && lines[k - 1]!.trim() === '') k++;
    const next = k <= last ? lines[k - 1]!.trim() : '';
    return next.startsWith('- ') && seen.has(next);
  };
  for (let n = first; n <= last; n++) {
    if (n > first) seen.add(lines[n - 2]!.trim());
    let t = lines[n - 1]!.trim();
    if (t === '') {
      broken = true;
      continue;
    }
    if (t === '-') {
      bullet ??= n;
      continue;
    }
    // "…debugging skill.-" : a lone "-" glued to the end of the line before its item.
    let endsWithBullet = false;
    if (/[.?!:”)\]]-$/.test(t)) {
      t = t.slice(0, -1);
      endsWithBullet = true;
    }
    const prev = out[out.length - 1];
    if (bullet !== undefined) {
      out.push({ text: `- ${t}`, start: bullet, end: n, item: true, joined: false, lone: true });
      bullet = undefined;
    } else if (TABLE_ROW.test(t) || /^-\s/.test(t)) {
      out.push({ text: t, start: n, end: n, item: !TABLE_ROW.test(t), joined: false });
    } else if (
      prev &&
      !broken &&
      !TABLE_ROW.test(prev.text) &&
      (isOpen(prev.text) || (prev.item && continuesItem(t, repeatFollows(n)))) &&
      (prev.item || !isFormula(plain(prev.text))) &&
      continues(prev.text, t)
    ) {
      // The scraper broke the line where inline code starts: the code's left edge is certain.
      prev.text += `${prev.text.endsWith('(') ? '' : ' '}${CODE_MARK}${t}`;
      prev.end = n;
      prev.joined = true;
    } else {
      // A paragraph that starts with code ("Loss = reward - beta * KL(pi || pi_ref). Beta…"): the
      // scraper starts a block on a new line, so the code's left edge is certain here too.
      out.push({ text: `${CODE_START.test(t) ? CODE_MARK : ''}${t}`, start: n, end: n, item: false, joined: false });
    }
    broken = false;
    if (endsWithBullet) bullet = n;
  }
  if (bullet !== undefined) out.push({ text: '-', start: bullet, end: bullet, item: false, joined: false });
  return out;
}

/** The pieces of one logical line: list items, text and run-in labels, in order. */
function piecesOf(l: Logical): Piece[] {
  if (TABLE_ROW.test(l.text)) return [{ kind: 'row', text: l.text }];
  const body = l.item ? l.text.replace(/^-\s*/, '') : l.text;
  const text = body
    // "…ranges.Mathematical Intuition:- T approaching 0": a glued "-" starts an item.
    .replace(/([.?!”):\]])-\s+/g, '$1\n- ')
    // "…spam). - Recall (Sensitivity):": an item that ran on after the previous one.
    .replace(/([.?!”")]) - (?=[A-Z“"‘])/g, '$1\n- ');
  const out: Piece[] = [];
  text.split('\n').forEach((seg, i) => {
    const isItem = i === 0 ? l.item : true;
    const pieces = labelPieces(i === 0 ? seg : seg.replace(/^-\s*/, ''), isItem ? 'item' : 'text');
    // The scraper prints a lone "-" for an item whose text is a block of its own, the first part of
    // an item that holds a sub-list: a label ("Caching Layer (Redis Cluster):") or a whole paragraph
    // ("Data Drift (Covariate Shift): The input distribution P(X) changes. …"). It heads the items after it.
    if (i === 0 && l.lone && pieces.length === 1 && pieces[0]!.kind === 'item') {
      pieces[0] = { ...pieces[0]!, parent: true };
    }
    if (i === 0 && l.afterRepeat && pieces[0]?.kind === 'item') pieces[0] = { ...pieces[0], top: true };
    out.push(...pieces.map((p): Piece => (p.kind === 'label' ? { ...p, lines: [l.start, l.end] } : p)));
  });
  return out;
}

/** Splits a segment at its run-in labels: the part before the first label keeps `first`'s kind. */
function labelPieces(seg: string, first: 'item' | 'text'): Piece[] {
  const starts = new Set<number>();
  let last = -1;
  for (const m of seg.matchAll(RUN_IN)) {
    // "…tutorials.nn.DataParallel (…):" is one label, not "nn" and "DataParallel (…)".
    if (last >= 0 && /^[a-z]+\.$/.test(seg.slice(last, m.index + 1))) continue;
    starts.add((last = m.index + 1));
  }
  for (const m of seg.matchAll(GLUED_KNOWN)) starts.add(m.index + 1);
  if (first === 'text' && LEADING_KNOWN.test(seg)) starts.add(0);
  const cuts = [...starts, seg.length].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let at = 0;
  let labelAt = starts.has(0);
  for (const c of cuts) {
    if (c === 0) continue;
    const s = seg.slice(at, c).trim();
    const colon = s.indexOf(':');
    if (labelAt && colon > 0) {
      pieces.push({ kind: 'label', label: plain(s.slice(0, colon)).trim(), rest: s.slice(colon + 1).trim() });
    } else if (s) {
      pieces.push({ kind: first, text: s });
    }
    at = c;
    labelAt = true;
  }
  return pieces;
}

function renderTable(rows: string[]): string {
  const cells = (row: string) =>
    row
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split(/(?<=\s)\|(?=\s)/)
      .map((c) => c.trim());
  const cell = (c: string) =>
    markGluedCode(c)
      .map((p) => (p.code ? codeSpan(p.text).replace(/\|/g, '\\|') : escapeInline(p.text)))
      .join('');
  const head = cells(rows[0]!);
  const out = [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of rows.slice(2)) {
    const c = cells(row);
    // A row with more cells than the header would lose them: keep the extra text in the last cell.
    const fitted = c.length > head.length ? [...c.slice(0, head.length - 1), c.slice(head.length - 1).join(' | ')] : c;
    while (fitted.length < head.length) fitted.push('');
    out.push(`| ${fitted.map(cell).join(' | ')} |`);
  }
  return out.join('\n');
}

/** A standalone formula line, fenced as code: no second sentence, no prose, no quotes. */
function isFormula(text: string): boolean {
  return (
    FORMULA.test(text) &&
    !/[.?!]\s+[A-Z“]/.test(text) &&
    !/[“”"]/.test(text) &&
    !/\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b/.test(text) &&
    !/\b(?:where|when|which|is|are|the|of|for|with)\s/.test(text)
  );
}

/**
 * A standalone formula as a fenced block. It is Python only when it parses as Python
 * ("scripted = torch.jit.script(model)"); maths in code-like notation ("P(Y|X) = P(X|Y) * P(Y) / P(X)",
 * "O = floor((W - K + 2P) / S) + 1") is plain text, shown exactly as printed: turning it into TeX
 * would mean guessing what "floor", "2P" or "log pi(preferred)" stand for.
 */
function formulaBlock(text: string): string {
  const code = text
    // "PE(pos, 2i) = sin(…)PE(pos, 2i+1) = cos(…)": two formulas glued into one line.
    .replace(/\)(?=[A-Za-z_]\w*\([^()]*\)\s=\s)/g, ')\n')
    // The full stop ends the sentence the formula stands in, it is not part of it ("..." is kept).
    .replace(/(?<!\.)\.$/, '');
  return codeBlock(code, parsesAsPython(`${code}\n`) ? 'python' : 'text');
}

/** The answer's pieces as Markdown blocks. */
function renderPieces(pieces: Piece[]): string[] {
  const blocks: string[] = [];
  // Items after a parent are nested under it, up to the next parent or the end of the list. The
  // last of a run of paragraph parents ("LangChain: The most popular …", "LlamaIndex: Focuses …")
  // keeps only the items that its sibling's sub-list shows to be children: the same labels
  // ("Strengths:", "Weaknesses:"), and anything under a child that is a label alone ("Fixes:").
  // The items after them ("Haystack (deepset): …") are back at the outer level: the page lost the
  // heading that separated them.
  const list = (items: Extract<Piece, { kind: 'item' }>[]) => {
    const labelOf = (t: string) => /^([^:]{2,60}):/.exec(plain(t))?.[1];
    const isLong = (it: Extract<Piece, { kind: 'item' }>) => !/^[^:]{2,80}:$/.test(plain(it.text));
    const lastParent = items.findLastIndex((it) => it.parent);
    let nested = false;
    let siblingLabels: Set<string> | undefined;
    let labels = new Set<string>();
    let openLabel = false;
    return items
      .map((it, k) => {
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
        if (nested && !it.parent) {
          const label = labelOf(it.text);
          if (label) labels.add(label);
          openLabel ||= /^[^:]{2,80}:$/.test(plain(it.text));
        }
        const line = `${nested && !it.parent ? '  ' : ''}- ${blockSafe(prose(it.text))}`;
        if (it.parent) nested = true;
        return line;
      })
      .join('\n');
  };
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.kind === 'row') {
      const rows: string[] = [];
      while (pieces[i]?.kind === 'row') rows.push((pieces[i++] as { text: string }).text);
      i--;
      if (rows.length >= 2 && TABLE_RULE.test(rows[1]!)) blocks.push(renderTable(rows));
      else blocks.push(rows.map((r) => blockSafe(prose(r))).join('\n'));
    } else if (p.kind === 'item') {
      const items: Extract<Piece, { kind: 'item' }>[] = [];
      while (pieces[i]?.kind === 'item') items.push(pieces[i++] as Extract<Piece, { kind: 'item' }>);
      i--;
      blocks.push(list(items));
    } else if (p.kind === 'label') {
      const callout = CALLOUTS.includes(p.label) || p.label === FOLLOW_UP;
      if (callout && p.rest) blocks.push(labelledBlock(p.label, blockSafe(prose(p.rest))));
      else if (callout && pieces[i + 1]?.kind === 'item') {
        const items: Extract<Piece, { kind: 'item' }>[] = [];
        while (pieces[i + 1]?.kind === 'item') items.push(pieces[++i] as Extract<Piece, { kind: 'item' }>);
        blocks.push(labelledBlock(p.label, list(items)));
      } else {
        const lead = `**${prose(p.label)}:**`;
        blocks.push(p.rest ? `${lead} ${prose(p.rest)}` : lead);
      }
    } else if (/^[^:]{2,60}:$/.test(plain(p.text))) {
      // A short line ending in a colon introduces what follows ("top_p (Nucleus Sampling):").
      blocks.push(`**${prose(p.text.slice(0, -1))}:**`);
    } else if (isFormula(plain(p.text))) {
      blocks.push(formulaBlock(plain(p.text)));
    } else {
      blocks.push(blockSafe(prose(p.text)));
    }
  }
  return blocks;
}

/** The answer of one question (source lines first..last) as Markdown; repeated items are dropped. */
function answerMarkdown(lines: string[], first: number, last: number, dropped: DroppedRange[]): string {
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
  while (cut > 0 && pieces[cut - 1]!.kind === 'item' && /^[“"‘]/.test((pieces[cut - 1] as { text: string }).text)) cut--;
  if (cut < pieces.length) {
    const before = pieces[cut - 1];
    if (!(before?.kind === 'label' && before.label === FOLLOW_UP && !before.rest)) {
      pieces.splice(cut, 0, { kind: 'label', label: FOLLOW_UP, rest: '' });
    }
  }
  // A run-in label with nothing after it but another label or the end ("…S = stride.Code:" and then
  // the follow-ups): what it introduced is not on the page.
  const empty = pieces.filter(
    (p, k) => p.kind === 'label' && !p.rest && p.label !== FOLLOW_UP && !CALLOUTS.includes(p.label) && (pieces[k + 1] === undefined || pieces[k + 1]!.kind === 'label'),
  );
  for (const p of empty) {
    const [start, end] = (p as { lines: [number, number] }).lines;
    dropped.push({ start, end, reason: `label with no content: the scraper lost it ("${p.kind === 'label' ? p.label : ''}:")` });
  }
  return renderPieces(pieces.filter((p) => !empty.includes(p))).join('\n\n');
}

export const readScrapedDocs: Reader = ({ sourceId, file, text }) => {
  const lines = splitLines(text);
  const at = (i: number) => (lines[i] ?? '').trim();
  const questions: Question[] = [];
  const sections: Section[] = [];
  const dropped: DroppedRange[] = [];

  // Question starts: a numbered line printed twice in a row. Sections: a numbered line that is
  // not doubled and is directly followed by a question. (Indices are 0-based here.)
  const isQuestionAt = (i: number) => NUMBERED.test(at(i)) && at(i) === at(i + 1);
  const starts: { kind: 'question' | 'section'; i: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isQuestionAt(i)) {
      starts.push({ kind: 'question', i });
      i++;
    } else if (NUMBERED.test(at(i)) && isQuestionAt(i + 1)) {
      starts.push({ kind: 'section', i });
    }
  }
  if (!starts.some((s) => s.kind === 'question')) {
    throw new IngestError('no questions found: expected numbered question titles printed twice ("1. Title" on two lines)', file);
  }

  // Before the first section or question: chrome, then the title (the last non-blank line).
  const head = [...Array(starts[0]!.i).keys()].filter((i) => at(i) !== '');
  if (head.length) {
    const title = head[head.length - 1]!;
    if (head[0]! < title) dropped.push({ start: head[0]! + 1, end: title, reason: 'page chrome' });
    dropped.push({ start: title + 1, end: title + 1, reason: 'document title' });
  }

  // After the last answer: a trailing list of links to the rest of the site is chrome.
  let tail = lines.length;
  const lastStart = starts[starts.length - 1]!.i + 2;
  let k = lines.length;
  while (k > lastStart && (at(k - 1) === '' || SEE_ALSO.test(at(k - 1)))) k--;
  if (k < lines.length && lines.slice(k).some((l) => l.trim() !== '') && k > lastStart) {
    dropped.push({ start: k + 1, end: lines.length, reason: 'see-also list of pages not shipped' });
    tail = k;
  }

  let section: string[] = [];
  starts.forEach((s, idx) => {
    const m = NUMBERED.exec(at(s.i))!;
    if (s.kind === 'section') {
      section = [m[2]!.trim()];
      sections.push({ path: section, line: s.i + 1, endLine: s.i + 1 });
      return;
    }
    const next = starts[idx + 1]?.i ?? tail;
    let end = next - 1;
    while (end > s.i + 1 && at(end) === '') end--;
    const body = answerMarkdown(lines, s.i + 3, end + 1, dropped);
    if (!body.trim()) throw new IngestError(`question "${m[2]!.trim()}" has no answer`, file, s.i + 1);
    questions.push({
      source: sourceId,
      sectionPath: section,
      number: Number(m[1]),
      title: m[2]!.trim(),
      body: `${body}\n`,
      line: s.i + 1,
      endLine: end + 1,
    });
  });
  dropped.sort((a, b) => a.start - b.start);
  return { questions, sections, dropped };
};

export default readScrapedDocs;
