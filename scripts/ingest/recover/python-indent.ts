// Restores the indentation of Python code whose leading whitespace was lost (a Markdown page
// flattened to plain text puts every line of a code block at column 0):
//
//   class LinearRegression:          class LinearRegression:
//   def fit(self, X, y):                 def fit(self, X, y):
//   for _ in range(self.n_iter):  ->         for _ in range(self.n_iter):
//   y_pred = X.dot(self.weights)                 y_pred = X.dot(self.weights)
//
// Indentation is information the flattening destroyed, so this is a heuristic. It works on
// logical statements (a statement and its bracket continuation lines) and decides each
// statement's depth from the blocks still open:
// - a line ending in `:` after class/def/for/while/if/elif/else/try/except/finally/with opens a block;
// - `class` starts at column 0; `def f(self, ...)` / `def f(cls, ...)` goes in the nearest class,
//   any other `def` to column 0; at class level, a plain statement after a method ends the class;
// - `elif`/`else`/`except`/`finally` line up with their `if`/`for`/`try`;
// - `return`/`raise`/`break`/`continue`/`pass` end the innermost block; a `return` right after
//   a `return` goes back to the function body;
// - a `#` comment line inside a block marks a new step: it closes if/else/try blocks, and it
//   closes loops (for/while/with) unless the next statement uses a name bound in the loop
//   (its target or a name assigned in its body);
// - a comment takes the indentation of the statement after it; continuation lines inside
//   brackets are indented one step further, a line starting with a closing bracket is not.
// `parsesAsPython` checks the result with a real Python grammar (@lezer/python).
import { parser } from '@lezer/python';

const INDENT = '    ';
const BLOCK_KEYWORDS = new Set(['class', 'def', 'async', 'for', 'while', 'if', 'elif', 'else', 'try', 'except', 'finally', 'with']);
const ENDERS = new Set(['return', 'raise', 'break', 'continue', 'pass']);
const PY_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** The code part of a line: string literals blanked, the `#` comment removed. */
export function codeOf(line: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') {
        i++;
        out += '  ';
        continue;
      }
      if (c === quote) {
        quote = undefined;
        out += c;
      } else out += ' ';
      continue;
    }
    if (c === '#') break;
    if (c === '"' || c === "'") quote = c;
    out += c;
  }
  return out;
}

/** Change of bracket depth over a line (strings and comments ignored). */
export function bracketDelta(line: string): number {
  let d = 0;
  for (const c of codeOf(line)) {
    if (c === '(' || c === '[' || c === '{') d++;
    else if (c === ')' || c === ']' || c === '}') d--;
  }
  return d;
}

/** Names a statement reads (identifiers that are not attributes, keywords or keyword arguments). */
function namesUsed(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/(?<![\w.])([A-Za-z_]\w*)(?!\s*=(?!=))/g)) {
    if (!PY_KEYWORDS.has(m[1]!)) names.add(m[1]!);
  }
  return names;
}

/** Names a statement binds: plain assignment targets, for-targets, `with ... as x`. */
function namesBound(code: string): string[] {
  const c = code.trim();
  let m = /^for\s+(.+?)\s+in\s/.exec(c);
  if (m) return [...m[1]!.matchAll(/[A-Za-z_]\w*/g)].map((x) => x[0]);
  m = /\bas\s+([A-Za-z_]\w*)\s*:\s*$/.exec(c);
  if (/^with\s/.test(c)) return m ? [m[1]!] : [];
  m = /^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*=(?!=)/.exec(c);
  if (m) return m[1]!.split(',').map((s) => s.trim());
  return [];
}

interface Item {
  /** Source lines of the item (a comment line, or a statement and its continuation lines). */
  lines: string[];
  comment: boolean;
}

function items(lines: string[]): Item[] {
  const out: Item[] = [];
  let depth = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (depth > 0) {
      out[out.length - 1]!.lines.push(line);
      depth = Math.max(0, depth + bracketDelta(line));
      continue;
    }
    if (line.startsWith('#')) {
      out.push({ lines: [line], comment: true });
      continue;
    }
    out.push({ lines: [line], comment: false });
    depth = Math.max(0, bracketDelta(line));
  }
  return out;
}

interface Block {
  kind: string;
  /** Indentation level of the block's body. */
  level: number;
  /** Names bound in a loop or with-block (target and assignments in its body). */
  bound: Set<string>;
  /** Statements seen directly or indirectly in the body. */
  stmts: number;
  /** For a class: methods placed in it. */
  methods: number;
}

const MATCHING: Record<string, string[]> = {
  elif: ['if', 'elif'],
  else: ['if', 'elif', 'for', 'while', 'try', 'except'],
  except: ['try', 'except'],
  finally: ['try', 'except', 'else'],
};

