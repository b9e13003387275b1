// Stable question ids: <source-id>/<slug>. Every slug ever given out is recorded in a committed
// lock file (ids.lock.json next to the manifest, like a package lock), per source, as
// slug -> fingerprint, the fingerprint being "<section path joined by ' > '> :: <title>".
//
// - A question whose fingerprint is in the lock keeps the lock's slug. Several questions with
//   the same fingerprint take that fingerprint's slugs in lock order, in source order.
// - A question whose fingerprint is not in the lock, but whose title is, in an entry no question
//   of this run claimed, takes that entry over: its section was renamed, or it moved to another
//   section. The entry's fingerprint is updated.
// - Any other question gets a new slug: the title's slug if it is free (not in the lock, even
//   for a question that has since disappeared, and not taken in this run), else the title's slug
//   plus the innermost section's slug, else the title's slug plus -2, -3, ...
// - Entries are never removed, so a URL that was given out never points to another question.
//
// So reordering, inserting, removing or editing questions keeps every other question's URL, and a
// new question that repeats a title never takes the URL of the question that had it first.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { z } from 'zod';
import { IngestError, type Question } from './model.ts';

const MAX_SLUG = 80;
const LOCK_COMMENT =
  'Question ids already given out, per source: slug -> "section > path :: title". Written by the ingest; ' +
  'commit it like a package lock. A slug listed here always stays with its question and is never reused.';

/** slug -> fingerprint, in lock order. */
export type SourceLock = Record<string, string>;
/** Source id -> that source's entries. */
export type IdLock = Record<string, SourceLock>;

const lockSchema = z
  .object({
    $comment: z.string().optional(),
    sources: z.record(z.string(), z.record(z.string(), z.string())),
  })
  .strict();

export function titleSlug(title: string): string {
  let s = githubSlug(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (s.length > MAX_SLUG) {
    const cut = s.slice(0, MAX_SLUG);
    s = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
  }
  return s || 'question';
}

/** What a lock entry records about its question: readable, and independent of the answer. */
export function fingerprint(q: Pick<Question, 'sectionPath' | 'title'>): string {
  return `${q.sectionPath.join(' > ')} :: ${q.title}`;
}

/**
 * Slugs for the questions of one source, in the same order, and the source's lock afterwards
 * (the given entries, in their order, plus one entry per new slug).
 */
export function assignSlugs(questions: readonly Question[], locked: SourceLock = {}): { slugs: string[]; lock: SourceLock } {
  const used = new Set(Object.keys(locked));
  const byPrint = new Map<string, string[]>();
  for (const [slug, print] of Object.entries(locked)) {
    const list = byPrint.get(print);
    if (list) list.push(slug);
    else byPrint.set(print, [slug]);
  }
  const slugs: (string | undefined)[] = questions.map((q) => byPrint.get(fingerprint(q))?.shift());
  // Entries left unclaimed, by title: a question whose section changed takes its old slug back.
  const byTitle = new Map<string, string[]>();
  for (const [print, list] of byPrint) {
    const title = print.slice(print.indexOf(' :: ') + 4);
    byTitle.set(title, [...(byTitle.get(title) ?? []), ...list]);
  }
  const moved: [string, string][] = [];
  questions.forEach((q, i) => {
    if (slugs[i] !== undefined) return;
    const s = byTitle.get(q.title)?.shift();
    if (s === undefined) return;
    slugs[i] = s;
    moved.push([s, fingerprint(q)]);
  });
  const added: [string, string][] = [];
  questions.forEach((q, i) => {
    if (slugs[i] !== undefined) return;
    const base = titleSlug(q.title);
    const section = q.sectionPath.at(-1);
    let s = base;
    if (used.has(s) && section !== undefined) s = `${base}-${titleSlug(section)}`;
    for (let n = 2; used.has(s); n++) s = `${base}-${n}`;
    used.add(s);
    slugs[i] = s;
    added.push([s, fingerprint(q)]);
  });
  return { slugs: slugs as string[], lock: { ...locked, ...Object.fromEntries(moved), ...Object.fromEntries(added) } };
}

/** The lock's path for a manifest: ids.lock.json in the manifest's folder. */
export function lockPath(manifestFile: string): string {
  return join(dirname(manifestFile), 'ids.lock.json');
}

export function readLock(file: string): IdLock {
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new IngestError(`the id lock is not valid JSON (${(e as Error).message}); restore it from version control`, file);
  }
  const parsed = lockSchema.safeParse(data);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new IngestError(`the id lock is malformed: ${why}`, file);
  }
  return parsed.data.sources;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The lock as file text: sources by id, each source's entries by fingerprint (so a section's
 * questions stand together) and, for one fingerprint, in lock order, which assignment relies on.
 */
export function serializeLock(lock: IdLock): string {
  const sources: IdLock = {};
  for (const id of Object.keys(lock).sort(byCodeUnits)) {
    const entries = Object.entries(lock[id]!);
    const rank = new Map(entries.map(([slug], i) => [slug, i]));
    entries.sort(([sa, pa], [sb, pb]) => byCodeUnits(pa, pb) || rank.get(sa)! - rank.get(sb)!);
    sources[id] = Object.fromEntries(entries);
  }
  return `${JSON.stringify({ $comment: LOCK_COMMENT, sources }, null, 2)}\n`;
}

/** Writes the lock only when its text changes (write aside, then rename). */
export function writeLock(file: string, lock: IdLock): boolean {
  const text = serializeLock(lock);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, text);
  renameSync(aside, file);
  return true;
}
