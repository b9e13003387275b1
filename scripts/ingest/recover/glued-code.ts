// Inline code glued to its neighbours by a scraper. The page behind source 001 lost the spaces
// around every `<code>` span: "E.g.,top_p=0.9means", "usejson.loads()to parse",
// "ANDtop_p=0.5,", "__iter__instead of__getitem__". Splitting code out is only safe where both
// ends of the code are certain, so three shapes are recognised and nothing else:
//
//   - snake_case names (max_tokens, top_p), optionally "=value" (top_p=0.9, pin_memory=True),
//     but not math subscripts (x_t, d_k, m_hat: a one-letter first part);
//     and dunder names (__init__, whose "__" make both ends certain);
//   - calls: a snake_case or dotted name with balanced parentheses (json.loads(), zero_grad(),
//     torch.save(model, ...)) — the ")" ends the code;
//   - dotted names (model.generate, nn.DataParallel, torch.nn.utils).
//
// An end is uncertain when the scraper glued a word onto it and the name swallowed that word:
// "withtorch.no_grad()", "(unlessretain_graph=True)", "batch_sizesamples", "llama.cppfor". Such
// runs are left as text. So are "e.g.", "w.r.t.", numbers like 3.5, "GPT-4", sentence glue
// ("ranges.Mathematical") and anything inside URLs, e-mail addresses and paths.
// Names inside the arguments of a call that is not itself marked ("sqrt(alpha_t)", "KL(pi || pi_ref)")
// are part of a formula: marking them alone would cut the formula apart, so they stay text.
//
// Where the reader knows that code starts at a place (CODE_MARK: the scraper broke the line before
// an inline code span), the left edge is certain and a whole call, formula or assignment is one code
// span, provided its right edge is certain too: a closing ")", a literal value ("K=50means"), the end
// of a sentence ("x_t = sqrt(alpha_t) * noise. After"), or a known word glued onto a name
// ("output.shapeshould", "llama.cppfor"). Otherwise the run is read as above.

import { closeAt, codeFrom, glueOf, MAIN_GUARD, type Glue, type GluedWords } from './code-extent.ts';

export type { GluedWords } from './code-extent.ts';

/** Put by a reader where it knows that inline code starts; markGluedCode removes it. */
export const CODE_MARK = '\uE000';

export interface TextPart {
  text: string;
  code: boolean;
}

