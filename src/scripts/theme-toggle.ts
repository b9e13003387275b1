// <theme-toggle>: switches between light and dark and remembers the choice.
// Without a saved choice the page follows the system (prefers-color-scheme).
const KEY = 'atlas-theme';

function current(): 'light' | 'dark' {
  const set = document.documentElement.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const sync = () => {
      const dark = current() === 'dark';
      button.setAttribute('aria-pressed', String(dark));
      button.title = dark ? 'Switch to light theme' : 'Switch to dark theme';
    };
    button.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
      sync();
    });
    this.hidden = false;
    sync();
  }
}
customElements.define('theme-toggle', ThemeToggle);
