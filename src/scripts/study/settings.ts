// <study-settings>: the desired retention, kept in the study state (settings.retention). A value
// from elsewhere (an imported file) that is not among the choices is added as one.
import { setSettings } from '../../lib/study/state';
import { isReadOnly, setState, watch } from './store';

const percent = (r: number) => `${Math.round(r * 1000) / 10} %`;

class StudySettings extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select')!;
    const status = this.querySelector<HTMLElement>('.study-setting-status')!;
    watch((s) => {
      const value = String(s.settings.retention);
      if (![...select.options].some((o) => o.value === value)) select.add(new Option(percent(s.settings.retention), value));
      select.value = value;
    });
    select.onchange = async () => {
      const s = await setState((t) => setSettings(t, { retention: Number(select.value) }));
      status.textContent = isReadOnly() ? 'Not kept: the progress here is read-only.' : `Desired retention set to ${percent(s.settings.retention)}.`;
    };
    this.hidden = false;
  }
}
customElements.define('study-settings', StudySettings);
