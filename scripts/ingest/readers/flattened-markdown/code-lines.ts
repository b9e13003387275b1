// How one line of a flattened answer looks as code (flattened-markdown reader): Python that will
// parse once re-indented, pseudo-code with Unicode maths, a comment, a closing bracket, or prose.
import { bracketDelta, codeOf, parsesAsPython } from '../../recover/python-indent.ts';

export const BULLET = /^[-*•]\s+(\S.*)$/;
export const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/;
export const LABEL_ONLY = /^([A-Z0-9][^:]{0,60}):$/;
// Also a setting as the label of a worked example's line ("Top-p=0.9: Nucleus = first 3 tokens").
export const LABEL_PREFIX = /^([A-Z][A-Za-z0-9 &()/'+.-]{0,39}?|[A-Z][\w-]{0,20}=[\d.]+):\s+(\S.*)$/;
export const RELATION = /[=≈∝≤≥→∈]/;
const PY_BLOCK = /^(?:class\s+\w+|(?:async\s+)?def\s+\w+\s*\(|(?:el)?if\s|else\s*:|for\s+.+\s+in\s|while\s|with\s|try\s*:|except\b|finally\s*:)/;
const PY_SIMPLE = /^(?:return\b|import\s+\w|from\s+[\w.]+\s+import\s|raise\b|pass$|break$|continue$|@\w)/;
const ASSIGN = /^[A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:\s*,\s*[A-Za-z_][\w.]*)*\s*(?:[-+*/]?=)(?!=)\s*\S/;
const CALL = /^[A-Za-z_][\w.]*(?:\(\))?(?:\.[A-Za-z_]\w*)*\(.*\)$/;

export const isAscii = (s: string) => /^[\x20-\x7e\t]*$/.test(s);

export type CodeKind = 'py' | 'weak' | 'comment' | 'pseudo' | 'close' | undefined;

const codeKinds = new Map<string, CodeKind>();
/** How a single line looks as code (memoised: a source repeats few distinct lines). */
export function codeKind(t: string): CodeKind {
  let k = codeKinds.get(t);
  if (k === undefined && !codeKinds.has(t)) {
    k = lineCodeKind(t);
    if (codeKinds.size > 20_000) codeKinds.clear();
    codeKinds.set(t, k);
  }
  return k;
}

function lineCodeKind(t: string): CodeKind {
  if (/^#\s?\S/.test(t)) return 'comment';
  if (/^[)\]}]+[,;:]?$/.test(t)) return 'close';
  if (BULLET.test(t) || NUMBERED.test(t)) return undefined;
  const code = codeOf(t).trim();
  const hasComment = code.length < t.trim().length && / #\s/.test(t);
  if (!isAscii(code)) return hasComment && (ASSIGN.test(t) || /^[A-Za-z_]\w*\s*[~=]/.test(t)) ? 'pseudo' : undefined;
  if (PY_BLOCK.test(code) && /:\s*$/.test(code)) return 'py';
  if (PY_SIMPLE.test(code)) return parsesAsPython(code + '\n') ? 'py' : undefined;
  if (ASSIGN.test(code) || CALL.test(code)) {
    const open = bracketDelta(code) > 0;
    if (open) return 'py';
    if (parsesAsPython(code + '\n')) {
      const signal = hasComment || /[A-Za-z_)\]]\.[A-Za-z_]|\w\[|\b[a-z]+_\w+|\w=\w|["']/.test(code);
      return signal ? 'py' : 'weak';
    }
    return hasComment || /\w\[/.test(code) ? 'pseudo' : undefined;
  }
  return hasComment && /^[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*[~=]/.test(t) ? 'pseudo' : undefined;
}
