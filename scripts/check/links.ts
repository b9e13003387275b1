// Resolves the links of a built page to files of the built folder, the way a static host
// serves them (dir/ -> dir/index.html), and finds the ones that point at nothing.
import type { El } from './html.ts';

/** An origin no link of the site uses: links are resolved against it to tell internal from external. */
const ORIGIN = 'http://atlas.check.invalid';

export interface LinkRef {
  attr: string;
  url: string;
  line: number;
}

/** URL-valued attributes that make the browser fetch or navigate. */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};

export function linksOf(els: El[]): LinkRef[] {
  const out: LinkRef[] = [];
  for (const e of els) {
    for (const attr of URL_ATTRS[e.tag] ?? []) {
      const url = e.attrs.get(attr);
      if (url !== undefined) out.push({ attr: `<${e.tag} ${attr}>`, url, line: e.line });
    }
  }
  return out;
}

/** The URL path a built file is served at: dist/a/b/index.html -> /base/a/b/ */
export function pageUrlPath(relFile: string, base: string): string {
  const rel = relFile.split(/[\\/]/).join('/');
  if (rel === 'index.html') return base;
  if (rel.endsWith('/index.html')) return base + rel.slice(0, -'index.html'.length);
  return base + rel;
}

export type Resolved =
  | { kind: 'external' }
  | { kind: 'unsafe'; reason: string }
  | { kind: 'outside-base'; path: string }
  | { kind: 'internal'; file: string; fragment: string };

/**
 * Resolves `url` as found on the page served at `pagePath`. `file` is relative to the built
 * folder, possibly a directory (the caller looks for its index.html); `fragment` is decoded.
 */
export function resolveLink(url: string, pagePath: string, base: string): Resolved {
  const trimmed = url.trim();
  if (/^javascript:/i.test(trimmed.replace(/[\s\u0000-\u001f]/g, ''))) return { kind: 'unsafe', reason: 'javascript: URL' };
  let u: URL;
  try {
    u = new URL(trimmed, ORIGIN + pagePath);
  } catch {
    return { kind: 'unsafe', reason: 'not a valid URL' };
  }
  if (u.origin !== ORIGIN) return { kind: 'external' };
  let path: string;
  let fragment: string;
  try {
    path = decodeURIComponent(u.pathname);
    fragment = decodeURIComponent(u.hash.slice(1));
  } catch {
    return { kind: 'unsafe', reason: 'bad percent-encoding' };
  }
  if (!path.startsWith(base)) return { kind: 'outside-base', path };
  return { kind: 'internal', file: path.slice(base.length), fragment };
}
