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
];
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

/**
 * Splits a run of text into text and certain inline code, restoring the spaces the scraper
 * removed next to the code. Joining the parts' text gives the input with at most those spaces added.
 */
export function markGluedCode(text: string): TextPart[] {
  const skip: [number, number][] = [...text.matchAll(SKIP)].map((m) => [m.index, m.index + m[0].length]);
  const parts: TextPart[] = [];
  let at = 0;
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
    if (!token || skip.some(([a, b]) => s < b && s + token.length > a)) continue;
    const code = certainCode(token, text[s + token.length] ?? '');
    if (!code) continue;
    const e = s + code.length;
    CANDIDATE.lastIndex = Math.max(e, s + 1);
    let before = text.slice(at, s);
    if (before && /[\p{L}\p{N},;:.!?)\]”]$/u.test(before)) before += ' ';
    if (before) parts.push({ text: before, code: false });
    parts.push({ text: code, code: true });
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
