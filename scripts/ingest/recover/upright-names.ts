// Names written in a TeX formula without a backslash ("softmax(x_{i})", "y_{i}log(…)"): TeX sets
// them as a product of italic letters s·o·f·t·m·a·x. Set upright, they read as one word.
// TeX's own function names (log, exp, …) are general; the other names a source writes this way
// (Attention, Score, …) are that source's, from its words file (the manifest's "words").
import katex from 'katex';

/** Functions TeX has a command for: "log(x)" -> "\log(x)". */
const TEX_FUNCTIONS = ['log', 'exp', 'max', 'min', 'sin', 'cos', 'tan', 'tanh', 'det', 'lim', 'ln'];
/** Operators TeX writes with \operatorname*: "argmax" -> "arg max" with limits below. */
const NAMED_FUNCTIONS: Record<string, string> = {
  argmax: '\\operatorname*{arg\\,max}',
  argmin: '\\operatorname*{arg\\,min}',
};
/** Arguments of \text{…}, \operatorname{…} and the like are words already. */
const WORD_ARG = /\\(?:text|operatorname\*?|math(?:rm|it|bf|sf|tt))\{[^{}]*\}/g;

const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** A formula with its multi-letter names upright; `operatorNames` are the source's own (set as \operatorname). */
export function uprightNames(tex: string, operatorNames: readonly string[] = []): string {
  const names = [...TEX_FUNCTIONS, ...Object.keys(NAMED_FUNCTIONS), ...operatorNames].map(reEscape);
  // One of those names as a whole word, not after a backslash (the next character is never a letter).
  const name = new RegExp(`(?<![A-Za-z\\\\])(${names.join('|')})(?![A-Za-z])`, 'g');
  const upright = (part: string) =>
    part.replace(name, (w: string) => (TEX_FUNCTIONS.includes(w) ? `\\${w}` : (NAMED_FUNCTIONS[w] ?? `\\operatorname{${w}}`)));
  let out = '';
  let at = 0;
  for (const m of tex.matchAll(WORD_ARG)) {
    out += upright(tex.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + upright(tex.slice(at));
}

/** True when KaTeX renders the formula without an error (the only way maths is "certain"). */
export function isTex(tex: string): boolean {
  if (!tex.trim() || tex.includes('$')) return false;
  try {
    katex.renderToString(tex, { throwOnError: true, strict: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
