// The scraper of 001 dropped the spaces around inline code: "E.g.,top_p=0.9means",
// "usejson.loads()to parse". Code is split out only where that is unambiguous:
//   - snake_case names (top_p, max_tokens), optionally with "=number" (top_p=0.9);
//   - calls: a name with a dot or underscore followed by "(...)" (json.loads(), model.generate(x));
// anything else ("e.g.", "3.5", "GPT-4", URLs) stays text. Returns parts; the reader escapes
// the text parts and wraps the code parts in backticks.

export interface TextPart {
  text: string;
  code: boolean;
}

const IDENT = String.raw`[A-Za-z_][A-Za-z0-9_]*`;
// Lower-case only: "ANDtop_p" yields top_p, and "Top_P" (a heading word) stays text.
const SNAKE = String.raw`[a-z][a-z0-9]*(?:_[a-z0-9]+)+`;
const CALL = String.raw`${IDENT}(?:\.${IDENT})+\([^()\s]*\)|${SNAKE}\([^()\s]*\)`;
const CODE = new RegExp(String.raw`(?:${CALL})|(?:${SNAKE})(?:=(?:\d+(?:\.\d+)?|True|False|None))?`, 'g');
// Inside URLs, e-mail addresses or paths code-looking runs are not code.
const SKIP = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|(?:\/[\w.-]+){2,}/g;

export function markGluedCode(text: string): TextPart[] {
  const skip: [number, number][] = [...text.matchAll(SKIP)].map((m) => [m.index, m.index + m[0].length]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(CODE)) {
    const s = m.index;
    const e = s + m[0].length;
    if (skip.some(([a, b]) => s < b && e > a)) continue;
    // Not code when it is part of a longer word made of letters and digits only on the left
    // with an underscore-less start (e.g. "AND" glued before is fine: we insert a space).
    let before = text.slice(at, s);
    if (before && /[\p{L}\p{N},;:)]$/u.test(before)) before += ' ';
    if (before) parts.push({ text: before, code: false });
    parts.push({ text: m[0], code: true });
    at = e;
    if (/^[\p{L}\p{N}(]/u.test(text.slice(e))) parts.push({ text: ' ', code: false });
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
