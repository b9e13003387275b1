// A maintainer's word on concepts, kept as data next to the sources (content/concepts.yaml), like
// the id lock: where the grouping is wrong, pin the right answer without touching code.
//
//   merge:  lists of question ids that ask the same thing (one concept, whatever the scores say)
//   split:  lists of question ids no two of which share a concept
//   titles: question id -> the display title of the concept that question is in
//
// Ids are question ids (<source>/<slug>, as in the URL). The file is checked with zod; every
// problem names the file and the line.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { IngestError } from '../model.ts';

const questionId = z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'a question id is <source>/<slug>');
const idList = z.array(questionId).min(2, 'a list names at least two questions');

export const overridesSchema = z
  .object({
    merge: z.array(idList).default([]),
    split: z.array(idList).default([]),
    titles: z.record(questionId, z.string().trim().min(1)).default({}),
  })
  .strict();

export type ConceptOverrides = z.infer<typeof overridesSchema>;

export const NO_OVERRIDES: ConceptOverrides = { merge: [], split: [], titles: {} };

/** The line of the node at `path` (or of its nearest parent that has one). */
function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n ? doc.getIn(path.slice(0, n) as unknown[], true) : doc.contents;
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

/**
 * Parses the overrides file's text. `known(id)`: false for an id of a source that was read but has
 * no such question (a stale override); ids of sources not read are not judged.
 */
export function parseOverrides(text: string, file: string, known: (id: string) => boolean = () => true): ConceptOverrides {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new IngestError(`not valid YAML: ${e.message.split('\n')[0]}`, file, e.linePos?.[0]?.line);
  }
  const parsed = overridesSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IngestError(`${issue.path.join('.') || '(file)'}: ${issue.message}`, file, lineOf(doc, counter, issue.path));
  }
  const o = parsed.data;
  const check = (id: string, path: PropertyKey[]) => {
    if (!known(id)) throw new IngestError(`no question "${id}" (renamed or removed? see content/sources/ids.lock.json)`, file, lineOf(doc, counter, path));
  };
  o.merge.forEach((list, i) => list.forEach((id, k) => check(id, ['merge', i, k])));
  o.split.forEach((list, i) => list.forEach((id, k) => check(id, ['split', i, k])));
  for (const id of Object.keys(o.titles)) check(id, ['titles', id]);
  // A merge and a split cannot both hold for one pair.
  o.merge.forEach((list, i) => {
    const split = o.split.findIndex((s) => s.filter((id) => list.includes(id)).length >= 2);
    if (split >= 0) throw new IngestError(`merge ${i + 1} and split ${split + 1} name the same two questions`, file, lineOf(doc, counter, ['merge', i]));
  });
  return o;
}

/** Reads the overrides file; a missing file is no overrides. */
export function readOverrides(file: string, known?: (id: string) => boolean): ConceptOverrides {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return NO_OVERRIDES;
    throw new IngestError('the concept overrides file is unreadable', file);
  }
  return parseOverrides(text, file, known);
}
