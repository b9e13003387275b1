// Which filter controls a list of questions gets, and how many questions each choice lists: a
// control is shown only when choosing in it can change what is listed.
import { difficulties } from './schema';
import { difficultyLabels } from './difficulty';

export type DifficultyOption = (typeof difficulties)[number] | 'unrated';

/** A choice in a filter select: its value, its label and how many of the page's questions it lists. */
export interface FilterOption<V extends string = string> {
  value: V;
  label: string;
  count: number;
}

/** "Beginner (12)": the label an option shows. */
export const optionText = (o: FilterOption) => `${o.label} (${o.count})`;

/**
 * The difficulty values to offer, in order (beginner … advanced, then "not rated"), each with
 * its count, or none when filtering by difficulty would be pointless: fewer than two distinct
 * values, or nothing rated.
 */
export function difficultyOptions(values: readonly (string | undefined)[]): FilterOption<DifficultyOption>[] {
  const counts = new Map<string, number>();
  for (const d of values) counts.set(d ?? 'unrated', (counts.get(d ?? 'unrated') ?? 0) + 1);
  const options = ([...difficulties, 'unrated'] as const)
    .filter((d) => counts.has(d))
    .map((d) => ({ value: d, label: difficultyLabels[d], count: counts.get(d)! }));
  const rated = options.some((o) => o.value !== 'unrated');
  return options.length >= 2 && rated ? options : [];
}

/**
 * The sources to offer, in the order given, each with its count of the listed questions (a
 * source with none is left out), or none when the list comes from a single source.
 */
export function sourceOptions(questions: readonly { source: string }[], sources: readonly { id: string; title: string }[]): FilterOption[] {
  const options = sources
    .map((s) => ({ value: s.id, label: s.title, count: questions.filter((q) => q.source === s.id).length }))
    .filter((o) => o.count > 0);
  return options.length >= 2 ? options : [];
}
