// <practice-session>: choose questions, then one card at a time: reveal the answer (taken from
// the question's own page, our build output), answer "knew it" or "not yet"; Leitner boxes
// (src/lib/study/leitner.ts) decide the order and are kept in the study state. The running
// session is kept in sessionStorage, so a reload of the same page resumes it.
// data-state on the element says what the keys act on (setup, question, answer, done), set once
// the screen is ready: tests wait for it before pressing keys.
import { answer, current, isDone, progress, startSession, summaryText, type Session } from '../../lib/study/leitner';
import { difficultyLabels } from '../../lib/difficulty';
import { repairTopics } from '../../lib/study/state';
import { selectQuestions, type IndexQuestion, type PracticeFilter, type StudyIndex } from '../../lib/study/study-index';
import { urls } from '../../lib/urls';
import { controlsFromUrl } from '../form-url';
import { loadIndex } from './index-client';
import { loadState, setState } from './store';

const answers = new Map<string, Promise<Node[]>>();

/** The running session, per tab. */
const RESUME_KEY = 'atlas:practice';
interface Running {
  v: 1;
  /** The page's query (?only=saved…): another query is another choice, not this session. */
  search: string;
  ids: string[];
  limit: number;
  session: Session;
  revealed: boolean;
}

function readRunning(): Running | undefined {
  try {
    const r = JSON.parse(sessionStorage.getItem(RESUME_KEY) ?? 'null') as Running | null;
    const s = r?.session;
    if (r?.v !== 1 || r.search !== location.search || !Array.isArray(r.ids) || !s || !Array.isArray(s.queue) || !s.queue.length) return undefined;
    if (!Array.isArray(s.known) || typeof s.missed !== 'number' || typeof s.misses !== 'object' || !s.misses || typeof s.boxes !== 'object' || !s.boxes) return undefined;
    return r;
  } catch {
    return undefined;
  }
}

function storeRunning(r: Omit<Running, 'v' | 'search'> | undefined) {
  try {
    if (r) sessionStorage.setItem(RESUME_KEY, JSON.stringify({ v: 1, search: location.search, ...r }));
    else sessionStorage.removeItem(RESUME_KEY);
  } catch {
    /* no sessionStorage: the session just does not survive a reload */
  }
}

/** The answer of a question: the `.answer` element of its built page, same origin. */
function fetchAnswer(id: string): Promise<Node[]> {
  let p = answers.get(id);
  if (!p) {
    p = fetch(urls.question(id)).then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
      const el = doc.querySelector('.answer');
      if (!el) throw new Error('no answer on the page');
      return [...el.childNodes].map((n) => document.importNode(n, true));
    });
    p.catch(() => answers.delete(id));
    answers.set(id, p);
  }
  return p;
}

class PracticeSession extends HTMLElement {
  #index?: StudyIndex;
  #byId = new Map<string, IndexQuestion>();
  #session?: Session;
  #ids: string[] = [];
  #limit = 20;
  #revealed = false;

  $<T extends HTMLElement = HTMLElement>(sel: string) {
    return this.querySelector<T>(sel)!;
  }

  set state(v: 'setup' | 'question' | 'answer' | 'done') {
    this.dataset.state = v;
  }

