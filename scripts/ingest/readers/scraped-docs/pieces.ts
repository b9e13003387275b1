// Stage 2 of the scraped-docs reader: each logical line -> its pieces, in order: list items
// (" - " and ".- " start items again), text, table rows and run-in labels ("What interviewers are
// really testing:", "Red flag answer:", "Follow-up:", "Variants:"), which the page ran into the
// text before them ("…ranges.Mathematical Intuition:- T approaching 0: …").
import { plain, TABLE_ROW, type Logical } from './logical-lines.ts';

/** Callouts: parts of an answer that are about the interview rather than the topic. */
export const CALLOUTS = ['What interviewers are really testing', 'What most people miss', 'Red flag answer', 'Real-world example'];
export const FOLLOW_UP = 'Follow-up';
/** Labels recognised even when glued to a lower-case word ("…betaBenefits:"). */
const KNOWN_LABELS = [...CALLOUTS, FOLLOW_UP, 'Benefits', 'Advantages', 'Tradeoffs', 'Variants'];
const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const KNOWN = KNOWN_LABELS.map(reEscape).join('|');
/** A run-in label glued after a sentence: "…ranges.Mathematical Intuition:" (also "…tutorials.nn.DataParallel (…):"). */
const RUN_IN = /(?:[.?!”]|:(?=[A-Z]))(?=((?:[a-z]+\.)?[A-Z][^.?!:]{0,70}):(?:[-\s]|$|[a-z_]+_|[a-z_]\w*[.(]))/g;
const GLUED_KNOWN = new RegExp(`[a-z)](?=(?:${KNOWN}):(?:[-\\s]|$))`, 'g');
const LEADING_KNOWN = new RegExp(`^(?:${KNOWN}):(?:[-\\s]|$)`);

export type Item = { kind: 'item'; text: string; parent?: boolean; top?: boolean };
export type Piece =
  | { kind: 'row' | 'text'; text: string }
  /** parent: a label the following items belong under (nested); top: back at the outer level. */
  | Item
  /** lines: the source lines of the logical line it came from. */
  | { kind: 'label'; label: string; rest: string; lines?: [number, number] };

/** Whether a label is a callout (a labelled block of its own) rather than a bold lead-in. */
export const isCallout = (label: string) => CALLOUTS.includes(label) || label === FOLLOW_UP;

/** The pieces of one logical line: list items, text and run-in labels, in order. */
export function piecesOf(l: Logical): Piece[] {
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
