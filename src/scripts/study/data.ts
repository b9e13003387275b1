// <study-data>: download the progress (marks, cards, review log, notes, settings) as a JSON file;
// import one (validated and migrated by migrate.ts, loaded on first use). An invalid file changes
// nothing and says why. A valid file over progress already here asks first: merge with it,
// replace it (each with what it would change), or cancel.
import { downloadText } from '../download';
import { exportFile } from '../../lib/study/export';
import type { StudyState } from '../../lib/study/state';
import { downloadBackup, hasBackup, isReadOnly, loadState, setState } from './store';

const n = (o: object) => Object.keys(o).length;
const count = (s: StudyState) => {
  const notes = n(s.notes) ? `, ${n(s.notes)} ${n(s.notes) === 1 ? 'note' : 'notes'}` : '';
  return `${n(s.learned)} learned, ${n(s.saved)} saved, ${n(s.cards)} practised${notes}`;
};

class StudyData extends HTMLElement {
  connectedCallback() {
    const $ = <T extends HTMLElement>(sel: string) => this.querySelector<T>(sel)!;
    const status = $('.study-data-status');
    const say = (text: string, error = false) => {
      status.textContent = text;
      status.classList.toggle('study-error', error);
    };
    $<HTMLButtonElement>('[data-export]').onclick = async () => {
      downloadText(exportFile(await loadState()), `atlas-study-progress-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
      say('Progress exported: look for the file in your downloads.');
    };
    const backup = $('.study-backup');
    // After the state is read: reading it is what may keep a copy.
    void loadState().then(() => (backup.hidden = !hasBackup()));
    $<HTMLButtonElement>('[data-backup]').onclick = downloadBackup;

    const input = $<HTMLInputElement>('[data-import]');
    const choice = $('.study-import-choice');
    let pending: { name: string; state: StudyState } | undefined;
    const close = () => {
      pending = undefined;
      choice.hidden = true;
    };
    input.onchange = async () => {
      const file = input.files?.[0];
      if (!file) return;
      close();
      const [{ parseImport }, { change, changeText, mergeStates, sameProgress }] = await Promise.all([import('../../lib/study/migrate'), import('../../lib/study/merge')]);
      const r = file.size > 5_000_000 ? { ok: false as const, error: 'This file is too large to be a progress export. Nothing was changed.' } : parseImport(await file.text());
      input.value = '';
      if (!r.ok) return say(r.error, true);
      if (isReadOnly()) return say('The progress in this browser was saved by a newer version of the site and is read-only here. Nothing was imported.', true);
      const here = await loadState();
      const empty = !n(here.learned) && !n(here.saved) && !n(here.cards) && !n(here.notes);
      if (empty) {
        const s = await setState(r.state);
        return say(`Imported ${file.name}: ${count(s)}.`);
      }
      if (sameProgress(here, r.state)) return say(`${file.name} holds the same progress as this browser; nothing to import.`);
      pending = { name: file.name, state: r.state };
      say('');
      $('.study-import-text').textContent =
        `${file.name} holds ${count(r.state)}. ` +
        `Merge ${changeText(change(here, mergeStates(here, r.state)))}. ` +
        `Replace ${changeText(change(here, r.state))}.`;
      choice.hidden = false;
      $('.study-import-text').focus();
    };
    choice.onclick = async (e) => {
      const act = (e.target as Element).closest<HTMLElement>('[data-choice]')?.dataset.choice;
      if (!act || !pending) return;
      const { name, state } = pending;
      close();
      if (act === 'cancel') return say(`Nothing was imported from ${name}.`);
      const { mergeStates } = await import('../../lib/study/merge');
      const s = await setState((here) => (act === 'merge' ? mergeStates(here, state) : state));
      say(act === 'merge' ? `Merged ${name}: ${count(s)}.` : `Replaced with ${name}: ${count(s)}.`);
      input.focus();
    };
    this.hidden = false;
  }
}
customElements.define('study-data', StudyData);
