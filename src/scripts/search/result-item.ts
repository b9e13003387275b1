// One search result as a list item: its title, topic · source · difficulty, and an excerpt of
// the answer with the matched words marked; the link carries the query so the opened question
// highlights it, and the item its question id so study marks find it. A concept answered in
// several sources shows its first answer, and "+N other answers" opens the others.
import type { ConceptGroup } from '../../lib/search/concepts';
import { MARK_CLOSE, MARK_OPEN, answerExcerpt, hasTex, readableTex } from '../../lib/search/excerpt';
import type { HitData } from '../../lib/search/pipeline';
import { withHighlight } from '../../lib/search/state';

/** Words in a result's excerpt. */
const EXCERPT_WORDS = 22;

/** The question id ("<source>/<slug>") of a result URL under the site's base, if it is a question page. */
export function questionIdOf(url: string, base: string): string | undefined {
  const path = new URL(url, 'http://x').pathname;
  const rest = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return /^questions\/([^/]+\/[^/]+)\/?$/.exec(rest)?.[1];
}

/** An excerpt (text with MARK_OPEN/MARK_CLOSE around hits) as text nodes and <mark>s, formulas made readable. */
function excerptNodes(marked: string): Node[] {
  const text = hasTex(marked) ? readableTex(marked) : marked;
  const out: Node[] = [];
  for (const [i, part] of text.split(new RegExp(`[${MARK_OPEN}${MARK_CLOSE}]`)).entries()) {
    if (!part) continue;
    if (i % 2) {
      const m = document.createElement('mark');
      m.textContent = part;
      out.push(m);
    } else out.push(document.createTextNode(part));
  }
  return out;
}

function span(className: string, ...content: (Node | string)[]): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  s.append(...content);
  return s;
}

/** The list item of a concept's result found for `query`; `base` is the site's base path. */
export function resultItem(group: ConceptGroup, query: string, base: string): HTMLLIElement {
  const d = group.lead;
  const li = document.createElement('li');
  const id = questionIdOf(d.url, base);
  // Marked as learned or saved like every list (scripts/study/marks.ts). Inside the search panel:
  // a page's own list filter counts only its own list (scripts/question-filter.ts).
  if (id) li.dataset.question = id;
  const a = document.createElement('a');
  a.href = withHighlight(d.url, query);
  a.append(
    span('result-title', d.meta.title ?? d.url),
    span('result-meta', [d.meta.topic, d.meta.source, d.meta.difficulty].filter(Boolean).join(' · ')),
    span('result-excerpt', ...excerptNodes(answerExcerpt(d.content, d.meta.title ?? '', d.locations, EXCERPT_WORDS))),
  );
  li.append(a);
  showOthers(li, group, query, base);
  return li;
}

/**
 * The "+N other answers" of a result's item, brought up to date with its group (a later page of
 * results may add to it): a disclosure listing each other answer's title and source. The item's
 * data-members name every answer it stands for: the concept is marked learned or saved when any
 * of them is, as on topic pages.
 */
export function showOthers(li: HTMLLIElement, group: ConceptGroup, query: string, base: string): void {
  const n = group.others.length;
  const members = [group.lead, ...group.others].map((d) => questionIdOf(d.url, base)).filter((id) => id !== undefined);
  if (members.length > 1) li.dataset.members = members.join(' ');
  else delete li.dataset.members;
  let details = li.querySelector<HTMLDetailsElement>(':scope > details.result-others');
  if (!n) return details?.remove();
  if (!details) {
    details = document.createElement('details');
    details.className = 'result-others';
    details.append(document.createElement('summary'), span('result-others-list'));
    li.append(details);
  }
  details.querySelector('summary')!.textContent = `+${n} other answer${n === 1 ? '' : 's'}`;
  const links = group.others.map((o) => {
    const a = document.createElement('a');
    a.href = withHighlight(o.url, query);
    a.append(o.meta.title ?? o.url, span('result-meta', ` · ${o.meta.source ?? ''}`));
    return a;
  });
  details.querySelector('.result-others-list')!.replaceChildren(...links);
}
