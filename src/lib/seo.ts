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

/** A QAPage with one question and its accepted answer (the answer text, plain). */
export function qaPage(q: { name: string; url: string; answer: string; source: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    mainEntity: {
      '@type': 'Question',
      name: q.name,
      text: q.name,
      answerCount: 1,
      url: q.url,
      acceptedAnswer: { '@type': 'Answer', text: q.answer, url: q.url, author: { '@type': 'Organization', name: q.source } },
      author: { '@type': 'Organization', name: q.source },
    },
  };
}

/** JSON for a <script type="application/ld+json"> block: `<` escaped so text can never close the tag. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
