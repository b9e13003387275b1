// The sources manifest, as the site sees it.
import manifest from '../../content/sources/sources.json';

export interface SourceInfo {
  id: string;
  title: string;
  file: string;
  format: string;
  origin: string;
  licence?: string;
}

export const sources: SourceInfo[] = manifest.sources;

export function sourceById(id: string): SourceInfo {
  const s = sources.find((x) => x.id === id);
  if (!s) throw new Error(`unknown source "${id}"`);
  return s;
}
