// Formulas written in Unicode plain text -> KaTeX TeX, only where the reading is certain.
//
//   Attention(Q, K, V) = softmax(QK^T / √d_k) × V
//     -> \operatorname{Attention}(Q, K, V) = \operatorname{softmax}(QK^{T} / \sqrt{d_{k}}) \times V
//
// Understood: Greek letters, Σ/∏ (sum/product), √x and √(...), `^x`, `^(...)`, `^{...}`,
// Unicode superscripts (x², ⁻¹, ᵀ) and subscripts (wᵢ₋₁), `_x` / `_{...}` / `_word`
// subscripts, digits after a Greek letter (β1 -> \beta_{1}), an index after a word (load_i), combining
// hats and bars (θ̂, x̄), relations and operators (= ≈ ∝ ≤ ≥ → ~ ∈ × · *), norms `||x||`, known
// functions (log, exp, min, max, argmax, ...), a source's own abbreviations (KL, MSE: its words
// file) upright, other names as upright operators/text, and a trailing remark "(normal equation)".
// Anything else makes the result `undefined` (the caller keeps the line as text):
// prose words (where, if, for, ...), two names in a row ("Model Size"), unbalanced brackets,
// quotes, `#`, `@`, `$`, `\`, a one-letter superscript followed by "(" (is `2^H(X)` 2^{H(X)}
// or 2^H·(X)?), and any character not listed here.
import { ACCENTED, COMBINING, FUNCTIONS, GREEK, joinTex as join, PROSE, SUB, SUP, SYMBOL } from './unicode-symbols.ts';

class Unsure extends Error {}

const isLetter = (c: string | undefined) => c !== undefined && (/[A-Za-z]/.test(c) || c in GREEK);

