// Reads where the site is hosted from the environment. Shared by astro.config.mjs,
// the static server and the browser tests, so all three agree on the base path.
export interface SiteConfig {
  /** Absolute origin used for canonical URLs, e.g. https://example.org */
  site: string;
  /** Sub-path the site lives under, with leading and trailing slash ("/" at the root). */
  base: string;
}

export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
  const site = (env.ATLAS_SITE ?? 'http://localhost:4321').replace(/\/+$/, '');
  return { site, base: normalizeBase(env.ATLAS_BASE) };
}