/** Re-indents flattened Python lines (4 spaces a level). Returns one output line per input line. */
export function reindentPython(lines: string[]): string[] {
  const stack: Block[] = [];
  const level = () => stack.at(-1)?.level ?? 0;
  const out: string[] = [];
  const all = items(lines.filter((l) => l.trim() !== ''));
  let pendingComments: string[] = [];
  let decoratorLevel: number | undefined;
  let previousKw = '';
  /** The block header last written at each level (what an else/except there continues). */
  const headerAt: (string | undefined)[] = [];

  for (let idx = 0; idx < all.length; idx++) {
    const item = all[idx]!;
    if (item.comment) {
      pendingComments.push(item.lines[0]!);
      continue;
    }
    const first = item.lines[0]!;
    const code = codeOf(item.lines.join(' '));
    const kw = /^[A-Za-z_]\w*|^@/.exec(first)?.[0] ?? '';
    const isDef = kw === 'def' || (kw === 'async' && /^async\s+def\b/.test(first));
    const commentBreak = pendingComments.length > 0;
    let lvl: number;

    if (decoratorLevel !== undefined && (isDef || kw === 'class' || kw === '@')) {
      lvl = decoratorLevel;
    } else if (kw === 'class') {
      stack.length = 0;
      lvl = 0;
    } else if (isDef || kw === '@') {
      // A decorator goes where the function it decorates goes.
      let target = first;
      for (let j = idx; j < all.length && /^@/.test(target); j++) {
        const next = all[j + 1];
        if (next && !next.comment) target = next.lines[0]!;
      }
      const isMethod = /^(?:async\s+)?def\s+\w+\s*\(\s*(?:self|cls)\b/.test(target);
      let classIdx = -1;
      for (let j = stack.length - 1; j >= 0; j--) if (stack[j]!.kind === 'class') { classIdx = j; break; }
      if (isMethod && classIdx >= 0) {
        stack.length = classIdx + 1;
        stack[classIdx]!.methods++;
      } else stack.length = 0;
      lvl = level();
    } else if (Object.hasOwn(MATCHING, kw)) {
      // Line up with the nearest header it can continue (the last header at that level).
      const kinds = MATCHING[kw]!;
      let target = -1;
      for (let L = Math.min(level(), headerAt.length - 1); L >= 0 && target < 0; L--) {
        if (kinds.includes(headerAt[L] ?? '')) target = L;
      }
      if (target >= 0) {
        while (stack.length && stack.at(-1)!.level > target) stack.pop();
      }
      lvl = level();
    } else {
      const top = stack.at(-1);
      if (commentBreak && top && top.stmts > 0) {
        while (stack.length && ['if', 'elif', 'else', 'try', 'except', 'finally'].includes(stack.at(-1)!.kind)) stack.pop();
        const used = namesUsed(code);
        while (stack.length && ['for', 'while', 'with'].includes(stack.at(-1)!.kind)) {
          const b = stack.at(-1)!;
          if ([...b.bound].some((n) => used.has(n))) break;
          stack.pop();
        }
      }
      // `return` right after a `return` ("if x: return a" then "return b") ends the function's
      // loops too: its last statement sits in the function body.
      if (kw === 'return' && previousKw === 'return') {
        while (stack.length && !['def', 'class'].includes(stack.at(-1)!.kind)) stack.pop();
      }
      const cur = stack.at(-1);
      if (cur?.kind === 'class' && cur.methods > 0) stack.length = 0;
      lvl = level();
    }
    decoratorLevel = kw === '@' ? lvl : undefined;
    previousKw = kw;

    for (const c of pendingComments) out.push(INDENT.repeat(lvl) + c);
    pendingComments = [];
    let depth = 0;
    item.lines.forEach((l, i) => {
      const closes = /^[)\]}]/.test(l);
      const extra = i === 0 || (closes && depth === 1) ? 0 : 1;
      out.push(INDENT.repeat(lvl + extra) + l);
      depth = Math.max(0, depth + bracketDelta(l));
    });

    for (const b of stack) b.stmts++;
    headerAt.length = lvl + 1;
    headerAt[lvl] = BLOCK_KEYWORDS.has(kw) && /:\s*$/.test(code) ? (kw === 'async' ? 'def' : kw) : undefined;
    const bound = namesBound(code);
    if (bound.length) {
      const loop = [...stack].reverse().find((b) => ['for', 'while', 'with'].includes(b.kind));
      if (loop && !/^(for|with)\s/.test(first)) for (const n of bound) loop.bound.add(n);
    }
    const opens = BLOCK_KEYWORDS.has(kw) && /:\s*$/.test(code);
    if (opens) {
      const kind = kw === 'async' ? (isDef ? 'def' : (/^async\s+(\w+)/.exec(first)?.[1] ?? 'with')) : kw;
      stack.push({
        kind,
        level: lvl + 1,
        bound: new Set(kind === 'for' || kind === 'with' ? bound : []),
        stmts: 0,
        methods: 0,
      });
    } else if (ENDERS.has(kw)) stack.pop();
  }
  for (const c of pendingComments) out.push(INDENT.repeat(level()) + c);
  return out;
}

/**
 * True when the code parses with the Python grammar (no error node in the tree) and assigns to
 * no function call: Lezer accepts `BN(x) = gamma * x_hat + beta`, which Python rejects ("cannot
 * assign to function call") and which is maths notation, not code.
 */
export function parsesAsPython(code: string): boolean {
  let ok = true;
  const tree = parser.parse(code);
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) ok = false;
      else if (node.name === 'AssignStatement' || node.name === 'UpdateStatement') {
        const children: { name: string; to: number; from: number }[] = [];
        for (let c = node.node.firstChild; c; c = c.nextSibling) children.push({ name: c.name, from: c.from, to: c.to });
        const lastOp = children.findLast((c) => c.name === 'AssignOp' || c.name === 'UpdateOp');
        if (lastOp && children.some((c) => c.name === 'CallExpression' && c.to <= lastOp.from)) ok = false;
      }
      return ok;
    },
  });
  return ok;
}
