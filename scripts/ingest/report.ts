// The ingest report: what each source became and what was dropped, with why; questions per topic
// and subtopic; concepts (how many, how many several sources answer, the largest).
import type { TopicsFile } from '../../src/lib/topic-schema.ts';
import type { Concept } from './concepts/index.ts';
import type { DroppedRange } from './model.ts';
import type { QuestionFile } from './writer.ts';

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

export interface ConceptSummary {
  id: string;
  title: string;
  questions: number;
  /** The sources that ask it, in manifest order. */
  sources: string[];
}

export interface IngestReport {
  sources: SourceReport[];
  /** Questions and concepts per canonical topic, in the topics file's order. */
  topics: { topic: string; questions: number; concepts: number }[];
  /** Concepts and questions per subtopic, for topics that declare subtopics (topics file order). */
  subtopics: { topic: string; subtopic: string; concepts: number; questions: number }[];
  /** Questions that landed in the fallback topic ("Other"): no topic, nor any neighbour's, claimed them. */
  fallback: number;
  /** Which ones, so the topics file can be taught about them. */
  fallbackQuestions: { id: string; title: string }[];
  concepts: {
    total: number;
    /** Concepts with more than one question, and those several sources answer. */
    shared: number;
    multiSource: number;
    /** The largest concepts, most questions first. */
    largest: ConceptSummary[];
  };
}

/** How many of the largest concepts the report lists. */
const LARGEST = 12;

/** The topic, subtopic and concept parts of the report, from the files written. */
export function conceptReport(files: readonly QuestionFile[], concepts: readonly Concept[], topics: TopicsFile): Omit<IngestReport, 'sources'> {
  const byId = new Map(files.map((f) => [f.id, f.frontmatter]));
  const sourceOrder = [...new Set(files.map((f) => f.frontmatter.source))];
  const summaries = concepts.map((c) => ({
    id: c.id,
    title: c.title,
    questions: c.members.length,
    sources: sourceOrder.filter((s) => c.members.some((id) => byId.get(id)!.source === s)),
  }));
  const conceptTopic = (c: Concept) => byId.get(c.id)!;
  const count = (topic: string, subtopic?: string) => {
    const own = concepts.filter((c) => conceptTopic(c).topic === topic && (subtopic === undefined || conceptTopic(c).subtopic === subtopic));
    return { concepts: own.length, questions: own.reduce((n, c) => n + c.members.length, 0) };
  };
  const fallbackQuestions = files.filter((f) => f.frontmatter.topic === topics.fallback).map((f) => ({ id: f.id, title: f.frontmatter.title }));
  return {
    topics: topics.topics.map((t) => ({ topic: t.slug, ...count(t.slug) })),
    subtopics: topics.topics.flatMap((t) => t.subtopics.map((s) => ({ topic: t.slug, subtopic: s.slug, ...count(t.slug, s.slug) }))),
    fallback: fallbackQuestions.length,
    fallbackQuestions,
    concepts: {
      total: concepts.length,
      shared: summaries.filter((c) => c.questions > 1).length,
      multiSource: summaries.filter((c) => c.sources.length > 1).length,
      largest: [...summaries].sort((a, b) => b.questions - a.questions || b.sources.length - a.sources.length || (a.id < b.id ? -1 : 1)).slice(0, LARGEST),
    },
  };
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

/** Right-aligned number columns after a left-aligned first one, with a header and a rule. */
function table(head: string[], rows: string[][]): string[] {
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const fmt = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)];
}

/** Questions and concepts per topic (subtopics indented under their topic), then what landed in the fallback. */
export function formatTopicTable(report: IngestReport): string {
  const rows = report.topics.flatMap((t) => [
    [t.topic, String(t.questions), String(t.concepts)],
    ...report.subtopics.filter((s) => s.topic === t.topic).map((s) => [`  ${s.subtopic}`, String(s.questions), String(s.concepts)]),
  ]);
  const total = report.topics.reduce((n, t) => n + t.questions, 0);
  const lines = table(['topic', 'questions', 'concepts'], [...rows, ['total', String(total), String(report.concepts.total)]]);
  lines.splice(lines.length - 1, 0, lines[1]!);
  const fallback = report.fallbackQuestions.map((q) => `\n  ${q.id}  ${q.title}`).join('');
  return [...lines, `(${report.fallback} landed in the fallback topic, matched by no topic nor by their nearest questions${report.fallback ? `:${fallback}` : ''})`].join('\n');
}

/** How many concepts, how many several questions or sources share, and the largest ones. */
export function formatConceptTable(report: IngestReport): string {
  const c = report.concepts;
  const rows = c.largest.map((k) => [k.title.length > 60 ? `${k.title.slice(0, 59)}…` : k.title, String(k.questions), String(k.sources.length)]);
  return [
    `${c.total} concepts: ${c.shared} asked by more than one question, ${c.multiSource} by more than one source`,
    '',
    ...table(['largest concepts', 'questions', 'sources'], rows),
  ].join('\n');
}
