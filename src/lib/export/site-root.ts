// The absolute address of the site's root (origin and base, ending in "/"): exported files
// (decks, CSV, Markdown) leave the site, so their links must be absolute.
export const siteRoot = (site: URL | undefined) => new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), site ?? 'http://localhost:4321').href;