const ID = String.raw`[A-Za-z_][A-Za-z0-9_]*`;
/** Balanced parentheses, one level of nesting: (x), (model.parameters(), max_norm=1.0). */
const PARENS = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const VALUE = String.raw`=(?:-?\d+(?:\.\d+)?(?:e-?\d+)?|True|False|None)`;
const CANDIDATE = new RegExp(
  [
    String.raw`__[a-z][a-z0-9]*(?:_[a-z0-9]+)*__`, // dunder
    String.raw`\.?${ID}(?:\.${ID})+(?:${PARENS})?`, // dotted name or call
    String.raw`\.${ID}${PARENS}`, // a method call on nothing: ".backward()"
    String.raw`[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+_?(?:${PARENS}|${VALUE})?`, // snake_case name, call or assignment
  ].join('|'),
  'g',
);
// Inside URLs, e-mail addresses or paths code-looking runs are not code.
const SKIP = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?:\/[\w.-]+){2,}/g;
/** The snake_case name, call or assignment starting at `at`. */
function NAME_AT(text: string, at: number): string {
  const re = new RegExp(String.raw`${ID}(?:\.${ID})*(?:${PARENS}|${VALUE})?`, 'y');
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? '';
}
// The first part has two letters or more: "x_t", "d_k", "m_hat" are math subscripts, not code.
const SNAKE = /^[a-z][a-z0-9]+(?:_[a-z0-9]+)+_?$/;
const DUNDER = /^__[a-z][a-z0-9]*(?:_[a-z0-9]+)*__$/;
// Words a scraper glues onto the front of code ("withtorch", "ormodel", "unlessretain").
const GLUED_BEFORE = ['without', 'with', 'unless', 'match', 'and', 'run', 'use', 'set', 'or'];
// Python built-ins a scraper glues after a short word: "Set tomin(8, cpu_count)", "ormin(…)".
const GLUED_BUILTIN = /(?<=\b(?:to|or|and|use|with|set|call|run))(?:min|max|sum|len|abs|round|sorted|range|zip|enumerate|isinstance)\(/g;
const TLD = /^(?:ai|com|org|io|net|dev|edu|gov|co|uk|txt|md|html?)$/;

/** A segment after a dot: a lower-case identifier, or CamelCase (DataParallel), never "What". */
function laterSegment(s: string): boolean {
  if (s.length < 2) return false;
  if (/^[a-z_]/.test(s)) return true;
  return /^[A-Z]\w*[a-z]\w*[A-Z]/.test(s) || /^[A-Z][a-z]*[A-Z]\w*$/.test(s);
}

/** Whether a word glued onto either end could have been swallowed by the name. */
function gluedWord(name: string, glue: Glue): boolean {
  const first = name.replace(/^\./, '').split(/[._]/)[0]!;
  const last = name.split(/[._]/).at(-1)!;
  return (
    GLUED_BEFORE.some((w) => first.startsWith(w) && first.length - w.length >= 2) ||
    glue.after.some((w) => last.endsWith(w) && last.length - w.length >= 2)
  );
}

/** The code at the start of a candidate match (`next`: the character after it), or undefined when it is not certain code. */
function certainCode(m: string, next: string, glue: Glue): string | undefined {
  if (DUNDER.test(m)) return m;
  // "ef_search(query-time quality vs speed)": words in the parentheses are prose, not arguments.
  const paren = /^([^(]*)\((.*)\)$/s.exec(m);
  if (paren && /[a-z]{2,} [a-z]{2,}/.test(paren[2]!) && !/[,=]/.test(paren[2]!)) {
    return certainCode(paren[1]!, '(', glue);
  }
  const call = m.endsWith(')');
  const assign = /=[^=]*$/.test(m) && !call;
  const name = m.replace(/\(.*$/s, '').replace(/=.*$/, '');
  const dotted = name.includes('.');
  if (dotted) {
    const segs = name.replace(/^\./, '').split('.');
    if (!/^[a-z_]/.test(segs[0]!) || (segs[0]!.length < 2 && !name.startsWith('.'))) return undefined;
    if (!segs.slice(1).every(laterSegment) || TLD.test(segs.at(-1)!)) return undefined;
  } else if (!SNAKE.test(name)) {
    return undefined;
  }
  // Without ")" or "=value" to end it, a name followed by a letter has no certain end.
  if (!call && !assign && /^[A-Za-z0-9]/.test(next)) return undefined;
  // "=0.9means": the value ends where the letters start. "=Truefoo" is not certain.
  if (assign && /[A-Za-z]$/.test(m) && /^[A-Za-z0-9_]/.test(next)) return undefined;
  if (gluedWord(name, glue)) return undefined;
  return m;
}

/** Whether `at` lies inside the parentheses of a call ("sqrt(alpha_t)", "KL(pi || pi_ref)"). */
function insideCall(text: string, at: number): boolean {
  const open: number[] = [];
  for (let k = 0; k < at; k++) {
    if (text[k] === '(') open.push(k);
    else if (text[k] === ')') open.pop();
  }
  return open.some((o) => /[A-Za-z0-9_]/.test(text[o - 1] ?? ''));
}

/**
 * Splits a run of text into text and certain inline code, restoring the spaces the scraper
 * removed next to the code. Joining the parts' text gives the input, without its CODE_MARKs,
 * with at most those spaces added.
 */
export function markGluedCode(input: string, words?: GluedWords): TextPart[] {
  const glue = glueOf(words);
  const known: number[] = [];
  let text = '';
  for (const ch of input) {
    if (ch === CODE_MARK) known.push(text.length);
    else text += ch;
  }
  const skip: [number, number][] = [...text.matchAll(SKIP)].map((m) => [m.index, m.index + m[0].length]);
  const spans: [number, number][] = [];
  const free = (a: number, b: number) => !spans.some(([x, y]) => a < y && b > x) && !skip.some(([x, y]) => a < y && b > x);
  for (const k of known) {
    const e = codeFrom(text, k, glue);
    if (e !== undefined && free(k, e)) spans.push([k, e]);
  }
  for (const m of text.matchAll(MAIN_GUARD)) {
    if (free(m.index, m.index + m[0].length)) spans.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(GLUED_BUILTIN)) {
    const e = closeAt(text, m.index + m[0].length - 1);
    if (e !== undefined && !insideCall(text, m.index) && free(m.index, e)) spans.push([m.index, e]);
  }
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    let s = m.index;
    let token = m[0];
    // "ANDtop_p=0.5": an upper-case word glued before a lower-case name ends where the case changes.
    const caps = /^([A-Z]{2,})([a-z_].*)$/s.exec(token);
    if (caps) {
      s += caps[1]!.length;
      token = caps[2]!;
    }
    // "parallel.num_workers=0", "samples.__getitem__:": a sentence glued to code.
    const glued = /^([a-z]{3,}|[A-Z]{2,})\.([a-z][a-z0-9]*_\w*|__\w+__)$/.exec(token.replace(/[=(].*$/s, ''));
    if (glued && /[=:]/.test(text[s + glued[0].length] ?? '')) {
      s += glued[1]!.length + 1;
      token = NAME_AT(text, s);
    }
    // A leading dot is code (".backward()") only after a space or an opening mark, not after a sentence.
    if (token.startsWith('.') && !/^$|[\s,;:(“]/.test(text[s - 1] ?? '')) {
      s += 1;
      token = NAME_AT(text, s);
    }
    // The start must be certain: not in the middle of a word ("StratifiedKFoldortrain_test_split").
    const prev = text[s - 1] ?? '';
    if (!token.startsWith('__') && (/[a-z0-9]/.test(prev) || (/[A-Z]/.test(prev) && !caps))) continue;
    if (!token || !free(s, s + token.length) || insideCall(text, s)) continue;
    const code = certainCode(token, text[s + token.length] ?? '', glue);
    if (!code) continue;
    spans.push([s, s + code.length]);
    CANDIDATE.lastIndex = Math.max(s + code.length, s + 1);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    let before = text.slice(at, s);
    if (before && /[\p{L}\p{N},;:.!?)\]”]$/u.test(before)) before += ' ';
    if (before) parts.push({ text: before, code: false });
    parts.push({ text: text.slice(s, e), code: true });
    at = e;
    if (/[\p{L}\p{N}(“]/u.test(text[e] ?? '')) parts.push({ text: ' ', code: false });
  }
  if (at < text.length) parts.push({ text: text.slice(at), code: false });
  return mergeText(parts);
}

function mergeText(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && !last.code && !p.code) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
