// <answer-reveal>: test-yourself on a question page. While the answers are hidden, "Show answer"
// (or Space or Enter, when no control has the focus) reveals every answer of the page; then the
// grades (reveal-grade.ts, loaded only now, with the scheduler) take Again / Hard / Good / Easy
// or 1–4 once. data-state says what the keys act on: "question", "answer", "graded".
import { GRADE_KEYS, freeKey, onControl } from './keys';
import { onMode, showAnswers } from './test-yourself';

type Grading = (g: 1 | 2 | 3 | 4) => void;

class AnswerReveal extends HTMLElement {
  #revealed = false;
  /** The grading, once the scheduler is in (a grade given before then waits for it). */
  #grading?: Promise<Grading | undefined>;

  connectedCallback() {
    this.querySelector<HTMLElement>('[data-act=reveal]')!.onclick = () => void this.reveal();
    // The grade buttons show with the answer, before the scheduler has loaded: a click then counts.
    this.querySelector<HTMLElement>('.grade-buttons')!.onclick = (e) => {
      const b = (e.target as Element).closest<HTMLElement>('[data-grade]');
      if (b) this.#gradeWhenReady(Number(b.dataset.grade) as 1 | 2 | 3 | 4);
    };
    document.addEventListener('keydown', (e) => this.key(e));
    onMode((on) => on && this.reset());
  }

  /** The mode turned on (again): answers hidden, a new grade possible. */
  reset() {
    this.#revealed = false;
    this.dataset.state = 'question';
    this.querySelector<HTMLElement>('.grade-group')!.hidden = false;
    this.querySelector('.reveal-done')!.textContent = '';
    this.querySelector<HTMLElement>('.reveal-next-line')!.hidden = true;
  }

  key(e: KeyboardEvent) {
    if (!document.documentElement.dataset.testYourself || !freeKey(e)) return;
    if (!this.#revealed && (e.key === ' ' || e.key === 'Enter') && !e.shiftKey && !onControl(e)) {
      e.preventDefault();
      void this.reveal();
    } else if (this.#revealed && this.dataset.state !== 'graded' && e.key in GRADE_KEYS) {
      e.preventDefault();
      this.#gradeWhenReady(GRADE_KEYS[e.key]!);
    }
  }

  #gradeWhenReady(g: 1 | 2 | 3 | 4) {
    void this.#grading?.then((grade) => grade?.(g));
  }

  async reveal() {
    if (this.#revealed) return;
    this.#revealed = true;
    showAnswers();
    // The answer takes the focus (not a control: no ring), so a screen reader reads on from it,
    // Space scrolls it, and a second Space or Enter does not grade.
    const answer = document.querySelector<HTMLElement>('.answer');
    if (answer) {
      answer.tabIndex = -1;
      answer.focus();
    }
    this.#grading = this.#startGrading();
    await this.#grading;
  }

  async #startGrading(): Promise<Grading | undefined> {
    let grading: Grading | undefined;
    try {
      const { startGrading } = await import('./reveal-grade');
      grading = await startGrading(this);
    } catch {
      this.querySelector('.reveal-done')!.textContent = 'Grading could not be loaded. Check your connection and reload the page to grade this card.';
    }
    this.dataset.state = 'answer';
    return grading;
  }
}
customElements.define('answer-reveal', AnswerReveal);
