// Stage 1 of the scraped-docs reader: the source lines of one answer -> the lines the author
// wrote. The scraper broke a line before every inline code span that followed a space and
// printed a lone "-" for an item whose text is a block of its own; this joins continuation lines
// back to their item or paragraph and turns lone "-" lines into items.
import { CODE_MARK } from '../../recover/glued-code.ts';

/** One line of the answer as the author wrote it, before the scraper broke it. */
export interface Logical {
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

export const TABLE_ROW = /^\|.*\|$/;
/** A formula standing on its own line: "O = floor((W - K + 2P) / S) + 1". */
const FORMULA = /^[A-Za-z_]\w*(?:\([^()]*\))?\s=\s\S/;

/** Text without the marks of known code starts. */
export const plain = (text: string) => text.replaceAll(CODE_MARK, '');

/** A standalone formula line, fenced as code: no second sentence, no prose, no quotes. */
export function isFormula(text: string): boolean {
  return (
    FORMULA.test(text) &&
    !/[.?!]\s+[A-Z“]/.test(text) &&
    !/[“”"]/.test(text) &&
    !/\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b/.test(text) &&
    !/\b(?:where|when|which|is|are|the|of|for|with)\s/.test(text)
  );
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
export function logicalLines(lines: string[], first: number, last: number): Logical[] {
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
