// html-validate configuration, used by `npm run check:site` on every built page (scripts/check/site.ts
// imports it; html-validate's own CLI finds it too). JavaScript rather than JSON so that every rule
// turned off or narrowed says why, right here.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Off. A question page's title is the question itself ("<question> · <topic> · ML Interview
    // Atlas"), which is often longer than 70 characters; cutting it would lose what a bookmark, a
    // browser tab or a search result needs to show.
    'long-title': 'off',

    // Narrowed, not off: inline styles stay an error except the two things Shiki writes on code
    // blocks: CSS custom properties (`--shiki-light` / `--shiki-dark` token colours, both themes in
    // one page; html-validate allows variables by default) and `overflow-x: auto` on <pre>.
    'no-inline-style': ['error', { allowVariables: true, allowedProperties: ['overflow-x'] }],

    // wcag/h32 (a form needs a submit button) stays on. The only form without one, the topic page's
    // filter, which applies each choice at once (no change of context) and is shown only with
    // JavaScript, turns it off for itself alone with an inline directive in
    // src/components/QuestionFilter.astro.
  },
};
