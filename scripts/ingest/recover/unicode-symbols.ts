// The characters a formula written in Unicode plain text may hold, their TeX, and how TeX pieces
// join (for unicode-math.ts).
// Null-prototype records: a key like "constructor" is not a symbol.

export const GREEK: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  α: '\\alpha', β: '\\beta', γ: '\\gamma', δ: '\\delta', ε: '\\epsilon', ζ: '\\zeta', η: '\\eta', θ: '\\theta',
  ι: '\\iota', κ: '\\kappa', λ: '\\lambda', μ: '\\mu', ν: '\\nu', ξ: '\\xi', π: '\\pi', ρ: '\\rho', σ: '\\sigma',
  τ: '\\tau', υ: '\\upsilon', φ: '\\phi', χ: '\\chi', ψ: '\\psi', ω: '\\omega', Γ: '\\Gamma', Δ: '\\Delta',
  Θ: '\\Theta', Λ: '\\Lambda', Ξ: '\\Xi', Π: '\\Pi', Φ: '\\Phi', Ψ: '\\Psi', Ω: '\\Omega',
});
/** Precomposed letters with an accent. */
export const ACCENTED: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { ŵ: '\\hat{w}', ȳ: '\\bar{y}', ᾱ: '\\bar{\\alpha}' });
export const COMBINING: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { '\u0302': '\\hat', '\u0304': '\\bar', '\u0305': '\\bar' });
export const SUP: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
  '⁺': '+', '⁻': '-', 'ⁿ': 'n', 'ⁱ': 'i', 'ᵏ': 'k', 'ᵀ': 'T', '⁽': '(', '⁾': ')',
});
export const SUB: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9',
  '₊': '+', '₋': '-', 'ₙ': 'n', 'ₖ': 'k', 'ᵢ': 'i', 'ⱼ': 'j', 'ₚ': 'p', 'ₜ': 't', 'ₓ': 'x', 'ₐ': 'a',
  'ₑ': 'e', 'ₒ': 'o', 'ᵣ': 'r', 'ᵤ': 'u', 'ᵥ': 'v', 'ₕ': 'h', 'ₗ': 'l', 'ₘ': 'm', 'ₛ': 's', '₍': '(', '₎': ')',
});
export const SYMBOL: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  '×': '\\times', '·': '\\cdot', '*': '\\cdot', '≈': '\\approx', '≤': '\\leq', '≥': '\\geq', '≠': '\\neq',
  '∝': '\\propto', '→': '\\to', '←': '\\leftarrow', '∈': '\\in', '∞': '\\infty', '∂': '\\partial',
  '∇': '\\nabla', '~': '\\sim', 'Σ': '\\sum', '∏': '\\prod', '−': '-', '…': '\\ldots',
  '+': '+', '-': '-', '=': '=', '<': '<', '>': '>', ',': ',', ';': ';', ':': ':', '!': '!', '/': '/',
});
export const FUNCTIONS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  log: '\\log', exp: '\\exp', min: '\\min', max: '\\max', tanh: '\\tanh', sin: '\\sin', cos: '\\cos',
  det: '\\det', lim: '\\lim', argmax: '\\operatorname*{arg\\,max}', argmin: '\\operatorname*{arg\\,min}',
});
/** Words that make a line prose, not a formula. */
export const PROSE = new Set([
  'where', 'if', 'for', 'and', 'or', 'when', 'with', 'is', 'are', 'the', 'of', 'then', 'else', 'otherwise', 'to',
  'from', 'in', 'on', 'by', 'as', 'at', 'but', 'not', 'only', 'an', 'we', 'it', 'this', 'that',
]);

/** Joins TeX pieces, separating a control word from a following letter. */
export function joinTex(pieces: string[]): string {
  let out = '';
  for (const p of pieces) {
    if (out && /\\[A-Za-z]+$/.test(out) && /^[A-Za-z0-9]/.test(p)) out += ' ';
    else if (out && !/^[,;:!)\]^_]/.test(p) && !/[([{]$/.test(out)) out += ' ';
    out += p;
  }
  return out;
}
