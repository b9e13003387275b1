// <practice-session>: choose questions, then one card per concept at a time: reveal the answer
// (taken from the question's own page, with the other answers it holds), read or edit your note,
// grade it Again / Hard / Good / Easy (keys 1–4). FSRS (src/lib/study/scheduler.ts, loaded on
// demand) schedules each card; which question stands for a concept is src/lib/study/concepts.ts,
// the session's dealing src/lib/study/session.ts; the form and its URL are practice-form.ts. The
// running session is kept in sessionStorage, so a reload of the same page resumes it.
// data-state on the element says what the keys act on (setup, question, answer, done), set once
// the screen is ready: tests wait for it before pressing keys.
import { difficultyLabels } from '../../lib/difficulty';
import { dueCounts, dueIn, dueText, span } from '../../lib/study/due-text';
import { answer, current, isDone, progress, startSession, type Session } from '../../lib/study/session';
import { repairTopics, type Grade, type StudyState } from '../../lib/study/state';
import { practiceCards } from '../../lib/study/select';
import type { IndexQuestion, StudyIndex } from '../../lib/study/study-index';
import { urls } from '../../lib/urls';
import { gradeCard, loadScheduler, previewGrades } from './grade';
import { loadIndex } from './index-client';
import { fetchAnswer, showAnswers } from './practice-answer';
import { availableCards } from '../offline/available';
import { renderDone } from './practice-done';
import { presetForm, readForm } from './practice-form';
import { keyAction } from './practice-keys';
import { NoteView } from './note-view';
import { readRunning, storeRunning, type Running } from './practice-running';
import { loadState, setState, watch } from './store';

const GRADE_OF: Record<string, Grade> = { again: 1, hard: 2, good: 3, easy: 4 };

class PracticeSession extends HTMLElement {
  #index?: StudyIndex;
  #byId = new Map<string, IndexQuestion>();
  #session?: Session;
  #ids: string[] = [];
  #limit = 20;
  #revealed = false;
  /** A grade is being stored: keys and buttons wait for the next card. */
  #grading = false;
  #study?: StudyState;
  #note!: NoteView;

  $<T extends HTMLElement = HTMLElement>(sel: string) {
    return this.querySelector<T>(sel)!;
  }

  set state(v: 'setup' | 'question' | 'answer' | 'done') {
    this.dataset.state = v;
  }

