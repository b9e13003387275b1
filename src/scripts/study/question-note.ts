// <question-note>: the reader's note on this question page, shown as text, added or edited in
// place and kept in step with other tabs (note-view.ts). That code loads only when there is a
// note to show or "Add note" is pressed: most pages have none.
import type { NoteView } from './note-view';
import { watch } from './store';

class QuestionNote extends HTMLElement {
  #view?: Promise<NoteView>;

  view(): Promise<NoteView> {
    return (this.#view ??= import('./note-view').then(({ NoteView }) => {
      const v = new NoteView(this.querySelector('.note-box')!);
      watch((s) => v.show(this.dataset.id!, s));
      return v;
    }));
  }

  connectedCallback() {
    const id = this.dataset.id!;
    this.querySelector<HTMLButtonElement>('[data-act=edit-note]')!.onclick = () => void this.view().then((v) => v.open());
    watch((s) => void (s.notes[id] && this.view()));
    this.hidden = false;
  }
}
customElements.define('question-note', QuestionNote);
