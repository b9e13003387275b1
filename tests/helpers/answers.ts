// Readers -> writer -> string: a reader's result with each answer as the one writer writes it,
// so reader tests pin the Markdown the site reads. And the shipped sources as the ingest reads them.
import { readFileSync } from 'node:fs';
import { writeMarkdown } from '../../scripts/ingest/mdast/write.ts';
import { readManifest } from '../../scripts/ingest/manifest.ts';
import { readWords } from '../../scripts/ingest/ingest.ts';
import type { Question, ReaderInput, ReaderResult } from '../../scripts/ingest/model.ts';

export type Written = Question & { body: string };

/** The result with `body` on every question: its answer written as Markdown. */
export function written<R extends ReaderResult>(r: R): Omit<R, 'questions'> & { questions: Written[] } {
  return { ...r, questions: r.questions.map((q) => ({ ...q, body: writeMarkdown(q.answer) })) };
}

const MANIFEST = 'content/sources/sources.json';

/** A shipped source's reader input, with its words file, as the ingest passes it. */
export function shipped(id: string): ReaderInput {
  const entry = readManifest(MANIFEST).sources.find((s) => s.id === id)!;
  const file = `content/sources/${entry.file}`;
  return { sourceId: id, file, text: readFileSync(file, 'utf8'), words: readWords(entry, MANIFEST) };
}
