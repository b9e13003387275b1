// Result excerpts come from the indexed text, where each formula is its TeX source (indexed once,
// so "softmax frac sqrt" finds it). Shown as is, an excerpt reads "\operatorname{softmax}
// (QK^{T} / \sqrt{d_{k}})"; this turns the common TeX into plain symbols for display only:
// "softmax (QK^T / √(d_k))". Only known commands are touched, and only in an excerpt that has
// one, so code (a "\n" in a string, a "{x}_{y}" in an f-string) is left as it is.

const SYMBOLS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ',
  phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ',
  Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  cdot: '·', times: '×', div: '÷', pm: '±', sum: 'Σ', prod: 'Π', int: '∫', partial: '∂', nabla: '∇',
  infty: '∞', approx: '≈', sim: '∼', propto: '∝', le: '≤', leq: '≤', ge: '≥', geq: '≥', ne: '≠', neq: '≠',
  ll: '≪', gg: '≫', in: '∈', to: '→', rightarrow: '→', leftarrow: '←', Rightarrow: '⇒', mapsto: '↦',
  ldots: '…', cdots: '⋯', dots: '…', top: 'ᵀ', sqrt: '√', forall: '∀', exists: '∃', mid: '|',
  log: 'log', ln: 'ln', exp: 'exp', min: 'min', max: 'max', arg: 'arg', argmax: 'argmax', argmin: 'argmin',
  tanh: 'tanh', sin: 'sin', cos: 'cos', lim: 'lim', det: 'det', Pr: 'Pr', left: '', right: '',
  quad: ' ', qquad: ' ',
};
// Commands whose argument is shown as plain text.
const TEXT = 'text|mathrm|operatorname|mathbf|mathit|mathsf|mathtt|mathcal|mathbb|boldsymbol|textbf|textit';
const ACCENTS: Record<string, string> = { hat: '\u0302', bar: '\u0304', tilde: '\u0303', vec: '\u20d7', dot: '\u0307' };

const KNOWN = new RegExp(`\\\\(?:frac|${TEXT}|${Object.keys(ACCENTS).join('|')}|${Object.keys(SYMBOLS).join('|')})(?![A-Za-z])`);

/** Whether a text has TeX worth rewriting. */
export const hasTex = (text: string) => KNOWN.test(text);

// A group is "simple" when it needs no brackets once its braces are gone: "T", "k", "12".
const simple = (s: string) => /^[\p{L}\p{N}]$|^\p{N}+$/u.test(s);
const group = (s: string) => (simple(s) ? s : `(${s})`);

/** Plain-symbol reading of the TeX in a text. Characters it does not know are left alone. */
export function readableTex(text: string): string {
  if (!hasTex(text)) return text;
  const symbol = (m: string, name: string) => SYMBOLS[name] ?? m;
  // Symbols first, so that "\pi_{\theta}" becomes "π_θ"; "\sqrt{...}" waits for its group.
  let out = text
    .replace(/\\([,;:! ]|_|\{|\}|\|)/g, (_, c: string) => ({ ',': ' ', ';': ' ', ':': ' ', '!': '', ' ': ' ', '|': '‖' })[c] ?? c)
    .replace(/\\([A-Za-z]+)(?![A-Za-z])(?!\s*\{)/g, symbol);
  // Innermost groups first, until nothing changes (formulas nest a few levels at most).
  for (let i = 0; i < 8; i++) {
    const before = out;
    out = out
      .replace(new RegExp(`\\\\(?:${TEXT})\\s*\\{([^{}]*)\\}`, 'g'), '$1')
      .replace(/\\(hat|bar|tilde|vec|dot)\s*\{([^{}]*)\}/g, (_, a: string, x: string) => (x.length === 1 ? (x + ACCENTS[a]).normalize('NFC') : x))
      .replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, (_, a: string, b: string) => `${group(a)}/${group(b)}`)
      .replace(/\\sqrt\s*\{([^{}]*)\}/g, (_, a: string) => `√${group(a)}`)
      .replace(/([\^_])\{([^{}]*)\}/g, (_, op: string, a: string) => op + group(a));
    if (out === before) break;
  }
  return out.replace(/\\([A-Za-z]+)(?![A-Za-z])/g, symbol);
}

// Private-use characters standing for <mark> and </mark> while an excerpt's text is rewritten.
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

// A word's letters and digits, between what punctuation it has around it: "(Self-Attention):".
// A backslash stays with its word, so a mark never splits a TeX command from its name.
const AROUND = /^([^\p{L}\p{N}\\]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u;

/**
 * A result's excerpt: `length` words of its indexed text around the most matched words, with the
 * matched words between MARK_OPEN and MARK_CLOSE (their letters only, not "?" or ":"), and "…"
 * where text is left out. The indexed text starts with the question's title, which the result
 * shows already, so the excerpt is taken from the answer when the answer has anything to show.
 * `locations` are word positions in `content` split at white space, as Pagefind gives them.
 */
export function answerExcerpt(content: string, title: string, locations: readonly number[], length = 22): string {
  const words = content.replace(/[\uE000\uE001]/g, '').split(/[\r\n\s]+/g);
  const t = title.trim();
  let from = t && content.startsWith(t) ? t.split(/\s+/).length : 0;
  if (from >= words.length || !words.slice(from).some(Boolean)) from = 0;
  const hits = [...new Set(locations)].filter((l) => l >= from && l < words.length).sort((a, b) => a - b);
  // The window with the most matched words, a couple of words of context before the first.
  let start = from;
  let best = 0;
  for (const h of hits) {
    const s = Math.max(from, h - 2);
    const n = hits.filter((l) => l >= s && l < s + length).length;
    if (n > best) [best, start] = [n, s];
  }
  const end = Math.min(words.length, start + length);
  const hit = new Set(hits);
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const w = words[i]!;
    if (!w) continue;
    const [, lead = '', core = '', trail = ''] = AROUND.exec(w) ?? [];
    out.push(hit.has(i) && core ? `${lead}${MARK_OPEN}${core}${MARK_CLOSE}${trail}` : w);
  }
  return `${start > from ? '… ' : ''}${out.join(' ')}${end < words.length ? ' …' : ''}`;
}
