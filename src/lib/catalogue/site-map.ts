// Every HTML page of the site, as base-prefixed paths, in the order the site lists them. The
// sitemap lists these, so a page that exists is a page that is listed.
import { urls } from '../urls';
import type { Catalogue } from './index';

export function sitePaths(c: Pick<Catalogue, 'topics' | 'sources' | 'questions'>): string[] {
  return [
    urls.home(),
    urls.topics(),
    ...c.topics.map((t) => urls.topic(t.slug)),
    urls.sources(),
    ...c.sources.map((s) => urls.source(s.id)),
    ...c.questions.map((q) => urls.question(q.id)),
    urls.search(),
    urls.study(),
  ];
}
