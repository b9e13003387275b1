// A topic as a CSV file (RFC 4180): a header row, then one row per question with its answer as
// Markdown, for spreadsheets and scripts. A field holding a comma, a quote or a line break is
// quoted, its quotes doubled; lines end with CRLF. A cell a spreadsheet would run as a formula
// (starting with =, +, @, or - followed by no space) gets a leading apostrophe: source text is
// data, never executed.
import type { Catalogue } from '../catalogue/index.ts';
import { questionUrl } from './notes.ts';

export const CSV_COLUMNS = ['id', 'url', 'question', 'answer', 'topic', 'subtopic', 'concept', 'source', 'section', 'difficulty'] as const;

/** One field as RFC 4180 writes it, guarded against spreadsheet formulas. */
export function csvField(value: string): string {
  const safe = /^[=+@\t\r]|^-(?!\s|$)/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows (the first one the header) as a CSV document. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Every question of a topic, in the topic page's order (concept by concept). */
export function topicCsv(c: Catalogue, slug: string, siteRoot: string): string {
  const topic = c.topic(slug);
  const rows = topic.concepts.flatMap((k) =>
    k.questions.map((q) => [
      q.id,
      questionUrl(siteRoot, q.id),
      q.title,
      c.answer(q.id).markdown.trim(),
      topic.slug,
      q.subtopic ?? '',
      k.title,
      c.source(q.source).title,
      q.section.join(' > '),
      q.difficulty ?? '',
    ]),
  );
  return toCsv([[...CSV_COLUMNS], ...rows]);
}
