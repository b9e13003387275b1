// A small search index that answers as Pagefind does, for testing the search pipeline without
// a browser: a query word matches every word that starts with it; a word no indexed word starts
// with falls back to its longest start that some indexed word has (Pagefind/pagefind#315, why
// "xyzzyqq" found every "x" in Pagefind 1.5), or, with `fallback: false`, matches nothing (as
// Pagefind 1.6 answers "xyzzyqq"); a "quoted phrase" matches exactly; the title's other wordings
// (`alt` metadata) are searched as the title is; results come most matches first (their score),
// or shortest title first.
import type { Hit, HitData, SearchIndex } from '../../../src/lib/search/pipeline';

export interface FakeDoc {
  id: string;
  title: string;
  text: string;
  /** Filter values (slugs), as the pages give Pagefind. */
  topic?: string;
  source?: string;
  difficulty?: string;
  /** The title's other wordings, as the page's `alt` metadata ("What is GQA? | ..."). */
  alt?: string;
  /** The concept id, as the page's `concept` filter value. */
  concept?: string;
}

const fold = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export class FakeIndex implements SearchIndex {
  readonly docs: FakeDoc[];
  /** How many searches were made. */
  searches = 0;

  readonly fallback: boolean;

  constructor(docs: FakeDoc[], { fallback = true } = {}) {
    this.docs = docs;
    this.fallback = fallback;
  }

  async search(query: string | null, filters: Record<string, string>, order: 'relevance' | 'title-length' = 'relevance'): Promise<Hit[]> {
    this.searches++;
    const docs = this.docs.filter((d) => Object.entries(filters).every(([k, v]) => d[k as 'topic' | 'source' | 'difficulty'] === v));
    const vocabulary = new Set(this.docs.flatMap((d) => words(d).map(fold)));
    const found: { doc: FakeDoc; locations: number[]; inTitle: boolean }[] = [];
    for (const doc of docs) {
      const ws = words(doc).map(fold);
      const titleWords = doc.title.split(/\s+/).length;
      const altFrom = ws.length - (doc.alt ? doc.alt.split(/\s+/).length : 0);
      const inTitle = (l: number) => l < titleWords || l >= altFrom;
      let locations: number[] = [];
      if (query === null) found.push({ doc, locations, inTitle: false });
      else if (/^".+"$/.test(query)) {
        const phrase = query.slice(1, -1).split(/\s+/).map(fold);
        const at = ws.findIndex((_, i) => phrase.every((p, j) => ws[i + j] === p));
        if (at >= 0) found.push({ doc, locations: phrase.map((_, j) => at + j), inTitle: inTitle(at) });
      } else {
        const terms = query.split(/\s+/).filter(Boolean).map(fold);
        const hits = terms.map((t) => {
          let prefix = t;
          while (prefix && ![...vocabulary].some((v) => v.startsWith(prefix))) prefix = this.fallback ? prefix.slice(0, -1) : '';
          return prefix ? ws.flatMap((w, i) => (w.startsWith(prefix) ? [i] : [])) : [];
        });
        if (hits.every((h) => h.length)) {
          locations = hits.flat().sort((a, b) => a - b);
          found.push({ doc, locations, inTitle: locations.some(inTitle) });
        }
      }
    }
    if (order === 'title-length') found.sort((a, b) => a.doc.title.length - b.doc.title.length);
    else found.sort((a, b) => b.locations.length - a.locations.length);
    return found.map(({ doc, locations, inTitle }) => ({
      id: doc.id,
      score: locations.length,
      inTitle,
      data: async (): Promise<HitData> => ({
        url: `/questions/${doc.id}/`,
        meta: { title: doc.title, topic: doc.topic, source: doc.source, difficulty: doc.difficulty, ...(doc.alt ? { alt: doc.alt } : {}) },
        ...(doc.concept ? { filters: { concept: [doc.concept] } } : {}),
        content: `${doc.title} ${doc.text}`,
        locations,
      }),
    }));
  }
}

/** A document's indexed words: its title, then its text, then its metadata's other wordings. */
const words = (d: FakeDoc) => `${d.title} ${d.text} ${d.alt ?? ''}`.split(/\s+/).filter(Boolean);
