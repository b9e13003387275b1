// URLs inside the site, always with the configured base (import.meta.env.BASE_URL).
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `path` ("questions/x/y/" or "/questions/x/y/") under the site's base. */
export function withBase(path: string): string {
  return BASE + path.replace(/^\/+/, '');
}

export const urls = {
  home: () => withBase(''),
  questions: () => withBase('questions/'),
  question: (id: string) => withBase(`questions/${id}/`),
  topics: () => withBase('topics/'),
  topic: (slug: string) => withBase(`topics/${slug}/`),
  sources: () => withBase('sources/'),
  source: (sourceId: string) => withBase(`sources/${sourceId}/`),
  search: (q?: string) => withBase(q ? `search/?q=${encodeURIComponent(q)}` : 'search/'),
  study: () => withBase('study/'),
  saved: () => withBase('saved/'),
  practice: () => withBase('practice/'),
  studyIndex: () => withBase('study-index.json'),
  /** Anki decks (text import files): one per topic, and the whole site. */
  deck: (topic?: string) => withBase(`decks/${topic ?? 'all'}.txt`),
  /** The notes of a topic's deck, for decks made in the browser (src/lib/export/notes.ts). */
  deckNotes: (topic: string) => withBase(`decks/${topic}.json`),
  topicCsv: (slug: string) => withBase(`topics/${slug}.csv`),
  topicMarkdown: (slug: string) => withBase(`topics/${slug}.md`),
  /** A topic's printable study sheet, and the saved list's. */
  topicSheet: (slug: string) => withBase(`topics/${slug}/sheet/`),
  savedSheet: () => withBase('saved/sheet/'),
};
