// What a question asks about its subject, beyond what it is: "What is Paged Attention?" and "What
// are the benefits of Paged Attention?" name one subject, but a good answer to one does not answer
// the other. The word library sets these words aside as common ("benefits", "compute"); here they
// become facets, which similarity.ts weighs like terms of the title.
// Asking what a thing is, how it works or why it matters is no facet: that is the plain question.

export type Facet = 'compare' | 'benefits' | 'limits' | 'compute' | 'code' | 'choose' | 'when' | 'alternatives' | 'evaluate' | 'types';

const WORDS: Record<Facet, string> = {
  compare: 'vs versus difference differences differ differs differentiate distinguish distinguishes compare compared comparison contrast relationship connection',
  benefits: 'benefit benefits advantage advantages pros strengths',
  limits: 'limitation limitations disadvantage disadvantages drawback drawbacks challenges cons weaknesses overhead pitfalls',
  compute: 'compute computed computing calculate calculated calculating calculation formula formulation derive derivation',
  code: 'implement implementing implementation code write',
  choose: 'choose choosing pick picking',
  when: '',
  alternatives: 'alternative alternatives',
  evaluate: 'evaluate evaluating evaluation measure measuring',
  types: 'types kinds variants variations',
};

const facetOf = new Map<string, Facet>();
for (const [facet, list] of Object.entries(WORDS) as [Facet, string][]) for (const w of list.split(' ').filter(Boolean)) facetOf.set(w, facet);

/** "when to use", "when should you use", "when would you use each". */
const WHEN_TO_USE = /\bwhen\s+(?:to|should|would|do|does|is|are)\b/i;

/**
 * The facets a piece of a title asks for, in a fixed order, from its text and its words (folded;
 * words that a joined term took are not given: "bias vs variance" is one term, no comparison).
 */
export function facetsOf(text: string, words: readonly string[]): Facet[] {
  const found = new Set<Facet>();
  for (const w of words) {
    const f = facetOf.get(w);
    if (f) found.add(f);
  }
  if (WHEN_TO_USE.test(text)) found.add('when');
  return (Object.keys(WORDS) as Facet[]).filter((f) => found.has(f));
}
