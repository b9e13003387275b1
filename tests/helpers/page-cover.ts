// Which pages an accessibility sweep must load to see every kind of element the site shows.
// Question pages share one template and differ in their answers: what axe can find on one of them
// comes from the kinds of element it has (a table, a labelled block, a code token's colour, a
// formula, other answers, an empty answer), not from the words. So the sweep checks every page
// that is not a question page, and of the question pages a smallest set (greedy set cover) that
// holds every kind of element of them all, told apart by tag, classes, role, the data-* attributes
// present and inline style (Shiki's token colours). What differs by content alone (ids, anchors,
// HTML validity, links) is checked on every page by check:site.

/** The kinds of element of an HTML page, as strings. */
export function elementKinds(html: string): Set<string> {
  const kinds = new Set<string>();
  const body = html.slice(Math.max(0, html.indexOf('<body')));
  for (const m of body.matchAll(/<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const tag = m[1]!.toLowerCase();
    const attrs = m[2] ?? '';
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
    const classes = (attr('class') ?? '').split(/\s+/).filter(Boolean).sort().join('.');
    const data = [...attrs.matchAll(/\s(data-[\w-]+)/g)].map((d) => d[1]).sort().join(',');
    const role = attr('role');
    kinds.add(`${tag}${classes ? `.${classes}` : ''}${role ? `[role=${role}]` : ''}${data ? `[${data}]` : ''}`);
    const style = attr('style');
    if (style) kinds.add(`${tag}[style=${style}]`);
  }
  return kinds;
}

/**
 * A small set of pages that together hold every kind of element of all `pages` (greedy set
 * cover: the page adding most kinds not yet held, ties to the earlier page), in the pages' order.
 */
export function coveringPages<T>(pages: readonly T[], kindsOf: (page: T) => Set<string>): T[] {
  const kinds = pages.map(kindsOf);
  const held = new Set<string>();
  const chosen = new Set<number>();
  for (;;) {
    let best = -1;
    let bestGain = 0;
    kinds.forEach((k, i) => {
      if (chosen.has(i)) return;
      let gain = 0;
      for (const kind of k) if (!held.has(kind)) gain++;
      if (gain > bestGain) [best, bestGain] = [i, gain];
    });
    if (best < 0) break;
    chosen.add(best);
    for (const kind of kinds[best]!) held.add(kind);
  }
  return pages.filter((_, i) => chosen.has(i));
}
