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

/**
 * The build's tag, set by scripts/build.ts from what the site is built from (ATLAS_BUILD_TAG):
 * Pagefind's metaCacheTag. Undefined outside a full build (astro dev), where Pagefind then asks
 * for its entry file afresh on every visit.
 */
export function buildTag(env: Record<string, string | undefined>): string | undefined {
  return env.ATLAS_BUILD_TAG || undefined;
}
