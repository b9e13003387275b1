// Block detectors of the flattened-markdown reader: runs of answer lines that become one block (a
// table or a code block). Each detector claims the lines it takes through one shared Claims, in a
// fixed order (tables first, code last), so no line is taken twice.
import type { RootContent } from 'mdast';
import { code, table } from '../../mdast/build.ts';
import { bracketDelta, codeOf, parsesAsPython, reindentPython } from '../../recover/python-indent.ts';
import { unicodeMathToTex } from '../../recover/unicode-math.ts';
import { BULLET, codeKind, isAscii, LABEL_ONLY, LABEL_PREFIX, NUMBERED, RELATION, type CodeKind } from './code-lines.ts';

/** A run of lines (0-based, inclusive) and the block it becomes. */
export interface Run {
  end: number;
  build: () => RootContent;
}

/** Lines claimed so far, by the run that claimed them. */
export class Claims {
  readonly runs = new Map<number, Run>();
  readonly lines: readonly string[];
  private readonly claimed: Uint8Array;
  constructor(lines: readonly string[]) {
    this.lines = lines;
    this.claimed = new Uint8Array(lines.length);
  }
  claim(start: number, end: number, build: () => RootContent): void {
    for (let i = start; i <= end; i++) this.claimed[i] = 1;
    this.runs.set(start, { end, build });
  }
  free(i: number): boolean {
    return i >= 0 && i < this.lines.length && !this.claimed[i];
  }
  /** Lines start..end as written, a code block of plain text. */
  claimText(start: number, end: number): void {
    this.claim(start, end, () => code(this.lines.slice(start, end + 1).join('\n'), 'text'));
  }
}

const structural = (t: string) => BULLET.test(t) || NUMBERED.test(t) || LABEL_ONLY.test(t) || /^\|/.test(t) || t === '-';

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

/** A table from its rows (header, separator, body). */
const tableOf = (rows: string[]) => table([rows[0]!, ...rows.slice(2)].map(cells));

/** GFM tables: a header row and a separator row. */
function tables(c: Claims, lines: readonly string[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!c.free(i) || !/^\|.*\|$/.test(lines[i]!) || !/^\|[\s:|-]+\|$/.test(lines[i + 1] ?? '')) continue;
    let e = i + 1;
    while (e + 1 < lines.length && /^\|.*\|$/.test(lines[e + 1]!)) e++;
    const rows = lines.slice(i, e + 1);
    c.claim(i, e, () => tableOf(rows));
    i = e;
  }
}

/** A quoted prompt over several lines: from an opening `"` to the line that closes it. */
function quotedPrompts(c: Claims, lines: readonly string[]): void {
  const quotes = (s: string) => s.match(/"/g)?.length ?? 0;
  for (let i = 0; i < lines.length; i++) {
    if (!c.free(i) || !lines[i]!.startsWith('"') || quotes(lines[i]!) % 2 === 0) continue;
    for (let e = i + 1; e < Math.min(lines.length, i + 10) && c.free(e); e++) {
      if (quotes(lines[e]!) % 2 === 1) {
        c.claimText(i, e);
        i = e;
        break;
      }
    }
  }
}

/** Matrices: `[[...],` ... `...]]`, optionally `name = [[`. */
function matrices(c: Claims, lines: readonly string[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!c.free(i) || !/^(?:[A-Za-z_]\w*\s*=\s*)?\[\[/.test(lines[i]!)) continue;
    for (let e = i; e < Math.min(lines.length, i + 30) && c.free(e); e++) {
      if (lines[e]!.includes(']]')) {
        if (e > i) c.claimText(i, e);
        i = e;
        break;
      }
    }
  }
}

/** Arrow diagrams: lines starting with an arrow, the arrow lines around them, the two lines a lone "↓" joins. */
function arrowDiagrams(c: Claims, lines: readonly string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!;
    if (!c.free(i) || !/^[→↓↑⇒]/.test(t)) continue;
    let s = i;
    let e = i;
    const arrowLine = (k: number) => c.free(k) && /[→←↓]/.test(lines[k]!) && !structural(lines[k]!);
    if (/^[↓↑]$/.test(t)) {
      if (c.free(i - 1) && !structural(lines[i - 1]!)) s = i - 1;
      if (c.free(i + 1) && !structural(lines[i + 1]!)) e = i + 1;
    }
    while (arrowLine(s - 1)) s--;
    while (arrowLine(e + 1) || (c.free(e + 1) && /^[→↓↑⇒]/.test(lines[e + 1]!))) e++;
    if (e > s) {
      c.claimText(s, e);
      i = e;
    }
  }
}

/** A lone "..." between lines that start with the same word (Head 1: ... / ... / Head h: ...). */
function ellipsisRuns(c: Claims, lines: readonly string[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!c.free(i) || !/^(?:\.\.\.|…|⋮)$/.test(lines[i]!)) continue;
    const word = /^\S+/.exec(lines[i - 1] ?? '')?.[0];
    if (!word || !c.free(i - 1) || !(lines[i + 1] ?? '').startsWith(word + ' ')) continue;
    const same = (k: number) => c.free(k) && (lines[k]!.startsWith(word + ' ') || /^(?:\.\.\.|…)$/.test(lines[k]!));
    let s = i;
    let e = i;
    while (same(s - 1)) s--;
    while (same(e + 1)) e++;
    c.claimText(s, e);
    i = e;
  }
}

