// The ingest report: what each source became and what was dropped, with why.
import type { DroppedRange } from './model.ts';

export interface SourceReport {
  id: string;
  file: string;
  format: string;
  lines: number;
  questions: number;
  sections: number;
  codeBlocks: number;
  formulas: number;
  droppedLines: number;
  perSection: { section: string; questions: number }[];
  dropped: DroppedRange[];
}

export interface IngestReport {
  sources: SourceReport[];
  /** Questions per canonical topic, in the topics file's order. */
  topics: { topic: string; questions: number }[];
  /** Questions that matched no topic and went to the fallback topic. */
  fallback: number;
  /** Which ones, so the topics file can be taught about them. */
  fallbackQuestions: { id: string; title: string }[];
}

/** A plain-text table, one row per source, for the terminal. */
export function formatReportTable(report: IngestReport): string {
  const head = ['source', 'questions', 'sections', 'code blocks', 'formulas', 'dropped lines'];
  const rows = report.sources.map((s) => [s.id, s.questions, s.sections, s.codeBlocks, s.formulas, s.droppedLines].map(String));
  const total = ['total', ...[1, 2, 3, 4, 5].map((i) => String(rows.reduce((n, r) => n + Number(r[i]), 0)))];
  const all = [head, ...rows, total];
  const widths = head.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const fmt = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [fmt(head), rule, ...rows.map(fmt), rule, fmt(total)].join('\n');
}

/** Questions per topic, as a two-column table. */
export function formatTopicTable(report: IngestReport): string {
  const width = Math.max(5, ...report.topics.map((t) => t.topic.length));
  const rows = report.topics.map((t) => `${t.topic.padEnd(width)}  ${String(t.questions).padStart(9)}`);
  const total = report.topics.reduce((n, t) => n + t.questions, 0);
  const rule = `${'-'.repeat(width)}  ${'-'.repeat(9)}`;
  return [
    `${'topic'.padEnd(width)}  ${'questions'.padStart(9)}`,
    rule,
    ...rows,
    rule,
    `${'total'.padEnd(width)}  ${String(total).padStart(9)}`,
    `(${report.fallback} matched no topic and went to the fallback topic${
      report.fallbackQuestions.length ? `: ${report.fallbackQuestions.map((q) => q.id).join(', ')}` : ''
    })`,
  ].join('\n');
}
