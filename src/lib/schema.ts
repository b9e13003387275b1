// The frontmatter of one generated question file. Imported by the ingest writer
// (scripts/ingest/writer.ts) and by src/content.config.ts, so a file the writer
// accepts is a file Astro accepts.
import { z } from 'zod';

export const difficulties = ['beginner', 'intermediate', 'advanced'] as const;

export const questionFrontmatter = z
  .object({
    title: z.string().trim().min(1),
    /** Manifest id of the source. */
    source: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** Section titles, outermost first. */
    section: z.array(z.string().min(1)),
    /** The number printed in the source, when it prints one. */
    number: z.number().int().nonnegative().optional(),
    /** Position of the question in its source, 1-based. */
    order: z.number().int().positive(),
    /** First line of the question in the source file, 1-based. */
    line: z.number().int().positive(),
    /** Last line of the question in the source file. */
    endLine: z.number().int().positive(),
    /** Canonical topic slug (content/topics.yaml), assigned at ingest. */
    topic: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** Keywords the question matched, strongest first. */
    tags: z.array(z.string().min(1)),
    difficulty: z.enum(difficulties).optional(),
    kind: z.string().min(1).optional(),
    category: z.string().min(1).optional(),
    hasCode: z.boolean(),
    hasMath: z.boolean(),
    /**
     * The concept: every question, in any source, that asks the same thing shares one. Its id is
     * the id of one of its questions (scripts/ingest/concepts); a question's URL never depends on it.
     */
    concept: z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/),
    /** The concept's display title (the same on each of its questions). */
    conceptTitle: z.string().trim().min(1),
    /** Subtopic slug within the topic (content/topics.yaml), when the topic declares subtopics. */
    subtopic: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
  })
  .strict()
  .refine((q) => q.endLine >= q.line, { message: 'endLine must not be before line', path: ['endLine'] });

export type QuestionFrontmatter = z.infer<typeof questionFrontmatter>;
