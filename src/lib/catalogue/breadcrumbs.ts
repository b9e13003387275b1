// The trail at the top of a page (Home › Topics › Attention & Transformers). The Breadcrumbs
// component shows it and writes it as JSON-LD from this one value, so the two always agree.
import { urls } from '../urls';
import { absoluteUrl, breadcrumbList } from '../seo';

export interface Crumb {
  name: string;
  /** Site path, with the base. */
  path: string;
}

export interface Trail {
  /** Links to the pages above this one, outermost first. */
  links: Crumb[];
  /**
   * This page: the last item of the structured data, and shown after the links (not as a link)
   * unless `shown` is false because the page's own heading already names it.
   */
  here: Crumb & { shown: boolean };
}

const home = (): Crumb => ({ name: 'Home', path: urls.home() });
const topicsIndex = (): Crumb => ({ name: 'Topics', path: urls.topics() });
const sourcesIndex = (): Crumb => ({ name: 'Sources', path: urls.sources() });
const topicCrumb = (t: { slug: string; name: string }): Crumb => ({ name: t.name, path: urls.topic(t.slug) });

export const trails = {
  topics: (): Trail => ({ links: [home()], here: { ...topicsIndex(), shown: true } }),
  topic: (t: { slug: string; name: string }): Trail => ({ links: [home(), topicsIndex()], here: { ...topicCrumb(t), shown: true } }),
  sources: (): Trail => ({ links: [home()], here: { ...sourcesIndex(), shown: true } }),
  source: (s: { id: string; title: string }): Trail => ({
    links: [home(), sourcesIndex()],
    here: { name: s.title, path: urls.source(s.id), shown: true },
  }),
  /** A topic's study sheet, under the topic. */
  topicSheet: (t: { slug: string; name: string }): Trail => ({
    links: [home(), topicsIndex(), topicCrumb(t)],
    here: { name: 'Study sheet', path: urls.topicSheet(t.slug), shown: true },
  }),
  /** /questions/, the page a trimmed question URL lands on. */
  questions: (): Trail => ({ links: [home()], here: { name: 'Questions', path: urls.questions(), shown: true } }),
  /** A question, under its topic; its title is the page's h1, so the trail ends with the topic. */
  question: (q: { id: string; title: string }, t: { slug: string; name: string }): Trail => ({
    links: [home(), topicsIndex(), topicCrumb(t)],
    here: { name: q.title, path: urls.question(q.id), shown: false },
  }),
};

/** The trail as a schema.org BreadcrumbList, with absolute URLs on `site`. */
export function trailData(trail: Trail, site: URL | string | undefined) {
  return breadcrumbList([...trail.links, trail.here].map((c) => ({ name: c.name, url: absoluteUrl(site, c.path) })));
}
