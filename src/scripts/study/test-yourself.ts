// Test-yourself mode: settings.testYourself in the study state, mirrored on the root element as
// data-test-yourself, which CSS reads (study.css):
//   "hidden": every answer (.answer, [data-answer]) is hidden, "Show answer" is offered;
//   "shown":  this page's answers were revealed, the grades are offered;
//   absent:   the mode is off.
// public/theme.js sets "hidden" before the first paint when the stored state says the mode is on
// (it looks for `"testYourself":true` as JSON.stringify writes it: no parse before the paint),
// and drops it once the page has loaded if no <answer-reveal> was defined (a script failed, or the
// page has none), so an answer is never left hidden without a way to show it. This module keeps
// the attribute in step with the state, as changed on this page or in another tab (storage
// events, through store.ts). <test-yourself-toggle> turns the mode on and off.
import { setSettings } from '../../lib/study/state';
import { setState, watch } from './store';

const root = document.documentElement;
type Listener = (on: boolean) => void;
const listeners = new Set<Listener>();
let mode: boolean | undefined;

/** Called with the mode now and whenever it is turned on or off (here or in another tab). */
export function onMode(l: Listener) {
  listeners.add(l);
  if (mode !== undefined) l(mode);
}

/** Shows this page's answers (the mode stays on for the next page). */
export function showAnswers() {
  if (root.dataset.testYourself) root.dataset.testYourself = 'shown';
}

watch((s) => {
  const on = s.settings.testYourself;
  if (on === mode) return;
  mode = on;
  // Turned on (or found on): answers hidden again; off: shown.
  if (on) root.dataset.testYourself = 'hidden';
  else delete root.dataset.testYourself;
  for (const l of listeners) l(on);
});

class TestYourselfToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    button.onclick = () => void setState((s) => setSettings(s, { testYourself: button.getAttribute('aria-pressed') !== 'true' }));
    onMode((on) => button.setAttribute('aria-pressed', String(on)));
    this.hidden = false;
  }
}
customElements.define('test-yourself-toggle', TestYourselfToggle);
