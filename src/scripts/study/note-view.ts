// The reader's note on a question (NoteEditor.astro's markup): its text, "Add note" or "Edit note",
// and the editor (a textarea, Save note, Cancel or Escape). On a practice card after the reveal,
// and on the question page. Always set as text (textContent, a textarea's value): a note is never
// read as HTML.
import { setNote } from '../../lib/study/notes';
import { NOTE_MAX, type StudyState } from '../../lib/study/state';
import { isReadOnly, setState } from './store';

export class NoteView {
  #id?: string;
  #root: HTMLElement;
  #text: HTMLElement;
  #edit: HTMLButtonElement;
  #form: HTMLFormElement;
  #input: HTMLTextAreaElement;
  #status: HTMLElement;

  constructor(root: HTMLElement) {
    this.#root = root;
    const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
    this.#text = $('.note-text');
    this.#edit = $('[data-act=edit-note]');
    this.#form = $('form');
    this.#input = $('textarea');
    this.#input.maxLength = NOTE_MAX;
    this.#edit.onclick = () => this.open();
    $<HTMLButtonElement>('[data-act=cancel-note]').onclick = () => this.#close(true);
    this.#status = $('.note-status');
    this.#form.onsubmit = (e) => {
      e.preventDefault();
      void this.#save();
    };
    this.#input.onkeydown = (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      this.#close(true);
    };
  }

  /** Shows the note of question `id` (or the offer to write one). */
  show(id: string, s: StudyState) {
    if (this.#id !== id) {
      this.#id = id;
      this.#status.textContent = '';
      this.#form.hidden = true;
    }
    this.render(s);
    this.#root.hidden = false;
  }

  /** The text from the state again (after a change here or in another tab), unless being edited. */
  render(s: StudyState) {
    if (!this.#id || !this.#form.hidden) return;
    const note = s.notes[this.#id]?.text;
    this.#text.textContent = note ?? '';
    this.#text.hidden = note === undefined;
    this.#edit.textContent = note === undefined ? 'Add note' : 'Edit note';
    this.#edit.hidden = false;
  }

  hide() {
    this.#id = undefined;
    this.#root.hidden = true;
    this.#form.hidden = true;
  }

  editing(): boolean {
    return !this.#root.hidden && !this.#form.hidden;
  }

  /** Opens the editor on the note's text. */
  open() {
    this.#input.value = this.#text.hidden ? '' : (this.#text.textContent ?? '');
    this.#form.hidden = false;
    this.#text.hidden = true;
    this.#edit.hidden = true;
    this.#status.textContent = '';
    this.#input.focus();
  }

  #close(focus: boolean) {
    this.#form.hidden = true;
    this.#text.hidden = !this.#text.textContent;
    this.#edit.hidden = false;
    if (focus) this.#edit.focus();
  }

  async #save() {
    const id = this.#id;
    if (!id) return;
    const had = !!this.#text.textContent;
    const s = await setState((t) => setNote(t, id, this.#input.value));
    this.#form.hidden = true;
    this.render(s);
    this.#edit.focus();
    const kept = id in s.notes;
    this.#status.textContent = isReadOnly() ? 'Not kept: the progress here is read-only.' : kept ? 'Note saved.' : had ? 'Note removed.' : '';
  }
}
