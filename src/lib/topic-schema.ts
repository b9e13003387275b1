// The schema of content/topics.yaml, shared by the ingest (which classifies questions with it)
// and the site (which shows the topics), so both read the file the same way.
import { z } from 'zod';
import { parse } from 'yaml';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes');

/** A part of a topic (topic pages list their concepts under these), matched like a topic. */
export const subtopicEntry = z
  .object({
    slug,
    name: z.string().trim().min(1),
    sections: z.array(z.string().trim().min(1)).default([]),
    keywords: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();

export const topicEntry = z
  .object({
    slug,
    name: z.string().trim().min(1),
    description: z.string().trim().min(1),
    sections: z.array(z.string().trim().min(1)).default([]),
    keywords: z.array(z.string().trim().min(1)).default([]),
    /** Keywords naming a whole field ("LLM"): in a title usually context, so they count less. */
    broad: z.array(z.string().trim().min(1)).default([]),
    /** Subtopics, in display order; none for a topic listed as one group. */
    subtopics: z.array(subtopicEntry).default([]),
  })
  .strict();

export const topicsFile = z
  .object({
    fallback: slug,
    topics: z.array(topicEntry).min(1),
    /** Section phrases that imply a difficulty ("Advanced Topics"), for questions without their own. */
    levels: z
      .object({
        beginner: z.array(z.string().trim().min(1)).optional(),
        intermediate: z.array(z.string().trim().min(1)).optional(),
        advanced: z.array(z.string().trim().min(1)).optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.topics.forEach((t, i) => {
      if (seen.has(t.slug)) ctx.addIssue({ code: 'custom', message: `duplicate topic "${t.slug}"`, path: ['topics', i, 'slug'] });
      seen.add(t.slug);
    });
    if (!seen.has(f.fallback)) ctx.addIssue({ code: 'custom', message: `fallback "${f.fallback}" is not a listed topic`, path: ['fallback'] });
  });

export type SubtopicEntry = z.infer<typeof subtopicEntry>;
export type TopicEntry = z.infer<typeof topicEntry>;
export type TopicsFile = z.infer<typeof topicsFile>;

/** Parses and validates the topics file; the error names the file and what is wrong. */
export function parseTopicsFile(text: string, file: string): TopicsFile {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = topicsFile.safeParse(data);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: invalid topics file: ${why}`);
  }
  return parsed.data;
}
