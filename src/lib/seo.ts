// Structured data and canonical URLs for search engines and link previews.

export interface Crumb {
  name: string;
  url: string;
}

/** Absolute URL of a site path (which already includes the base). */
export function absoluteUrl(site: URL | string | undefined, path: string): string {
  return new URL(path, site ?? 'http://localhost:4321').href;
}

export function breadcrumbList(crumbs: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/**
 * A FAQPage with one question and its answer (plain text). Not a QAPage: Google reserves that
 * for pages where users post answers; ours carry one answer from a named source.
 */
export function faqPage(q: { name: string; url: string; answer: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: q.url,
    mainEntity: [{ '@type': 'Question', name: q.name, acceptedAnswer: { '@type': 'Answer', text: q.answer } }],
  };
}

/** JSON for a <script type="application/ld+json"> block: `<` escaped so text can never close the tag. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
