// A concept's display title, chosen from its members' titles: the clearest plain question.
// A title ranks higher when it
//   1. asks "What is/are X?" (the plainest form), else is a question at all (ends with "?");
//   2. adds less around X: no follow-up ("What is X? How does it work?", "..., and why ..."), no
//      context ("... in LLMs", "... for deployment", "... as regularization");
//   3. names X in fewer words ("What is quantization" before "What is model quantization"), then
//      is shorter;
// and, all else equal, the member first in reading order wins. A maintainer can pin another title
// (content/concepts.yaml, overrides.ts).

export interface TitledMember {
  id: string;
  title: string;
}

const WHAT_IS = /^\s*what\s+(?:is|are)\b/i;
/** A second sentence or an "and how/why" follow-up. */
const FOLLOW_UP = /[?!.;:]\s+\S|,?\s+and\s+(?:how|why|what|when|where|which|should|is|are|does)\b/i;
/** A context around the subject. */
const CONTEXT = /\s(?:in|for|as|with|within)\s/i;
/** Where the subject's own words end. */
const CORE_END = /[?!.;:(,]|\s(?:and|in|for|as|with|within)\s/i;

/** Sort key of a title: smaller is clearer. */
function rank(title: string): number[] {
  const t = title.trim();
  const core = t.slice(0, CORE_END.exec(t)?.index ?? t.length);
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  return [WHAT_IS.test(t) ? 0 : t.endsWith('?') ? 1 : 2, Number(FOLLOW_UP.test(t)) + Number(CONTEXT.test(core === t ? t : t.slice(core.length - 1))), words(core), words(t), t.length];
}

/** Negative when title a is clearer than title b. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}

/** The clearest title among a concept's members, given in reading order. */
export function displayTitle(members: readonly TitledMember[]): string {
  if (!members.length) throw new Error('a concept has at least one member');
  let best = members[0]!;
  for (const m of members.slice(1)) if (compare(rank(m.title), rank(best.title)) < 0) best = m;
  return best.title.trim();
}
