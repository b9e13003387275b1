// Which filter controls a list gets, and how many of its entries each choice lists: a control
// is shown only when choosing in it can change what is listed. An entry is a question (source
// pages) or a concept with its questions (topic pages); see filter-match.ts.
import { difficulties } from './schema';
import { difficultyLabels, difficultyValue } from './difficulty';
import { optionCounts, type Facet, type FilterEntry } from './filter-match';

export type DifficultyOption = (typeof difficulties)[number] | 'unrated';

/** A choice in a filter select: its value, its label and how many of the page's entries it lists. */
export interface FilterOption<V extends string = string> {
  value: V;
  label: string;
  count: number;
}

/** "Beginner (12)": the label an option shows. */
export const optionText = (o: FilterOption) => `${o.label} (${o.count})`;

/** The facets of a list's questions, for one entry. */
export const facetsOf = (questions: readonly { source: string; difficulty?: string }[]): Facet[] =>
  questions.map((q) => ({ source: q.source, difficulty: difficultyValue(q.difficulty) }));

const unfiltered = (entries: readonly (readonly Facet[])[]): FilterEntry[] => entries.map((facets) => ({ facets, learned: false }));
const ANY = { difficulty: '', source: '', hideLearned: false };

/**
 * The difficulty values to offer, in order (beginner … advanced, then "not rated"), each with
 * how many entries it lists, or none when filtering by difficulty would be pointless: fewer than
 * two distinct values, or nothing rated.
 */
export function difficultyOptions(entries: readonly (readonly Facet[])[]): FilterOption<DifficultyOption>[] {
  const present = new Set(entries.flatMap((e) => e.map((f) => f.difficulty)));
  const values = ([...difficulties, 'unrated'] as const).filter((d) => present.has(d));
  const counts = optionCounts(unfiltered(entries), ANY, 'difficulty', values);
  const options = values.map((d) => ({ value: d, label: difficultyLabels[d], count: counts.get(d)! }));
  const rated = options.some((o) => o.value !== 'unrated');
  return options.length >= 2 && rated ? options : [];
}

/**
 * The sources to offer, in the order given, each with how many entries it lists (a source with
 * none is left out), or none when the list comes from a single source.
 */
export function sourceOptions(entries: readonly (readonly Facet[])[], sources: readonly { id: string; title: string }[]): FilterOption[] {
  const counts = optionCounts(unfiltered(entries), ANY, 'source', sources.map((s) => s.id));
  const options = sources.map((s) => ({ value: s.id, label: s.title, count: counts.get(s.id)! })).filter((o) => o.count > 0);
  return options.length >= 2 ? options : [];
}
