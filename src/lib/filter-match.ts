// What a list's filters show, shared by the build (each option's first count) and the topic and
// source pages' <question-filter> (counts that follow the other choices). An entry of a list
// stands for one question (a source page) or for a concept's questions (a topic page): it matches
// a choice of difficulty and source when one of its questions has both. No dependencies, so the
// page's script stays small.

/** One question an entry stands for: its source and difficulty ("unrated" when it has none). */
export interface Facet {
  source: string;
  difficulty: string;
}

export interface FilterEntry {
  facets: readonly Facet[];
  /** Learned in this browser (any of its questions, for a concept). */
  learned: boolean;
}

/** What the controls ask for; an empty value is "any". */
export interface FilterChoice {
  difficulty: string;
  source: string;
  hideLearned: boolean;
}

/** Whether the entry is listed under this choice. */
export function isShown(e: FilterEntry, c: FilterChoice): boolean {
  if (c.hideLearned && e.learned) return false;
  return e.facets.some((f) => (!c.difficulty || f.difficulty === c.difficulty) && (!c.source || f.source === c.source));
}

/**
 * How many entries each value of one control would list, the other controls as chosen: the
 * counts a control's options show, so choosing in one control updates the others' counts.
 */
export function optionCounts(entries: readonly FilterEntry[], choice: FilterChoice, control: 'difficulty' | 'source', values: readonly string[]): Map<string, number> {
  return new Map(values.map((v) => [v, entries.filter((e) => isShown(e, { ...choice, [control]: v })).length]));
}

/** An entry's facets as a page writes them in `data-facets`: "source:difficulty" per question, space-separated. */
export const facetsAttr = (facets: readonly Facet[]) => [...new Set(facets.map((f) => `${f.source}:${f.difficulty}`))].join(' ');

export function parseFacets(attr: string): Facet[] {
  return attr
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const i = pair.lastIndexOf(':');
      return { source: pair.slice(0, i), difficulty: pair.slice(i + 1) };
    });
}
