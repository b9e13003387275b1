// <theme-toggle>: switches between light and dark and remembers the choice; "Auto" forgets
// it, and the page follows the system (prefers-color-scheme) again, live.
// public/theme.js applies a remembered choice before the first paint.
const KEY = 'atlas-theme';
const systemDark = matchMedia('(prefers-color-scheme: dark)');

function chosen(): 'light' | 'dark' | undefined {
  const set = document.documentElement.dataset.theme;
  return set === 'light' || set === 'dark' ? set : undefined;
}

function current(): 'light' | 'dark' {
  return chosen() ?? (systemDark.matches ? 'dark' : 'light');
}

function remember(theme: 'light' | 'dark' | undefined) {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  try {
    if (theme) localStorage.setItem(KEY, theme);
    else localStorage.removeItem(KEY);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

export class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const toggle = this.querySelector<HTMLButtonElement>('button:not([data-theme-auto])')!;
    const auto = this.querySelector<HTMLButtonElement>('button[data-theme-auto]')!;
    const sync = () => {
      const dark = current() === 'dark';
      toggle.setAttribute('aria-pressed', String(dark));
      toggle.title = dark ? 'Switch to light theme' : 'Switch to dark theme';
      auto.hidden = !chosen();
    };
    toggle.addEventListener('click', () => {
      remember(current() === 'dark' ? 'light' : 'dark');
      sync();
    });
    auto.addEventListener('click', () => {
      remember(undefined);
      sync();
      toggle.focus(); // the Auto button hides itself
    });
    systemDark.addEventListener('change', sync);
    this.hidden = false;
    sync();
  }
}
customElements.define('theme-toggle', ThemeToggle);
