// <study-data>: download the progress as a JSON file; import one (validated with the zod
// schema, loaded on first use). An invalid file changes nothing and says why.
import { exportFile } from '../../lib/study/export';
import { setState, loadState } from './store';

class StudyData extends HTMLElement {
  connectedCallback() {
    const status = this.querySelector<HTMLElement>('.study-data-status')!;
    const say = (text: string, error = false) => {
      status.textContent = text;
      status.classList.toggle('study-error', error);
    };
    this.querySelector<HTMLButtonElement>('[data-export]')!.onclick = async () => {
      const blob = new Blob([exportFile(await loadState())], { type: 'application/json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `atlas-study-progress-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      say('Progress exported: look for the file in your downloads.');
    };
    const input = this.querySelector<HTMLInputElement>('[data-import]')!;
    input.onchange = async () => {
      const file = input.files?.[0];
      if (!file) return;
      const { parseImport } = await import('../../lib/study/schema');
      const r = file.size > 5_000_000 ? { ok: false as const, error: 'This file is too large to be a progress export. Nothing was changed.' } : parseImport(await file.text());
      input.value = '';
      if (!r.ok) return say(r.error, true);
      const s = await setState(r.state);
      const n = (o: object) => Object.keys(o).length;
      say(`Imported ${file.name}: ${n(s.learned)} learned, ${n(s.saved)} saved, ${n(s.boxes)} practised.`);
    };
    this.hidden = false;
  }
}
customElements.define('study-data', StudyData);
