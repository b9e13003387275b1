// Which filter controls a list of questions gets: a control is shown only when choosing in
// it can change what is listed.
import { difficulties } from './schema';

export type DifficultyOption = (typeof difficulties)[number] | 'unrated';

/**
 * The difficulty values to offer, in order (beginner … advanced, then "not rated"), or none when
 * filtering by difficulty would be pointless: fewer than two distinct values, or nothing rated.
 */
export function difficultyOptions(values: readonly (string | undefined)[]): DifficultyOption[] {
  const present = new Set(values.map((d) => d ?? 'unrated'));
  const options = ([...difficulties, 'unrated'] as const).filter((d) => present.has(d));
  const rated = options.some((d) => d !== 'unrated');
  return options.length >= 2 && rated ? options : [];
}

/** The sources to offer, or none when the list comes from a single source. */
export function sourceOptions<T extends { id: string }>(sources: readonly T[]): T[] {
  return sources.length >= 2 ? [...sources] : [];
}