  connectedCallback() {
    const form = this.$<HTMLFormElement>('form');
    this.preset(form);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.start(form);
    });
    this.addEventListener('click', (e) => {
      const act = (e.target as Element).closest<HTMLElement>('[data-act]')?.dataset.act;
      if (act) this.act(act);
    });
    document.addEventListener('keydown', (e) => this.key(e));
    const running = readRunning();
    if (running) {
      form.hidden = true;
      void this.resume(running);
    } else this.state = 'setup';
    this.hidden = false;
  }

  async resume(r: Running) {
    try {
      this.#index ??= await loadIndex();
    } catch {
      this.$('form').hidden = false;
      this.state = 'setup';
      return;
    }
    this.#byId = new Map(this.#index.questions.map((q) => [q.id, q]));
    // A question removed since (a new build) ends the old session.
    if (!r.session.queue.every((id) => this.#byId.has(id))) {
      storeRunning(undefined);
      this.$('form').hidden = false;
      this.state = 'setup';
      return;
    }
    this.#ids = r.ids;
    this.#limit = r.limit;
    this.#session = r.session;
    this.$('.practice-card').hidden = false;
    this.show();
    if (r.revealed) void this.reveal();
  }

  save() {
    const s = this.#session;
    storeRunning(s && !isDone(s) ? { ids: this.#ids, limit: this.#limit, session: s, revealed: this.#revealed } : undefined);
  }

  /** ?only=saved&topic=a&topic=b&source=x&difficulty=advanced preselects the form. */
  preset(form: HTMLFormElement) {
    controlsFromUrl(form, ['only', 'topic', 'source', 'difficulty']);
  }

  async start(form: HTMLFormElement) {
    const status = this.$('.practice-setup-status');
    const data = new FormData(form);
    const filter: PracticeFilter = {
      topics: data.getAll('topic') as string[],
      sources: data.getAll('source') as string[],
      difficulty: (data.get('difficulty') as string) || '',
      only: (data.get('only') as PracticeFilter['only']) ?? 'all',
    };
    this.#limit = Number(data.get('limit')) || 20;
    try {
      status.textContent = 'Loading questions…';
      this.#index ??= await loadIndex();
    } catch {
      status.textContent = 'The list of questions could not be loaded. Check your connection and try again.';
      return;
    }
    this.#byId = new Map(this.#index.questions.map((q) => [q.id, q]));
    const state = await setState((s) => repairTopics(s, (id) => this.#byId.get(id)?.topic));
    this.#ids = selectQuestions(this.#index.questions, filter, state).map((q) => q.id);
    if (!this.#ids.length) {
      status.textContent =
        filter.only === 'saved' ? 'No saved questions match this choice. Save some on their pages first.' : 'No questions match this choice. Tick fewer filters.';
      return;
    }
    status.textContent = '';
    await this.begin();
  }

  async begin() {
    const state = await loadState();
    this.#session = startSession(this.#ids, state.boxes, this.#limit);
    this.$('form').hidden = true;
    this.$('.practice-done').hidden = true;
    this.$('.practice-card').hidden = false;
    this.show();
  }

  show() {
    const s = this.#session!;
    if (isDone(s)) return this.finish();
    const q = this.#byId.get(current(s)!)!;
    const p = progress(s);
    this.$<HTMLProgressElement>('progress').max = p.total;
    this.$<HTMLProgressElement>('progress').value = p.known;
    this.$('.practice-progress-text').textContent =
      `${p.known} of ${p.total} known · ${p.left} left in this session${p.missed ? ` · ${p.missed} “not yet” so far` : ''}`;
    const link = this.$<HTMLAnchorElement>('.practice-link');
    link.href = urls.question(q.id);
    link.textContent = q.title;
    const box = s.boxes[q.id]?.box;
    this.$('.practice-meta').textContent = [
      this.#index!.topics[q.topic],
      this.#index!.sources[q.source],
      q.difficulty && difficultyLabels[q.difficulty],
      box ? `Box ${box}` : 'New card',
    ]
      .filter(Boolean)
      .join(' · ');
    this.#revealed = false;
    this.confirmEnd(false);
    this.$('.practice-answer').hidden = true;
    this.$('.practice-answer').replaceChildren();
    this.$('[data-act=reveal]').hidden = false;
    this.$('.practice-grade').hidden = true;
    // A card shown again (the last one left comes straight back) says so.
    const misses = s.misses[q.id] ?? 0;
    const again = this.$('.practice-again');
    again.hidden = !misses;
    again.textContent = misses
      ? `${p.left === 1 ? 'Last card, again' : 'Again'}: “not yet” ${misses} ${misses === 1 ? 'time' : 'times'} so far in this session.`
      : '';
    this.save();
    this.$('#practice-title').focus();
    this.state = 'question';
    void fetchAnswer(q.id).catch(() => {}); // start loading before the reveal
  }

  async reveal() {
    if (this.#revealed || !this.#session) return;
    this.#revealed = true;
    const id = current(this.#session)!;
    const box = this.$('.practice-answer');
    box.hidden = false;
    try {
      box.replaceChildren(...(await fetchAnswer(id)));
    } catch {
      box.textContent = 'The answer could not be loaded here; open the question page to read it.';
    }
    if (current(this.#session) !== id || !this.#revealed) return;
    this.$('[data-act=reveal]').hidden = true;
    this.$('.practice-grade').hidden = false;
    // Focus on the answer, not on a grading button: a second Space (or Enter) must not grade.
    if (this.$('.practice-confirm').hidden) box.focus();
    this.save();
    this.state = 'answer';
  }

  grade(knew: boolean) {
    const s = this.#session;
    if (!s || !this.#revealed || isDone(s)) return;
    const id = current(s)!;
    this.#session = answer(s, knew);
    const entry = this.#session.boxes[id]!;
    void setState((t) => ({ ...t, boxes: { ...t.boxes, [id]: entry } }));
    this.show();
  }

  finish() {
    storeRunning(undefined);
    const p = progress(this.#session!);
    this.$('.practice-card').hidden = true;
    this.$('.practice-done').hidden = false;
    this.$('#done-heading').textContent = isDone(this.#session!) ? 'Session complete' : 'Session ended';
    this.$('.practice-summary').textContent =
      `${summaryText(this.#session!)} ` +
      (p.missed
        ? 'Cards that needed another go are in box 1 and come first next time; cards you knew on the first try moved up a box.'
        : p.known
          ? 'Cards you knew moved up a box and wait longer.'
          : '');
    this.$('#done-heading').focus();
    this.state = 'done';
  }

  /** Esc asks before ending the session; the question keeps its focus back when it goes on. */
  #focusBeforeConfirm?: HTMLElement;
  confirmEnd(ask: boolean) {
    const box = this.$('.practice-confirm');
    if (ask === !box.hidden) return;
    box.hidden = !ask;
    if (ask) {
      this.#focusBeforeConfirm = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
      this.$('#confirm-text').focus();
    } else if (this.contains(document.activeElement) && box.contains(document.activeElement)) {
      (this.#focusBeforeConfirm?.isConnected && !this.#focusBeforeConfirm.closest('[hidden]') ? this.#focusBeforeConfirm : this.$('#practice-title')).focus();
    }
  }

  act(act: string) {
    if (act === 'reveal') void this.reveal();
    else if (act === 'knew') this.grade(true);
    else if (act === 'again') this.grade(false);
    else if (act === 'end' || act === 'end-yes') {
      this.confirmEnd(false);
      this.finish();
    } else if (act === 'end-no') this.confirmEnd(false);
    else if (act === 'ask-end') this.confirmEnd(true);
    else if (act === 'restart') void this.begin();
    else if (act === 'setup') {
      storeRunning(undefined);
      this.$('.practice-done').hidden = true;
      this.$('.practice-card').hidden = true;
      this.$('form').hidden = false;
      this.$('form').querySelector('input')?.focus();
      this.state = 'setup';
    }
  }

  key(e: KeyboardEvent) {
    // Keys for something else: handled already (the search dialog's Escape), typed in a field,
    // anywhere while a dialog is open (search results), or with a modifier.
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
    const t = e.target as HTMLElement;
    if (document.querySelector('dialog[open]') || t.closest('input, select, textarea, dialog') || t.isContentEditable) return;
    const inCard = !this.$('.practice-card').hidden;
    const done = !this.$('.practice-done').hidden;
    const asking = inCard && !this.$('.practice-confirm').hidden;
    const k = e.key.toLowerCase();
    let act: string | undefined;
    // While "End this session?" is asked: Enter ends it (on a button, Enter is that button's
    // click), Esc goes on; the other shortcuts do nothing until then.
    if (asking) {
      if (k === 'escape') act = 'end-no';
      else if (k === 'enter' && !t.closest('button, a')) act = 'end-yes';
    }
    // Space reveals only before the reveal; after it, Space scrolls the answer as usual.
    else if (inCard && (k === 's' || (k === ' ' && !this.#revealed && !t.closest('button, a')))) act = 'reveal';
    else if (inCard && k === 'k') act = 'knew';
    else if (inCard && k === 'n') act = 'again';
    else if (inCard && k === 'o') act = 'open';
    else if (inCard && k === 'escape') act = 'ask-end';
    else if (done && k === 'r') act = 'restart';
    else if (done && k === 'c') act = 'setup';
    if (!act) return;
    e.preventDefault();
    if (act === 'open') location.assign(this.$<HTMLAnchorElement>('.practice-link').href);
    else this.act(act);
  }
}
customElements.define('practice-session', PracticeSession);
