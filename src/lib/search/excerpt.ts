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
