// One result per concept: the questions of several sources that ask the same thing share a concept
// (each question's frontmatter `concept`, which its page gives Pagefind as a filter value), and a
// search shows the first of them to rank with "+N other answers" rather than the same question N
// times. Results are grouped as their data arrives, page by page, so a later answer of a concept
// already shown joins its group. A result without a concept is its own group. Pure.
import type { HitData } from './pipeline.ts';

export interface ConceptGroup {
  /** The concept's answer that ranked first: the one the result shows. */
  lead: HitData;
  /** The concept's other answers among the results, in rank order. */
  others: HitData[];
}

/** The concept a result belongs to (its URL when its page names none). */
export const conceptOf = (d: HitData): string => d.filters?.concept?.[0] ?? d.url;

export class ConceptGroups {
  readonly groups: ConceptGroup[] = [];
  #byConcept = new Map<string, ConceptGroup>();

  /** Adds the next result in rank order: the group it opens or joins, and whether it opened it. */
  add(d: HitData): { group: ConceptGroup; opened: boolean } {
    const key = conceptOf(d);
    const known = this.#byConcept.get(key);
    if (known) {
      if (known.lead !== d && !known.others.includes(d)) known.others.push(d);
      return { group: known, opened: false };
    }
    const group: ConceptGroup = { lead: d, others: [] };
    this.#byConcept.set(key, group);
    this.groups.push(group);
    return { group, opened: true };
  }
}
