// Reads and validates content/sources/sources.json.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { IngestError } from './model.ts';

export const manifestEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lowercase letters, digits and hyphens'),
    title: z.string().min(1),
    file: z.string().min(1),
    format: z.string().min(1),
    origin: z.string().min(1),
    licence: z.string().min(1).optional(),
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
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new IngestError(`the manifest is malformed: ${issues}`, file);
  }
  return parsed.data;
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
