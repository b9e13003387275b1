// Keys for Astro's incremental build (`experimental.incrementalBuild` in astro.config.mjs): a page
// with a key is generated again only when its key or its code changes (Astro hashes the modules
// each page is built from, the data files they import included: topics, sources, synonyms), and
// is otherwise copied from the last build. A key is a hash of everything the page shows that comes
// from the question collection, so that after one answer is edited only the pages that show it
// are generated again: its own, its concept's other questions' pages, and pages whose lists change.
//
// Whatever a page comes to read from the catalogue must be added to its key here: a page whose key
// misses something it shows would be copied stale. tests/unit/catalogue/page-keys.test.ts changes
// each part; tests/unit/build/warm-rebuild.test.ts checks the pages after an edit.
import { sha256 } from '../fingerprint';
import type { Catalogue, QuestionSummary } from './index';

const hash = (data: unknown) => sha256(JSON.stringify(data)).slice(0, 32);

/** A question as the pages show it: not the line it starts on in its source, which moves with every edit above it. */
const shown = ({ line: _line, ...q }: QuestionSummary) => q;

/** The key of /questions/<id>/: what src/pages/questions/[...id].astro reads from the catalogue. */
export function questionPageKey(c: Catalogue, id: string): string {
  const q = c.question(id);
  const source = (s: string) => ({ id: s, title: c.source(s).title });
  const topic = c.topic(q.topic);
  const section = c.sectionOf(id);
  const { prev, next } = c.neighbours(id);
  return hash({
    question: shown(q),
    source: source(q.source),
    topic: { slug: topic.slug, name: topic.name },
    section: { path: section.path, label: section.label, anchor: section.anchor },
    answer: c.answer(id),
    others: c.sameConcept(id).map((o) => ({ question: shown(o), source: source(o.source), answer: c.answer(o.id) })),
    related: c.related(id).map((r) => ({ question: shown(r), source: source(r.source) })),
    prev: prev && shown(prev),
    next: next && shown(next),
  });
}

/** The sources as a topic's filter and items name them. */
const sourceNames = (c: Catalogue) => c.sources.map((s) => ({ id: s.id, title: s.title }));

/** The key of /topics/<slug>/: the topic with its concepts and questions, and the sources its filter lists. */
export function topicPageKey(c: Catalogue, slug: string): string {
  return hash({ topic: c.topic(slug), sources: sourceNames(c) });
}

/** Keys of a topic's answers by slug, per catalogue: five routes per topic ask for the same key. */
const answersKeys = new WeakMap<Catalogue, Map<string, string>>();

/**
 * The key of the pages made of a topic and every answer of it: its sheet (/topics/<slug>/sheet/)
 * and its downloads (/topics/<slug>.md and .csv, /decks/<slug>.txt and .json).
 */
export function topicAnswersKey(c: Catalogue, slug: string): string {
  let keys = answersKeys.get(c);
  if (!keys) answersKeys.set(c, (keys = new Map()));
  let key = keys.get(slug);
  if (key === undefined) {
    const topic = c.topic(slug);
    keys.set(slug, (key = hash({ topic, sources: sourceNames(c), answers: topic.questions.map((q) => c.answer(q.id)) })));
  }
  return key;
}
