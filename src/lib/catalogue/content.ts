// The catalogue of this build, from Astro's question collection. The only module that reads
// astro:content: how the collection is loaded and rendered can change here alone.
import { getCollection, getEntry, render } from 'astro:content';
import { topics } from '../topics';
import { sources } from '../sources';
import { buildCatalogue, type Catalogue } from './index';

let cached: Promise<Catalogue> | undefined;

/** The catalogue, built once per build. */
export function catalogue(): Promise<Catalogue> {
  cached ??= getCollection('questions').then((entries) => buildCatalogue({ questions: entries, topics, sources }));
  return cached;
}

/** The rendered answer of a question, as a component (`<Content />`). */
export async function renderAnswer(id: string) {
  const entry = await getEntry('questions', id);
  if (!entry) throw new Error(`unknown question "${id}"`);
  return render(entry);
}
