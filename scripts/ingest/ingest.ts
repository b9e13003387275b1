// The ingest as a function: manifest -> readers -> model -> files + report.
// The CLI (cli.ts) is a thin shell around it; tests call it directly.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readManifest, sourceWordsSchema, type ManifestEntry } from './manifest.ts';
import { IngestError, splitLines, unaccountedLines, type Question, type ReaderResult, type SourceWords } from './model.ts';
import { readers } from './readers/index.ts';
import { assignSlugs, lockPath, readLock, writeLock } from './ids.ts';
import { analyzeAnswer, type AnswerFacts } from './analyze.ts';
import { loadClassifier, type Classification } from './classify.ts';
import { conceptFeatures } from './concepts/features.ts';
import { findConcepts } from './concepts/index.ts';
import { readOverrides } from './concepts/overrides.ts';
import { readSynonyms } from './concepts/synonyms.ts';
import { placeConcepts, type PlacedMember } from './concepts/placement.ts';
import { proseOf } from './mdast/prose.ts';
import { neighbourVotes } from './nearest-topic.ts';
import { toQuestionFile, writeQuestionFiles, type QuestionFile } from './writer.ts';
import { conceptReport, type IngestReport, type SourceReport } from './report.ts';
import { SourceCache } from './source-cache.ts';

const DEFAULT_TOPICS = relative(process.cwd(), fileURLToPath(new URL('../../content/topics.yaml', import.meta.url)));
const DEFAULT_CONCEPTS = relative(process.cwd(), fileURLToPath(new URL('../../content/concepts.yaml', import.meta.url)));
const DEFAULT_SYNONYMS = relative(process.cwd(), fileURLToPath(new URL('../../content/synonyms.yaml', import.meta.url)));

export interface IngestOptions {
  manifest: string;
  outDir: string;
  /** The canonical topics file (default: the project's content/topics.yaml). */
  topics?: string;
  /** The concept overrides file (default: the project's content/concepts.yaml; a missing file is none). */
  concepts?: string;
  /** The synonyms the concepts read titles with (default: the project's content/synonyms.yaml, which search uses too). */
  synonyms?: string;
  /** Only these source ids (default: all in the manifest). */
  only?: string[];
  /** When false, nothing is written, neither questions nor the id lock (used by the benchmark and tests). */
  write?: boolean;
  /** A folder where what the readers made of each source is kept between runs (source-cache.ts); none by default. */
  cacheDir?: string;
}

/** A question read and classified, waiting for its concept (which needs every source read). */
interface PendingQuestion {
  question: Question;
  id: string;
  slug: string;
  order: number;
  facts: AnswerFacts;
  topic: Classification;
  file: string;
}

export interface IngestResult {
  files: QuestionFile[];
  report: IngestReport;
}

/** The word lists tuned to a source (its manifest entry's "words" file), if it has them. */
export function readWords(entry: ManifestEntry, manifestFile: string): SourceWords | undefined {
  if (!entry.words) return undefined;
  const path = join(dirname(manifestFile), entry.words);
  const file = relative(process.cwd(), path) || path;
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new IngestError(`source "${entry.id}": words file is missing, unreadable or not YAML (${(e as Error).message.split('\n')[0]})`, file);
  }
  const parsed = sourceWordsSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new IngestError(`source "${entry.id}": words file is malformed: ${why}`, file);
  }
  return parsed.data;
}

export function readSource(entry: ManifestEntry, manifestFile: string, cache?: SourceCache): { result: ReaderResult; file: string; text: string } {
  const path = join(dirname(manifestFile), entry.file);
  const file = relative(process.cwd(), path) || path;
  // hasOwn: a format named like an object member ("toString") is unknown, not a function.
  const reader = Object.hasOwn(readers, entry.format) ? readers[entry.format] : undefined;
  if (!reader) {
    throw new IngestError(
      `source "${entry.id}" names unknown format "${entry.format}" (known: ${Object.keys(readers).join(', ')})`,
      relative(process.cwd(), manifestFile) || manifestFile,
    );
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new IngestError(`source "${entry.id}": file is missing or unreadable`, file);
  }
  const input = { sourceId: entry.id, file, text, words: readWords(entry, manifestFile) };
  const key = cache?.key(entry.format, input);
  const cached = key === undefined ? undefined : cache!.get(key);
  if (cached) return { result: cached, file, text };
  const result = reader(input);
  // A reader must account for every line; a gap is a reader bug, reported as one.
  const missing = unaccountedLines(text, result);
  if (missing.length) {
    throw new IngestError(`reader "${entry.format}" left ${missing.length} line(s) unaccounted for`, file, missing[0]);
  }
  if (key !== undefined) cache!.set(key, result);
  return { result, file, text };
}

