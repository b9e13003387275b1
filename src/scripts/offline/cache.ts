// What this browser keeps for offline use, as the service worker stored it (src/service-worker/
// worker.js): one cache per deploy, named "atlas-<version>".
export interface SiteFile {
  path: string;
  bytes: number;
  hash: string;
}
/** <base>offline.json, written by the build (scripts/build/offline-files.ts). */
export interface OfflineList {
  version: string;
  shell: SiteFile[];
  files: SiteFile[];
  topics: Record<string, number[]>;
}

export const cacheName = (version: string) => `atlas-${version}`;

/** The pathnames of every file kept in the worker's caches. */
export async function cachedPaths(): Promise<Set<string>> {
  const paths = new Set<string>();
  if (!('caches' in self)) return paths;
  for (const name of await caches.keys()) {
    if (!name.startsWith('atlas-')) continue;
    for (const req of await (await caches.open(name)).keys()) paths.add(new URL(req.url).pathname);
  }
  return paths;
}

let probe: { at: number; online: Promise<boolean> } | undefined;
/**
 * Whether the site's server answers (navigator.onLine only knows the network interface). The
 * worker never answers for sw.js, so this asks the server; kept for a few seconds.
 */
export function serverReachable(base: string): Promise<boolean> {
  const now = Date.now();
  if (!probe || now - probe.at > 5000) {
    const online = navigator.onLine
      ? fetch(`${base}sw.js`, { method: 'HEAD', cache: 'no-store' }).then((r) => r.ok, () => false)
      : Promise.resolve(false);
    probe = { at: now, online };
  }
  return probe.online;
}
