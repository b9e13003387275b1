// Reads and validates content/sources/sources.json.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isMap, isNode, isSeq, LineCounter, parseDocument } from 'yaml';
import { IngestError } from './model.ts';

export const manifestEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lowercase letters, digits and hyphens'),
    title: z.string().min(1),
    file: z.string().min(1),
    format: z.string().min(1),
    origin: z.string().min(1),
    licence: z.string().min(1).optional(),
    /** A YAML file next to the source: word lists tuned to this document (model.ts, SourceWords). */
    words: z.string().min(1).optional(),
  })
  .strict();

/** The words file of one source (see SourceWords in model.ts): lists of words, nothing else. */
export const sourceWordsSchema = z
  .object({
    operatorNames: z.array(z.string().min(1)).optional(),
    acronyms: z.array(z.string().min(1)).optional(),
    gluedAfter: z.array(z.string().min(1)).optional(),
    splitAfter: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const manifestSchema = z
  .object({
    $comment: z.string().optional(),
    sources: z.array(manifestEntry).min(1),
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.sources.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', message: `duplicate source id "${s.id}"`, path: ['sources', i, 'id'] });
      seen.add(s.id);
    });
  });

export type ManifestEntry = z.infer<typeof manifestEntry>;
export type Manifest = z.infer<typeof manifestSchema>;

/** Parses manifest text; every problem is an IngestError naming the file. */
export function parseManifest(text: string, file: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    // JSON.parse reports a character position; turn it into a line for the message.
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new IngestError(`the manifest is not valid JSON (${msg})`, file, line);
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    // Issues inside one entry of "sources" name that entry (its number, id and line).
    const starts = sourceEntryLines(text);
    const entries = (data as { sources?: unknown }).sources;
    const groups = new Map<string, string[]>();
    let firstLine: number | undefined;
    for (const issue of parsed.error.issues) {
      const [top, index, ...rest] = issue.path;
      let where = issue.path.join('.') || '(root)';
      let group = '';
      if (top === 'sources' && typeof index === 'number') {
        const id = Array.isArray(entries) ? (entries[index] as { id?: unknown } | undefined)?.id : undefined;
        const line = starts[index];
        firstLine ??= line;
        group = `entry ${index + 1} of "sources"${typeof id === 'string' ? ` (id "${id}")` : ''}${line ? ` at line ${line}` : ''}`;
        where = rest.join('.');
      }
      const message = issue.message.replace(/^Invalid input: expected (\w+), received undefined$/, 'missing (expected a $1)');
      groups.set(group, [...(groups.get(group) ?? []), where ? `${where}: ${message}` : message]);
    }
    const issues = [...groups].map(([g, list]) => (g ? `${g}: ${list.join(', ')}` : list.join('; '))).join('; ');
    throw new IngestError(`the manifest is malformed: ${issues}`, file, firstLine);
  }
  return parsed.data;
}

/**
 * 1-based line on which each element of the top-level "sources" array starts, from the positions
 * the yaml package gives every node (JSON is YAML); only called for a manifest that parsed.
 */
export function sourceEntryLines(text: string): number[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const sources = isMap(doc.contents) ? doc.contents.get('sources', true) : undefined;
  if (!isSeq(sources)) return [];
  return sources.items.map((item) => (isNode(item) && item.range ? lineCounter.linePos(item.range[0]).line : 0));
}

export function readManifest(file: string): Manifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new IngestError('the manifest file is missing or unreadable', file);
  }
  return parseManifest(text, file);
}