/** Lettered steps (a. ... b. ... c. ...), with a "For each ...:" line before them. */
function letteredSteps(c: Claims, lines: readonly string[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!c.free(i) || !/^a\.\s/.test(lines[i]!) || !/^b\.\s/.test(lines[i + 1]!)) continue;
    let e = i + 1;
    while (c.free(e + 1) && lines[e + 1]!.charCodeAt(0) === lines[e]!.charCodeAt(0) + 1 && /^[a-z]\.\s/.test(lines[e + 1]!)) e++;
    const s = c.free(i - 1) && /^(?:For|While|Repeat|Until|Loop|Foreach)\b.*:$/i.test(lines[i - 1]!) ? i - 1 : i;
    c.claimText(s, e);
    i = e;
  }
}

/** Code: runs of Python-looking lines (with bracket continuations) and pseudo-code. */
function codeRuns(c: Claims, lines: readonly string[], acronyms: ReadonlySet<string>): void {
  for (let i = 0; i < lines.length; i++) {
    if (!c.free(i)) continue;
    const first = codeKind(lines[i]!);
    if (!first || first === 'close') continue;
    const kinds: CodeKind[] = [];
    let e = i - 1;
    let depth = 0;
    while (c.free(e + 1)) {
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
      const mathLine = (k: number) => c.free(k) && RELATION.test(lines[k]!) && !structural(lines[k]!) && unicodeMathToTex(lines[k]!, acronyms) !== undefined;
      const shortLine = (k: number) => c.free(k) && lines[k]!.length < 40 && !structural(lines[k]!) && !LABEL_PREFIX.test(lines[k]!);
      for (;;) {
        if (mathLine(e + 1)) e++;
        else if (shortLine(e + 1) && mathLine(e + 2)) e += 2;
        else break;
      }
    }
    if (!pseudo) {
      const python = reindentPython(lines.slice(i, e + 1)).join('\n');
      if (parsesAsPython(python + '\n')) c.claim(i, e, () => code(python, 'python'));
      else pseudo = true;
    }
    if (pseudo) c.claimText(i, e);
    i = e;
  }
}

/** The runs of an answer's lines that become one block each, by their first line (0-based). */
export function blockRuns(lines: readonly string[], acronyms: ReadonlySet<string>): Map<number, Run> {
  const c = new Claims(lines);
  for (const detect of [tables, quotedPrompts, matrices, arrowDiagrams, ellipsisRuns, letteredSteps]) detect(c, lines);
  codeRuns(c, lines, acronyms);
  return c.runs;
}
