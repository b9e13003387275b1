// Helpers for the question-id tests (tests/unit/ingest/ids.test.ts, tests/corpus/ids.test.ts).
import { assignSlugs, type SourceLock } from '../../scripts/ingest/ids.ts';
import { parseMarkdown } from '../../scripts/ingest/mdast/parse.ts';
import type { Question } from '../../scripts/ingest/model.ts';

/** A question of source "s" with a title, an answer and a section path. */
export const q = (title: string, body = 'x', section: string[] = []): Question => ({
  source: 's', sectionPath: section, title, answer: parseMarkdown(body), line: 1, endLine: 1,
});

/** Question (by object identity) -> slug, for one run against a lock. */
export const run = (qs: Question[], lock: SourceLock = {}) => {
  const r = assignSlugs(qs, lock);
  return { ids: new Map(qs.map((x, i) => [x, r.slugs[i]!])), lock: r.lock };
};
