// What the study hub shows and starts, from the question index and the study state: how many
// cards (one per concept, as practice deals them) are due and new, concepts learned, questions
// saved (only questions still on the site), the same per topic and per source, the topic to learn new cards in next, and the practice sessions to start
// in one tap ("Review N due", "Learn N new in <topic>", "Saved (N)") as /practice/ queries with
// `start` (the practice page starts them without asking). Pure, so it is tested without a browser.
import { byConcept, countLearnedConcepts } from './concepts';
import { practiceCards, selectQuestions, type PracticeFilter } from './select';
import type { StudyState } from './state';
import type { IndexQuestion, StudyIndex } from './study-index';

export interface Tally {
  due: number;
  new: number;
  learned: number;
  saved: number;
  total: number;
}
export interface Group extends Tally {
  kind: 'topic' | 'source';
  /** Topic slug or source id. */
  id: string;
  name: string;
}
export interface Hub {
  all: Tally;
  topics: Group[];
  sources: Group[];
  /** The topic to learn new cards in: the one last studied that has new cards left, or the first that has. */
  learnIn?: Group;
}

/** Session sizes the practice form offers. */
export const SESSION_SIZES = [5, 10, 20, 50] as const;
/** New cards per "Learn N new" session (Anki's default is 20 a day; 10 keeps a session short). */
export const NEW_PER_SESSION = 10;

const tally = (): Tally => ({ due: 0, new: 0, learned: 0, saved: 0, total: 0 });

/** The topic of the question studied last: the last page visited, or else the card reviewed last. */
function lastTopic(ix: StudyIndex, s: StudyState, byId: Map<string, IndexQuestion>): string | undefined {
  const reviewed = Object.entries(s.cards).reduce<[string, number] | undefined>((a, [id, c]) => (byId.has(id) && (!a || c.at > a[1]) ? [id, c.at] : a), undefined);
  const visited = s.last && byId.has(s.last.id) ? s.last : undefined;
  const id = visited && (!reviewed || visited.at >= reviewed[1]) ? visited.id : reviewed?.[0];
  return id ? byId.get(id)!.topic : undefined;
}

/**
 * The tally of a scope, in cards as practice deals them (one per concept, select.ts), so "Review 7
 * due" starts a session of 7: due and new cards, concepts learned (through any question) of all its
 * concepts; saved counts questions, as the saved list does.
 */
function tallyOf(ix: StudyIndex, s: StudyState, now: number, scope: PracticeFilter): Tally {
  const cards = (only: PracticeFilter['only']) => practiceCards(ix.questions, { ...scope, only }, s, now).length;
  const inScope = selectQuestions(ix.questions, scope, s, now);
  return {
    due: cards('due'),
    new: cards('new'),
    learned: countLearnedConcepts(s.learned, ix.questions, { ...(scope.topics && { topic: scope.topics[0] }), ...(scope.sources && { source: scope.sources[0] }) }),
    saved: inScope.filter((q) => q.id in s.saved).length,
    total: byConcept(inScope).length,
  };
}

export function hubCounts(ix: StudyIndex, s: StudyState, now: number): Hub {
  const byId = new Map(ix.questions.map((q) => [q.id, q]));
  const groups = (kind: Group['kind'], names: Record<string, string>, scope: (id: string) => PracticeFilter) =>
    Object.entries(names)
      .map(([id, name]): Group => ({ kind, id, name, ...tallyOf(ix, s, now, scope(id)) }))
      .filter((g) => g.total > 0);
  const hub: Hub = {
    all: tallyOf(ix, s, now, {}),
    topics: groups('topic', ix.topics, (id) => ({ topics: [id] })),
    sources: groups('source', ix.sources, (id) => ({ sources: [id] })),
  };
  const last = lastTopic(ix, s, byId);
  const learnIn = hub.topics.find((t) => t.id === last && t.new > 0) ?? hub.topics.find((t) => t.new > 0);
  if (learnIn) hub.learnIn = learnIn;
  return hub;
}

/** The smallest session size that holds `n` cards (the largest when none does). */
export function sessionSize(n: number): number {
  return SESSION_SIZES.find((size) => size >= n) ?? SESSION_SIZES.at(-1)!;
}

export interface Start {
  label: string;
  /** The practice page's query, "?only=due&limit=5&start". */
  query: string;
}

/** The practice query of a session: which cards, in which topic or source, how many, started at once. */
function query(only: string, limit: number, within?: Group): string {
  const p = new URLSearchParams({ only });
  if (within) p.set(within.kind, within.id);
  p.set('limit', String(limit));
  return `?${p}&start`;
}

/** "Review 7 due" (every due card up to the largest session: "Review 50 of 73 due" beyond it), overall or within a group. */
export function reviewStart(due: number, within?: Group): Start | undefined {
  if (!due) return undefined;
  const size = sessionSize(due);
  return { label: due > size ? `Review ${size} of ${due} due` : `Review ${due} due`, query: query('due', size, within) };
}

/** "Learn 10 new in Attention & Transformers" (`named`: with the group's name). */
export function learnStart(g: Group | undefined, named = true): Start | undefined {
  if (!g?.new) return undefined;
  const n = Math.min(NEW_PER_SESSION, g.new);
  return { label: `Learn ${n} new${named ? ` in ${g.name}` : ''}`, query: query('new', sessionSize(n), g) };
}

/** "Saved (4)": every saved question, in sessions of up to 50. */
export function savedStart(saved: number): Start | undefined {
  if (!saved) return undefined;
  return { label: `Saved (${saved})`, query: query('saved', sessionSize(saved)) };
}
