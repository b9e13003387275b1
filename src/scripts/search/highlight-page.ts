// On a question opened from search (?highlight=kv+cache), marks the searched words in the title
// and answer and scrolls to the first. Every question page loads this; the marking code
// (mark-hits.ts) loads only on a question opened from search.
const terms = (new URL(location.href).searchParams.get('highlight') ?? '').split(/\s+/).filter(Boolean);
if (terms.length) void import('./mark-hits').then((m) => m.markHits(terms));