export function ingest(opts: IngestOptions): IngestResult {
  const manifest = readManifest(opts.manifest);
  const entries = manifest.sources.filter((s) => !opts.only || opts.only.includes(s.id));
  if (opts.only) {
    const unknown = opts.only.filter((id) => !manifest.sources.some((s) => s.id === id));
    if (unknown.length) throw new IngestError(`no source with id ${unknown.map((u) => `"${u}"`).join(', ')}`, opts.manifest);
  }
  const classifier = loadClassifier(opts.topics ?? DEFAULT_TOPICS);
  const pending: PendingQuestion[] = [];
  const sources: SourceReport[] = [];
  // Ids already given out stay with their questions (see ids.ts); sources not read keep their entries.
  const lockFile = lockPath(opts.manifest);
  const lock = readLock(lockFile);
  const cache = opts.cacheDir === undefined ? undefined : new SourceCache(opts.cacheDir);
  for (const entry of entries) {
    const { result, file, text } = readSource(entry, opts.manifest, cache);
    const { slugs, lock: sourceLock } = assignSlugs(result.questions, lock[entry.id]);
    lock[entry.id] = sourceLock;
    let codeBlocks = 0;
    let formulas = 0;
    const perSection = new Map<string, number>();
    result.questions.forEach((q, i) => {
      const facts = analyzeAnswer(q.answer);
      codeBlocks += facts.codeBlocks;
      formulas += facts.formulas;
      const key = q.sectionPath.join(' > ') || '(no section)';
      perSection.set(key, (perSection.get(key) ?? 0) + 1);
      const topic = classifier.classify(q);
      // The source's own difficulty, else the one its section names imply (classify.ts).
      pending.push({ question: { ...q, difficulty: topic.difficulty }, id: `${q.source}/${slugs[i]!}`, slug: slugs[i]!, order: i + 1, facts, topic, file });
    });
    sources.push({
      id: entry.id,
      file,
      format: entry.format,
      lines: splitLines(text).length,
      questions: result.questions.length,
      sections: [...perSection.keys()].filter((k) => k !== '(no section)').length,
      codeBlocks,
      formulas,
      droppedLines: result.dropped.reduce((n, d) => n + d.end - d.start + 1, 0),
      perSection: [...perSection].map(([section, questions]) => ({ section, questions })),
      dropped: result.dropped,
    });
  }
  // Concepts group questions across sources, so they are found once every source is read; then
  // each concept gets one topic and subtopic (concepts/placement.ts).
  const ids = new Set(pending.map((p) => p.id));
  const read = new Set(entries.map((e) => e.id));
  const overrides = readOverrides(opts.concepts ?? DEFAULT_CONCEPTS, (id) => ids.has(id) || !read.has(id.split('/')[0]!));
  const questions = pending.map((p) => ({ id: p.id, title: p.question.title, text: proseOf(p.question.answer) }));
  const features = conceptFeatures(questions, readSynonyms(opts.synonyms ?? DEFAULT_SYNONYMS));
  const concepts = findConcepts(questions, overrides, features);
  const topicIndex = new Map(classifier.topics.topics.map((t, i) => [t.slug, i]));
  const votes = neighbourVotes(features, pending.map((p) => (p.topic.by === 'fallback' ? undefined : topicIndex.get(p.topic.topic))), topicIndex.size);
  const members = new Map<string, PlacedMember>(
    pending.map((p, i) => [p.id, { ...p.question, scores: p.topic.scores, neighbours: votes[i] }]),
  );
  const placements = placeConcepts(concepts, members, classifier.topics);
  const conceptOf = new Map(concepts.flatMap((c) => c.members.map((id) => [id, c] as const)));
  const files = pending.map((p) => {
    const concept = conceptOf.get(p.id)!;
    const place = placements.get(concept.id)!;
    return toQuestionFile(p.question, p.slug, p.order, p.facts, { topic: place.topic, tags: p.topic.tags }, { concept: concept.id, conceptTitle: concept.title, subtopic: place.subtopic }, p.file);
  });
  if (opts.write !== false) {
    writeQuestionFiles(files, opts.outDir);
    writeLock(lockFile, lock);
  }
  cache?.prune();
  return {
    files,
    report: { sources, ...conceptReport(files, concepts, classifier.topics) },
  };
}