/** Text for \text{...}: only characters that need no escaping there (underscore escaped). */
function textArg(s: string): string {
  if (!/^[A-Za-z0-9 ,.!?/()'_-]*$/.test(s)) throw new Unsure();
  return `\\text{${s.replace(/_/g, '\\_')}}`;
}

class Parser {
  readonly s: string;
  i = 0;
  bareWords = 0;
  names = 0;
  /** Upright abbreviations; other short all-letter names are products of variables (QK, wx). */
  readonly acronyms: ReadonlySet<string>;
  constructor(s: string, acronyms: ReadonlySet<string>) {
    this.s = s;
    this.acronyms = acronyms;
  }
  peek(k = 0): string | undefined {
    return this.s[this.i + k];
  }

  /** Converts up to `close` (not consumed) or the end. */
  sequence(close?: string): string {
    const out: string[] = [];
    let lastWasName = false;
    while (this.i < this.s.length) {
      const c = this.s[this.i]!;
      if (close && c === close) break;
      if (c === ' ') {
        this.i++;
        continue;
      }
      if (c === ')' || c === ']' || c === '}') throw new Unsure();
      // "Label: formula" is not one formula.
      if (c === ':' && close === undefined) throw new Unsure();
      const start = this.i;
      const piece = this.item();
      const isName = /^[A-Za-z]{2,}$/.test(this.s.slice(start, this.i).replace(/[_^].*$/s, ''));
      // Two multi-letter names in a row ("Model Size") read as words, unless one is a function.
      const word = this.s.slice(start, this.i);
      if (isName && lastWasName && !FUNCTIONS[word]) throw new Unsure();
      lastWasName = isName && !FUNCTIONS[word] && this.peek() !== '(';
      out.push(this.scripts(piece));
    }
    return join(out);
  }

  /** One item: a name, number, group, operator or root. */
  item(): string {
    const c = this.s[this.i]!;
    if (c === '(' || c === '[') {
      const close = c === '(' ? ')' : ']';
      this.i++;
      const inner = this.sequence(close);
      if (this.peek() !== close) throw new Unsure();
      this.i++;
      return `${c}${inner}${close}`;
    }
    if (c === '{') {
      this.i++;
      const inner = this.sequence('}');
      if (this.peek() !== '}') throw new Unsure();
      this.i++;
      return `\\{${inner}\\}`;
    }
    if (c === '|') {
      if (this.peek(1) === '|') {
        this.i += 2;
        return '\\|';
      }
      this.i++;
      return '|';
    }
    if (c === '.' && this.s.startsWith('...', this.i)) {
      this.i += 3;
      return '\\ldots';
    }
    if (c === '√') {
      this.i++;
      if (this.peek() === '(') {
        this.i++;
        const inner = this.sequence(')');
        if (this.peek() !== ')') throw new Unsure();
        this.i++;
        return `\\sqrt{${inner}}`;
      }
      if (!isLetter(this.peek()) && !/[0-9]/.test(this.peek() ?? '')) throw new Unsure();
      const inner = this.scripts(this.item());
      return `\\sqrt{${inner}}`;
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(?:\.[0-9]+)?/.exec(this.s.slice(this.i))!;
      this.i += m[0].length;
      return m[0];
    }
    if (c in ACCENTED) {
      this.i++;
      return ACCENTED[c]!;
    }
    if (c in GREEK) {
      this.i++;
      const letter = this.accent(GREEK[c]!);
      // "β1", "β2": the digits name the letter (β₁), they do not multiply it; "1 - β1^t" is 1 - β₁ᵗ.
      const digits = /^[0-9]+/.exec(this.s.slice(this.i))?.[0];
      if (!digits) return letter;
      this.i += digits.length;
      const next = this.peek();
      if (next === '_' || (next !== undefined && next in SUB) || next === '.') throw new Unsure();
      return `${letter}_{${digits}}`;
    }
    if (/[A-Za-z]/.test(c)) return this.name();
    // Σ with a subscript is a covariance (Σ_θ), not a sum.
    if (c === 'Σ' && this.peek(1) === '_') {
      this.i++;
      return '\\Sigma';
    }
    if (c in SYMBOL) {
      this.i++;
      return SYMBOL[c]!;
    }
    throw new Unsure();
  }

  accent(tex: string): string {
    const a = COMBINING[this.peek() ?? ''];
    if (!a) return tex;
    this.i++;
    return `${a}{${tex}}`;
  }

  /** An ASCII name: a function, an abbreviation, a snake_case variable, or letters. */
  name(): string {
    const rest = this.s.slice(this.i);
    let word = /^[A-Za-z]+[0-9]*/.exec(rest)![0];
    // A combining accent belongs to the last letter only ("wx̄" is w times x-bar).
    if (COMBINING[rest[word.length] ?? ''] && word.length > 1 && !/[0-9]/.test(word)) word = word.slice(0, -1);
    const snake = /^[A-Za-z]+[0-9]*(?:_[A-Za-z0-9]+)+/.exec(rest)?.[0];
    if (snake && /^[a-z]{2,}/.test(snake) && !FUNCTIONS[word]) {
      this.i += snake.length;
      // "load_i", "loss_t": a name with an index, written like x_i.
      const index = /^(.*)_([a-z]|[0-9]+)$/.exec(snake);
      if (index && !index[1]!.includes('_')) return `${textArg(index[1]!)}_{${index[2]}}`;
      // A code variable such as num_experts: shown as written.
      return textArg(snake);
    }
    this.i += word.length;
    const lower = word.toLowerCase();
    if (word.length > 1 && PROSE.has(lower)) throw new Unsure();
    if (FUNCTIONS[word]) return FUNCTIONS[word]!;
    // Lower-case words that are not functions: one may be a variable (avgdl, context);
    // two make the line prose ("n flips, k heads").
    if (/^[a-z]{3,}$/.test(word) && this.peek() !== '(' && this.peek() !== '_') {
      if (++this.bareWords > 1) throw new Unsure();
      // "prior w ~ N(...)": a word before a name is an adjective in a sentence.
      if (this.peek() === ' ' && isLetter(this.peek(1))) throw new Unsure();
      // "32 heads": a counted noun.
      if (/[0-9]\s+$/.test(this.s.slice(0, this.i - word.length))) throw new Unsure();
    }
    // Words joined by a hyphen (Re-ranking, Cross-Entropy) are prose.
    if (word.length > 1 && this.peek() === '-' && isLetter(this.peek(1))) throw new Unsure();
    // A chain of names (Query → Embedding → Retrieval) is a diagram, not a formula.
    if (word.length >= 4 && !this.acronyms.has(word) && this.peek() !== '(' && ++this.names > 2) throw new Unsure();
    if (word.length === 1 || /^[A-Za-z][0-9]+$/.test(word)) return this.accent(word);
    if (this.acronyms.has(word)) return `\\mathrm{${word}}`;
    if (this.peek() === '(') return `\\operatorname{${word}}`;
    if (word.length <= 3 && /^[A-Za-z]+$/.test(word)) return word;
    return `\\mathrm{${word}}`;
  }

  /** Sub- and superscripts after an item. */
  scripts(base: string): string {
    let out = base;
    let sub = false;
    let sup = false;
    for (;;) {
      const c = this.peek();
      if (c === undefined) return out;
      // A second subscript (or superscript) on one base has no certain reading.
      if (((c in SUB || c === '_') && sub) || ((c in SUP || c === '^') && sup)) throw new Unsure();
      if (c in SUB || c === '_') sub = true;
      if (c in SUP || c === '^') sup = true;
      if (c in SUP) {
        let run = '';
        while (this.peek() !== undefined && this.peek()! in SUP) run += SUP[this.s[this.i++]!];
        out += `^{${run}}`;
      } else if (c in SUB) {
        let run = '';
        while (this.peek() !== undefined && this.peek()! in SUB) run += SUB[this.s[this.i++]!];
        out += `_{${run}}`;
      } else if (c === '^' || c === '_') {
        this.i++;
        out += `${c}{${this.scriptArg(c)}}`;
      } else return out;
    }
  }

  scriptArg(kind: string): string {
    const c = this.peek();
    if (c === '(' && kind === '^') {
      this.i++;
      const inner = this.sequence(')');
      if (this.peek() !== ')') throw new Unsure();
      this.i++;
      return inner;
    }
    if (c === '{') {
      this.i++;
      const inner = this.sequence('}');
      if (this.peek() !== '}') throw new Unsure();
      this.i++;
      return inner;
    }
    if (c !== undefined && c in GREEK) {
      this.i++;
      let t = this.accent(GREEK[c]!);
      if (this.peek() === '_') {
        this.i++;
        t += `_{${this.scriptArg('_')}}`;
      }
      return t;
    }
    const m = /^[A-Za-z0-9]+/.exec(this.s.slice(this.i));
    if (!m) throw new Unsure();
    const w = m[0];
    this.i += w.length;
    // `2^H(X)`: is the superscript H or H(X)? Not certain.
    if (kind === '^' && w.length === 1 && this.peek() === '(') throw new Unsure();
    if (kind === '_' && this.peek() === '_') {
      // a_b_c: a nested subscript when b is one letter (π_θ_old), else one label (ref_chosen).
      if (w.length === 1) {
        this.i++;
        return `${w}_{${this.scriptArg('_')}}`;
      }
      // `aa_` with nothing after the underscore: not a label we can read.
      const more = /^(?:_[A-Za-z0-9]+)+/.exec(this.s.slice(this.i))?.[0];
      if (!more) throw new Unsure();
      this.i += more.length;
      return textArg(w + more);
    }
    if (/^[0-9]+$/.test(w) || w.length <= 2) return w;
    if (/^[A-Z]+$/.test(w)) return `\\mathrm{${w}}`;
    return textArg(w);
  }
}

/**
 * TeX for a formula written in Unicode plain text, or undefined when the reading is not
 * certain. `line` is one whole formula, optionally followed by a parenthesised remark.
 */
export function unicodeMathToTex(line: string, acronyms: ReadonlySet<string> = new Set()): string | undefined {
  let s = line.trim().replace(/\s+/g, ' ');
  if (!s) return undefined;
  let remark = '';
  const m = /^(.*\S)\s+\(([A-Za-z][A-Za-z0-9 ,!/-]*)\)$/.exec(s);
  if (m && m[2]!.includes(' ')) {
    s = m[1]!;
    remark = m[2]!;
  }
  try {
    const p = new Parser(s.normalize('NFC'), acronyms);
    let tex = p.sequence();
    if (p.i < p.s.length) return undefined;
    if (remark) tex += ` \\quad ${textArg(`(${remark})`)}`;
    return tex;
  } catch (e) {
    if (e instanceof Unsure) return undefined;
    throw e;
  }
}
