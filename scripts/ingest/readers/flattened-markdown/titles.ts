// Lines of a flattened Markdown page that are structure, not answer text (flattened-markdown reader).

export const Q_LINE = /^Q(\d{1,4})\s*[:.]\s*(\S.*?)\s*$/;
export const ANSWER = /^Answer\s*:\s*(.*?)\s*$/;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'vs', 'vs.', 'of', 'from', 'to', 'in', 'for', 'on', 'with', 'by', 'via', 'at', '&']);

/** A bare section title: Title Case words, no sentence punctuation, no formula. */
export function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 80 || /[.:;,!?]$/.test(t) || /[=→←|#`$<>]/.test(t)) return false;
  if (/^[-*•]\s|^\d+[.)]\s/.test(t) || Q_LINE.test(t) || ANSWER.test(t)) return false;
  const words = t.split(/\s+/);
  if (!/^[A-Z0-9]/.test(words[0]!)) return false;
  return words.every((w) => {
    const core = w.replace(/^[("']+|[)"',:]+$/g, '');
    return core === '' || /^[A-Z0-9]/.test(core) || SMALL_WORDS.has(core.toLowerCase());
  });
}
