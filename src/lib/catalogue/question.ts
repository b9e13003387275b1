// One question as the catalogue reads it, and the summary of it that lists, links and the
// study index use. Independent of Astro: `QuestionFile` is the shape of a content entry
// (id, frontmatter, Markdown body), so tests feed it fixture files.
import type { QuestionFrontmatter } from '../schema';

/** A generated question file: its id ("<source>/<slug>"), frontmatter and Markdown answer. */
export interface QuestionFile {
  id: string;
  data: QuestionFrontmatter;
  body?: string;
  /** The answer as the questions loader rendered it (src/lib/content/answer.ts); absent in fixtures. */
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** What a list or a link needs of a question (no answer). */
export interface QuestionSummary {
  id: string;
  title: string;
  source: string;
  /** Position in its source, 1-based. */
  order: number;
  /** Section titles, outermost first. */
  section: string[];
  topic: string;
  difficulty?: QuestionFrontmatter['difficulty'];
  kind?: string;
  /** The number the source prints, when it prints one. */
  number?: number;
  /** First line of the question in its source file. */
  line: number;
  /** Id of its concept (the questions, in any source, that ask the same thing): see concepts.ts. */
  concept: string;
  /** Its subtopic within the topic, when the topic declares subtopics. */
  subtopic?: string;
}

export function summarise({ id, data }: QuestionFile): QuestionSummary {
  return {
    id,
    title: data.title,
    source: data.source,
    order: data.order,
    section: data.section,
    topic: data.topic,
    difficulty: data.difficulty,
    kind: data.kind,
    number: data.number,
    line: data.line,
    concept: data.concept,
    subtopic: data.subtopic,
  };
}
