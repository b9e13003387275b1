// Every HTML page of the site, as base-prefixed paths. The sitemap lists these, and the
// site checks walk them, so a page that exists is a page that is listed.
import { urls } from './urls';

export function sitePaths(questions: readonly { id: string; source: string; topic: string }[]): string[] {
  const topics = [...new Set(questions.map((q) => q.topic))].sort();
  const sources = [...new Set(questions.map((q) => q.source))];
  return [
    urls.home(),
    urls.topics(),
    ...topics.map((t) => urls.topic(t)),
    urls.sources(),
    ...sources.map((s) => urls.source(s)),
    ...questions.map((q) => urls.question(q.id)),
    urls.search(),
  ];
}
