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
// Words it glues onto the end ("cppfor", "state_dictis", "batch_sizesamples").
const GLUED_AFTER = [
  'for', 'from', 'is', 'are', 'and', 'with', 'where', 'when', 'should', 'instead', 'means',
  'because', 'samples', 'tools', 'library', 'file', 'files', 'flag', 'term', 'parameter',
  'before', 'after', 'ensure', 'ensures', 'returns', 'handles', 'will', 'can', 'must',
];
// Python built-ins a scraper glues after a short word: "Set tomin(8, cpu_count)", "ormin(…)".
const GLUED_BUILTIN = /(?<=\b(?:to|or|and|use|with|set|call|run))(?:min|max|sum|len|abs|round|sorted|range|zip|enumerate|isinstance)\(/g;
const MAIN_GUARD = /if __name__ == (['"])__main__\1:/g;
const TLD = /^(?:ai|com|org|io|net|dev|edu|gov|co|uk|txt|md|html?)$/;

/** A segment after a dot: a lower-case identifier, or CamelCase (DataParallel), never "What". */
function laterSegment(s: string): boolean {
  if (s.length < 2) return false;
  if (/^[a-z_]/.test(s)) return true;
  return /^[A-Z]\w*[a-z]\w*[A-Z]/.test(s) || /^[A-Z][a-z]*[A-Z]\w*$/.test(s);
}

/** Whether a word glued onto either end could have been swallowed by the name. */
function gluedWord(name: string): boolean {
  const first = name.replace(/^\./, '').split(/[._]/)[0]!;
  const last = name.split(/[._]/).at(-1)!;
  return (
    GLUED_BEFORE.some((w) => first.startsWith(w) && first.length - w.length >= 2) ||
    GLUED_AFTER.some((w) => last.endsWith(w) && last.length - w.length >= 2)
  );
}

/** The code at the start of a candidate match (`next`: the character after it), or undefined when it is not certain code. */
function certainCode(m: string, next: string): string | undefined {
  if (DUNDER.test(m)) return m;
  // "ef_search(query-time quality vs speed)": words in the parentheses are prose, not arguments.
  const paren = /^([^(]*)\((.*)\)$/s.exec(m);
  if (paren && /[a-z]{2,} [a-z]{2,}/.test(paren[2]!) && !/[,=]/.test(paren[2]!)) {
    return certainCode(paren[1]!, '(');
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
  if (gluedWord(name)) return undefined;
  return m;
}

/** Where the bracket opened at `i` closes (any of (), [], {}), on the same line; undefined if it does not. */
function closeAt(text: string, i: number): number | undefined {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let k = i; k < text.length; k++) {
    const c = text[k]!;
    if (c === '\n') return undefined;
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return undefined;
      if (stack.length === 0) return k + 1;
    }
  }
  return undefined;
}

interface Operand {
  end: number;
  /** Where the name ends, before any parentheses after it. */
  nameEnd: number;
  kind: 'name' | 'call' | 'number' | 'string' | 'group';
  name: string;
}

const IDENT_Y = /[A-Za-z_][A-Za-z0-9_]*/y;
const DUNDER_Y = /__[a-z][a-z0-9]*(?:_[a-z0-9]+)*__/y;
const NUMBER_Y = /\d+(?:\.\d+)*(?:e-?\d+)?%?/y;
/** A binary operator with a space on both sides or on neither, or the "; " between two statements. */
const OP_Y = / (?:\*\*|==|!=|<=|>=|\|\||[=+\-*/@^%<>~]) |(?:\*\*|==|!=|<=|>=|\|\||[=+\-*/@^%<>~])(?! )|; /y;
/** Functions written before their argument without parentheses: "log sigmoid(…)", "log pi(preferred)". */
const PREFIX_FN = new Set(['log', 'exp', 'sqrt', 'sigmoid', 'softmax', 'tanh']);
/** Words glued onto the end of a name that can be split off where the name's start is known. */
const SPLIT_AFTER = [...GLUED_AFTER.filter((w) => w.length >= 4 || w === 'for'), 'specifications', 'runtime'];
/** After a single capital in a formula ("1/Tbefore softmax", "/ Nif models"): a glued word. */
const SPLIT_AFTER_CAPITAL = [...GLUED_AFTER, 'if', 'in', 'of', 'to'];
/** Parentheses holding words, not arguments: "K.T(dot product measures similarity…)". */
const PROSE_PARENS = /^\((?=.*\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b|[^,=()*/+@^|]*\b[a-z]{2,} [a-z]{2,}\b[^,=()*/+@^|]*\)$)/;
/** What may follow the end of a name: the end of the text, a space, punctuation or a closing mark. */
const AFTER_NAME = /^(?:$|[\s.,;:!?)\]”’—–])/;

const sticky = (re: RegExp, text: string, at: number) => {
  re.lastIndex = at;
  return re.exec(text)?.[0];
};

/** One operand of a formula at `i`: a name or call chain, a number, a string, a bracket or |…|. */
function operandAt(text: string, i: number, first: boolean): Operand | undefined {
  let j = i;
  if (text[j] === '-' || text[j] === '~') j++;
  const c = text[j] ?? '';
  const whole = (end: number, kind: Operand['kind']): Operand => ({ end, nameEnd: end, kind, name: '' });
  if (c === '"' || c === "'") {
    const k = text.indexOf(c, j + 1);
    return k > j ? whole(k + 1, 'string') : undefined;
  }
  if (text.startsWith('...', j)) return whole(j + 3, 'group');
  if (c === '|') {
    const k = text.indexOf('|', j + 1);
    return k > j + 1 && !/[.!?]\s/.test(text.slice(j, k)) ? whole(k + 1, 'group') : undefined;
  }
  if (c === '(' || c === '[') {
    const k = closeAt(text, j);
    return k === undefined || PROSE_PARENS.test(text.slice(j, k)) ? undefined : whole(k, 'group');
  }
  const num = sticky(NUMBER_Y, text, j);
  if (num) return { ...whole(j + num.length, 'number'), name: num };
  // ".apply()with": a method call on nothing, only where the code is known to start.
  if (c === '.' && first && j === i) j++;
  const id = sticky(IDENT_Y, text, j);
  if (!id) return undefined;
  let end = j + id.length;
  let kind: Operand['kind'] = 'name';
  let name = id;
  let nameEnd = end;
  for (;;) {
    const d = text[end];
    if (d === '(' || d === '[' || d === '{') {
      const k = closeAt(text, end);
      if (k === undefined) return undefined;
      if (d === '(' && PROSE_PARENS.test(text.slice(end, k))) break;
      end = k;
      kind = d === '{' ? kind : 'call';
    } else if (d === '.' && /[A-Za-z_]/.test(text[end + 1] ?? '')) {
      const seg = sticky(IDENT_Y, text, end + 1)!;
      end += 1 + seg.length;
      kind = 'name';
      name = seg;
      nameEnd = end;
    } else break;
  }
  return { end, nameEnd, kind, name };
}

/** The word glued onto the end of a name, if it is a known one: "shapeshould" → "should". */
function gluedAfter(name: string): string | undefined {
  return (
    SPLIT_AFTER.find((w) => {
      const rest = name.slice(0, -w.length);
      return name.endsWith(w) && rest.length >= 2 && !/[_.]$/.test(rest);
    }) ?? (/^[A-Z][a-z]+$/.test(name) ? SPLIT_AFTER_CAPITAL.find((w) => name.slice(1) === w) : undefined)
  );
}

/**
 * The end of the code that is known to start at `s`, or undefined when its right edge is not
 * certain: a call, formula or assignment ("StepLR(optimizer, step_size=10, gamma=0.1)",
 * "x_t = sqrt(alpha_t) * x_{t-1} + sqrt(1-alpha_t) * noise", "K=50"), or a name followed by a
 * space or punctuation ("wandb)") or by a known glued word ("output.shapeshould").
 */
function codeFrom(text: string, s: number): number | undefined {
  for (const re of [new RegExp(MAIN_GUARD.source, 'y'), DUNDER_Y]) {
    const m = sticky(re, text, s);
    if (m) return s + m.length;
  }
  const head = operandAt(text, s, true);
  if (!head) return undefined;
  let last: Operand = head;
  const ops: string[] = [];
  for (;;) {
    const op = sticky(OP_Y, text, last.end);
    const after: Operand | undefined = op ? operandAt(text, last.end + op.length, false) : undefined;
    if (op && after) {
      last = after;
      ops.push(op.trim());
      continue;
    }
    if (last.kind === 'name' && PREFIX_FN.has(last.name) && text[last.end] === ' ') {
      const arg = operandAt(text, last.end + 1, false);
      if (arg && arg.kind !== 'number') {
        last = arg;
        ops.push(' ');
        continue;
      }
    }
    break;
  }
  let e = last.end;
  const next = text.slice(e, e + 1);
  // "text-embedding-3-small(OpenAI)", "gpt-4o-mini": a hyphenated name ends at a word boundary only.
  const hyphenated = ops.length > 0 && ops.every((o) => o === '-') && !/ - /.test(text.slice(s, e));
  if (hyphenated && last.kind === 'call') e = last.nameEnd;
  else if (last.kind === 'number' && /[A-Za-z]/.test(next) && ops.at(-1) !== '=') return undefined;
  if (last.kind === 'name') {
    const word = gluedAfter(last.name);
    if (word) e -= word.length;
    else if (!AFTER_NAME.test(next) && !(next === '(' && PROSE_PARENS.test(text.slice(e, closeAt(text, e))))) return undefined;
    // "min_G max_D V(D, G) = …", "ChatCompleted,FeedbackReceived": more code may follow.
    else if (/^(?: [A-Za-z_]\w*[_([]|,\w)/.test(text.slice(e))) return undefined;
    // "nn.DataParallelis", "C_tildeThis", "V_kwhereV_kare", "dockerruntime": a word may be glued on.
    else if (GLUED_AFTER.some((w) => last.name.endsWith(w) && last.name.length - w.length >= 2)) return undefined;
    else if (ops.length > 0 && /[a-z]{2,}[A-Z][a-z]/.test(last.name)) return undefined;
    else if (/^[a-z]{13,}$/.test(last.name)) return undefined;
  }
  const code = text.slice(s, e);
  // A bare word ("continued") may be the rest of a sentence; "wandb)", "seedparameter" are code.
  if (/^[A-Za-z][a-z]*$/.test(code) && e === last.end && !/^[)\]]/.test(next)) return undefined;
  // "StratifiedKFoldortrain_test_split", "send_emailanddelete_file": two names glued by a word.
  if (/[A-Za-z]{3}(?:and|or|with|to)[a-z]{3,}_/.test(code)) return undefined;
  // A bare number or string is not worth a code mark.
  if ((last.kind === 'number' || last.kind === 'string') && ops.length === 0) return undefined;
  return e > s ? e : undefined;
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
export function markGluedCode(input: string): TextPart[] {
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
    const e = codeFrom(text, k);
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
    const code = certainCode(token, text[s + token.length] ?? '');
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

/** Markdown inline code for any text: the fence is longer than any backtick run inside. */
export function codeSpan(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(code) || (/^ .* $/.test(code) && code.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
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
