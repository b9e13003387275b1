// Where inline code that is known to start at a place ends (the reader saw the scraper break the
// line there): a call, formula or assignment read operand by operand, or a name followed by a
// space, punctuation or a word the scraper glued onto it. Used by glued-code.ts.

/** Words any scraper glues onto the end of code in English prose ("cppfor", "state_dictis"). */
const GLUED_AFTER = ['for', 'from', 'is', 'are', 'and', 'with', 'where', 'when', 'should', 'instead', 'means', 'because', 'before', 'after', 'will', 'can', 'must'];

/** Words one source's scraper glued onto code, from its words file ("batch_sizesamples", "dockerruntime"). */
export interface GluedWords {
  /** Glued onto the end of a name: a name ending in one has no certain end. */
  gluedAfter?: readonly string[];
  /** Also split off a name whose start is known, besides the longer glued words. */
  splitAfter?: readonly string[];
}

/** The word lists in use: the general ones and a source's own. */
export interface Glue {
  /** Words glued onto the end of a name. */
  after: readonly string[];
  /** Words glued onto the end of a name that can be split off where the name's start is known. */
  split: readonly string[];
  /** After a single capital in a formula ("1/Tbefore softmax", "/ Nif models"): a glued word. */
  splitCapital: readonly string[];
}

export function glueOf(words: GluedWords = {}): Glue {
  const after = [...GLUED_AFTER, ...(words.gluedAfter ?? [])];
  return {
    after,
    split: [...after.filter((w) => w.length >= 4 || w === 'for'), ...(words.splitAfter ?? [])],
    splitCapital: [...after, 'if', 'in', 'of', 'to'],
  };
}

export const MAIN_GUARD = /if __name__ == (['"])__main__\1:/g;

/** Where the bracket opened at `i` closes (any of (), [], {}), on the same line; undefined if it does not. */
export function closeAt(text: string, i: number): number | undefined {
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
function gluedAfter(name: string, glue: Glue): string | undefined {
  return (
    glue.split.find((w) => {
      const rest = name.slice(0, -w.length);
      return name.endsWith(w) && rest.length >= 2 && !/[_.]$/.test(rest);
    }) ?? (/^[A-Z][a-z]+$/.test(name) ? glue.splitCapital.find((w) => name.slice(1) === w) : undefined)
  );
}

/**
 * The end of the code that is known to start at `s`, or undefined when its right edge is not
 * certain: a call, formula or assignment ("StepLR(optimizer, step_size=10, gamma=0.1)",
 * "x_t = sqrt(alpha_t) * x_{t-1} + sqrt(1-alpha_t) * noise", "K=50"), or a name followed by a
 * space or punctuation ("wandb)") or by a known glued word ("output.shapeshould").
 */
export function codeFrom(text: string, s: number, glue: Glue): number | undefined {
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
    const word = gluedAfter(last.name, glue);
    if (word) e -= word.length;
    else if (!AFTER_NAME.test(next) && !(next === '(' && PROSE_PARENS.test(text.slice(e, closeAt(text, e))))) return undefined;
    // "min_G max_D V(D, G) = …", "ChatCompleted,FeedbackReceived": more code may follow.
    else if (/^(?: [A-Za-z_]\w*[_([]|,\w)/.test(text.slice(e))) return undefined;
    // "nn.DataParallelis", "C_tildeThis", "V_kwhereV_kare", "dockerruntime": a word may be glued on.
    else if (glue.after.some((w) => last.name.endsWith(w) && last.name.length - w.length >= 2)) return undefined;
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

