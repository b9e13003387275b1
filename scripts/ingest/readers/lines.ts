// Line helpers the plain-text readers share: finding the next or last non-blank line, and the
// trailing run of lines (a see-also list of files or pages that are not shipped) an answer or a
// document ends with.

const blank = (line: string | undefined) => line === undefined || line.trim() === '';

/** Index (0-based) of the first non-blank line after index `i`, or -1. */
export function nextNonBlank(lines: readonly string[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) if (!blank(lines[k])) return k;
  return -1;
}

/** Index (0-based) of the last non-blank line before index `i`, or -1. */
export function prevNonBlank(lines: readonly string[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (!blank(lines[k])) return k;
  return -1;
}

/** The last non-blank line number (1-based, as in the model) in from..to, or from - 1 when all are blank. */
export function lastNonBlank(lines: readonly string[], from: number, to: number): number {
  let end = to;
  while (end >= from && blank(lines[end - 1])) end--;
  return end;
}

/**
 * Where a trailing run of lines starts (0-based): the lines of from..to that `isPart` accepts,
 * blank lines among them, counted back from `to`; `to + 1` when the last non-blank line is not
 * one. Leading blank lines are not part of the run.
 */
export function trailingRun(lines: readonly string[], from: number, to: number, isPart: (i: number) => boolean): number {
  let start = to + 1;
  while (start - 1 >= from && (blank(lines[start - 1]) || isPart(start - 1))) start--;
  while (start <= to && blank(lines[start])) start++;
  return start;
}