  connectedCallback() {
    const form = this.$<HTMLFormElement>('form.practice-setup');
    this.#note = new NoteView(this.$('.practice-note'));
    const startNow = presetForm(form);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.start(form);
    });
    form.addEventListener('change', () => this.countDue(form));
    this.addEventListener('click', (e) => {
      const act = (e.target as Element).closest<HTMLElement>('[data-act]')?.dataset.act;
      if (act) this.act(act);
    });
    document.addEventListener('keydown', (e) => this.key(e));
    watch((s) => {
      this.#study = s;
      this.#note.render(s);
      if (!form.hidden) this.countDue(form);
    });
    const running = readRunning();
    if (running) {
      form.hidden = true;
      void this.resume(running);
    } else {
      this.state = 'setup';
      void (startNow ? this.start(form) : this.index().then(() => this.countDue(form), () => {}));
    }
    this.hidden = false;
  }

  async index(): Promise<StudyIndex> {
    this.#index ??= await loadIndex();
    if (!this.#byId.size) this.#byId = new Map(this.#index.questions.map((q) => [q.id, q]));
    return this.#index;
  }

  /** "This choice: 40 cards: 3 due now, 30 new and 7 not due yet", for the form as it is. */
  countDue(form: HTMLFormElement) {
    if (!this.#index || !this.#study) return;
    const { filter } = readForm(form);
    const ids = practiceCards(this.#index.questions, filter, this.#study);
    this.$('.practice-due').textContent = `This choice: ${dueText(dueCounts(ids, this.#study.cards, Date.now()))}.`;
  }

  async resume(r: Running) {
    try {
      await this.index();
    } catch {
      return this.toSetup();
    }
    // A question removed since (a new build) ends the old session.
    if (!r.session.queue.every((id) => this.#byId.has(id))) {
      storeRunning(undefined);
      return this.toSetup();
    }
    this.#ids = r.ids;
    this.#limit = r.limit;
    this.#session = r.session;
    this.#study = await loadState();
    this.$('.practice-card').hidden = false;
    this.show();
    if (r.revealed) void this.reveal();
  }

  save() {
    const s = this.#session;
    storeRunning(s && !isDone(s) ? { ids: this.#ids, limit: this.#limit, session: s, revealed: this.#revealed } : undefined);
  }

  async start(form: HTMLFormElement) {
    const status = this.$('.practice-setup-status');
    const { filter, limit } = readForm(form);
    this.#limit = limit;
    try {
      status.textContent = 'Loading questions…';
      await this.index();
    } catch {
      status.textContent = 'The list of questions could not be loaded. Check your connection and try again.';
      return;
    }
    const state = await setState((s) => repairTopics(s, (id) => this.#byId.get(id)?.topic));
    const { ids, offline } = await availableCards(practiceCards(this.#index!.questions, filter, state));
    this.#ids = ids;
    if (!this.#ids.length) {
      status.textContent = offline
        ? 'Offline, none of these questions is kept here: make a topic available offline first.'
        : filter.only === 'saved'
          ? 'No saved questions match this choice. Save some on their pages first.'
          : filter.only === 'due'
            ? 'Nothing in this choice is due now. Choose “All” to learn new cards or review ahead.'
            : 'No questions match this choice. Tick fewer filters.';
      return;
    }
    status.textContent = '';
    await this.begin();
  }

  async begin() {
    this.#study = await loadState();
    void loadScheduler().catch(() => {}); // ready before the first grade
    this.#session = startSession(this.#ids, this.#study.cards, this.#limit, Date.now());
    this.$('form.practice-setup').hidden = true;
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
      `${p.known} of ${p.total} known · ${p.left} left in this session${p.missed ? ` · ${p.missed} “again” so far` : ''}`;
    const link = this.$<HTMLAnchorElement>('.practice-link');
    link.href = urls.question(q.id);
    link.textContent = q.title;
    this.$('.practice-meta').textContent = [
      this.#index!.topics[q.topic],
      this.#index!.sources[q.source],
      q.difficulty && difficultyLabels[q.difficulty],
      dueIn(this.#study?.cards[q.id], Date.now()),
    ]
      .filter(Boolean)
      .join(' · ');
    this.#revealed = false;
    this.confirmEnd(false);
    showAnswers(this.$('.practice-answer'), this.$('.practice-others'), undefined);
    this.#note.hide();
    this.$('[data-act=reveal]').hidden = false;
    this.$('.practice-grade').hidden = true;
    // A card shown again (the last one left comes straight back) says so.
    const misses = s.misses[q.id] ?? 0;
    const again = this.$('.practice-again');
    again.hidden = !misses;
    again.textContent = misses ? `${p.left === 1 ? 'Last card, again' : 'Again'}: missed ${misses} ${misses === 1 ? 'time' : 'times'} so far in this session.` : '';
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
    const study = this.#study ?? (await loadState());
    const [page, next] = await Promise.all([fetchAnswer(id).catch(() => 'failed' as const), previewGrades(study.cards[id], study.settings.retention).catch(() => undefined)]);
    if (current(this.#session) !== id || !this.#revealed) return;
    showAnswers(box, this.$('.practice-others'), page);
    for (const b of this.querySelectorAll<HTMLElement>('.practice-grade [data-grade]')) {
      const ms = next?.[Number(b.dataset.grade) as Grade];
      b.querySelector('.grade-next')!.textContent = ms === undefined ? '' : `due in ${span(ms)}`;
    }
    this.#note.show(id, study);
    this.$('[data-act=reveal]').hidden = true;
    this.$('.practice-grade').hidden = false;
    // Focus on the answer, not on a grading button: a second Space (or Enter) must not grade.
    if (this.$('.practice-confirm').hidden) box.focus();
    this.save();
    this.state = 'answer';
  }

  async grade(grade: Grade) {
    const s = this.#session;
    // Only once the answer is on screen (the reveal may still be loading it).
    if (!s || this.dataset.state !== 'answer' || isDone(s) || this.#note.editing()) return;
    const id = current(s)!;
    this.#grading = true;
    try {
      this.#study = await gradeCard(id, grade);
    } catch {
      this.#grading = false;
      this.$('.practice-again').hidden = false;
      this.$('.practice-again').textContent = 'The scheduler could not be loaded, so this answer was not kept. Check your connection and grade again.';
      return;
    }
    this.#grading = false;
    this.#session = answer(s, grade);
    this.show();
  }

  finish() {
    storeRunning(undefined);
    this.#note.hide();
    this.$('.practice-card').hidden = true;
    renderDone(this.$('.practice-done'), this.#session!, (id) => this.#byId.get(id)?.title ?? id);
    this.state = 'done';
  }

  toSetup() {
    storeRunning(undefined);
    this.#note.hide();
    this.$('.practice-done').hidden = true;
    this.$('.practice-card').hidden = true;
    const form = this.$<HTMLFormElement>('form.practice-setup');
    form.hidden = false;
    this.state = 'setup';
    void this.index().then(() => this.countDue(form), () => {});
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
    if (this.#grading) return;
    if (act === 'reveal') void this.reveal();
    else if (act in GRADE_OF) void this.grade(GRADE_OF[act]!);
    else if (act === 'end' || act === 'end-yes') {
      this.confirmEnd(false);
      this.finish();
    } else if (act === 'end-no') this.confirmEnd(false);
    else if (act === 'ask-end') this.confirmEnd(true);
    else if (act === 'restart') void this.begin();
    else if (act === 'setup') {
      this.toSetup();
      this.$('form.practice-setup').querySelector('input')?.focus();
    } else if (act === 'open') location.assign(this.$<HTMLAnchorElement>('.practice-link').href);
  }

  key(e: KeyboardEvent) {
    const inCard = !this.$('.practice-card').hidden;
    const act = keyAction(e, {
      inCard,
      revealed: this.#revealed,
      asking: inCard && !this.$('.practice-confirm').hidden,
      done: !this.$('.practice-done').hidden,
    });
    if (!act) return;
    e.preventDefault();
    this.act(act);
  }
}
customElements.define('practice-session', PracticeSession);
