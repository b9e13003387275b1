// Writes one Markdown file per question: content/questions/<source-id>/<slug>.md, the answer
// written by the one Markdown writer (mdast/write.ts). Frontmatter is checked with the same zod
// schema Astro's content collection uses.
// Files are written to a sibling folder first and swapped in at the end, so a failed
// ingest leaves the previous content/questions/ as it was.
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { questionFrontmatter, type QuestionFrontmatter } from '../../src/lib/schema.ts';
import { IngestError, type Question } from './model.ts';
import type { AnswerFacts } from './analyze.ts';
import { writeMarkdown } from './mdast/write.ts';
import type { Classification } from './classify.ts';
import type { ConceptAssignment } from './concepts/index.ts';

export interface QuestionFile {
  id: string;
  path: string;
  frontmatter: QuestionFrontmatter;
  body: string;
}

export function toQuestionFile(
  q: Question,
  slug: string,
  order: number,
  facts: AnswerFacts,
  topic: Pick<Classification, 'topic' | 'tags'>,
  concept: ConceptAssignment,
  file: string,
): QuestionFile {
  const candidate = {
    title: q.title,
    source: q.source,
    section: q.sectionPath,
    number: q.number,
    order,
    line: q.line,
    endLine: q.endLine,
    topic: topic.topic,
    tags: topic.tags,
    difficulty: q.difficulty,
    kind: q.kind,
    category: q.category,
    hasCode: facts.codeBlocks > 0,
    hasMath: facts.formulas > 0,
    concept: concept.concept,
    conceptTitle: concept.conceptTitle,
    subtopic: concept.subtopic,
  };
  // Drop undefined keys so the YAML stays tidy and .strict() sees only real fields.
  const clean = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
  const parsed = questionFrontmatter.safeParse(clean);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new IngestError(`question "${q.title}" has invalid frontmatter: ${why}`, file, q.line);
  }
  return { id: `${q.source}/${slug}`, path: `${q.source}/${slug}.md`, frontmatter: parsed.data, body: writeMarkdown(q.answer) };
}

export function renderQuestionFile(f: QuestionFile): string {
  return `---\n${stringify(f.frontmatter, { lineWidth: 0 })}---\n\n${f.body.trimEnd()}\n`;
}

/** Links `from` as `to`; false where the file system cannot. */
function linked(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/** The file at `path` when it holds exactly `text`: it can be linked instead of written again. */
function sameFile(path: string, text: string): boolean {
  try {
    return readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
}

/**
 * Writes all files into outDir atomically (write aside, then swap). A file the previous output
 * already holds, byte for byte, is hard-linked from it instead (after one edit, all but one are:
 * a link costs a fraction of a write).
 */
export function writeQuestionFiles(files: readonly QuestionFile[], outDir: string): void {
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const f of files) {
      const target = join(staging, f.path);
      const text = renderQuestionFile(f);
      const old = join(outDir, f.path);
      mkdirSync(dirname(target), { recursive: true });
      if (!sameFile(old, text) || !linked(old, target)) writeFileSync(target, text);
    }
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  const hadPrevious = existsSync(outDir);
  try {
    if (hadPrevious) renameSync(outDir, previous);
    renameSync(staging, outDir);
  } catch (e) {
    // The swap failed half way: put the previous output back where it was.
    if (hadPrevious && existsSync(previous) && !existsSync(outDir)) renameSync(previous, outDir);
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  rmSync(previous, { recursive: true, force: true });
}
