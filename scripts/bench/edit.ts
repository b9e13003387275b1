// The "edit one answer" rebuild of the bench: one sentence added to one question's answer in a
// source document, the way an author would, then a rebuild. Afterwards the bench checks that the
// ingest changed that question's file alone and that its page shows the new sentence.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/lib/fingerprint.ts';

export const EDIT_MARK = 'Benchmark edit';

export interface Edit {
  /** Question id ("<source>/<slug>"). */
  id: string;
  undo(): void;
}

const frontmatterNumber = (text: string, key: string) => Number(new RegExp(`^${key}: (\\d+)$`, 'm').exec(text)?.[1]);

/** Adds a sentence to a prose line of the first question (in id order) whose answer has one. */
export function editOneAnswer(project: string): Edit {
  const manifest = JSON.parse(readFileSync(join(project, 'content/sources/sources.json'), 'utf8')) as { sources: { id: string; file: string }[] };
  const questions = join(project, 'content/questions');
  for (const file of filesUnder(questions, (p) => p.endsWith('.md'))) {
    const id = file.slice(questions.length + 1, -3);
    const text = readFileSync(file, 'utf8');
    const source = manifest.sources.find((s) => s.id === id.split('/')[0]);
    const [line, endLine] = [frontmatterNumber(text, 'line'), frontmatterNumber(text, 'endLine')];
    if (!source || !line || !endLine) continue;
    const sourceFile = join(project, 'content/sources', source.file);
    const original = readFileSync(sourceFile, 'utf8');
    const lines = original.split('\n');
    // A plain sentence: starts with a capital letter, ends with a full stop, no markup.
    const at = lines.findIndex((l, i) => i >= line && i < endLine && /^[A-Z][A-Za-z ,;'()-]{40,}\.$/.test(l));
    if (at < 0) continue;
    lines[at] = `${lines[at]} ${EDIT_MARK}.`;
    writeFileSync(sourceFile, lines.join('\n'));
    return { id, undo: () => writeFileSync(sourceFile, original) };
  }
  throw new Error('bench: found no answer with a plain sentence to edit');
}

/** sha256 of every generated question file, by id. */
export function questionHashes(project: string): Map<string, string> {
  const questions = join(project, 'content/questions');
  return new Map(filesUnder(questions, (p) => p.endsWith('.md')).map((f) => [f.slice(questions.length + 1, -3), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

/** What a rebuild after `edit` changed, as a problem to report, or undefined if it is as expected. */
export function checkEdit(project: string, edit: Edit, before: Map<string, string>, shown: boolean): string | undefined {
  const after = questionHashes(project);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id));
  if (changed.length !== 1 || changed[0] !== edit.id) return `the edit of ${edit.id} changed ${changed.length} question files (${changed.slice(0, 3).join(', ')})`;
  const page = readFileSync(join(project, 'dist/questions', edit.id, 'index.html'), 'utf8');
  if (page.includes(EDIT_MARK) !== shown) return `the page of ${edit.id} ${shown ? 'does not show' : 'still shows'} the edit`;
  return undefined;
}
