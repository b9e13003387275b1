// <search-launcher>: the header's search button. On every page, so it stays tiny: it only
// listens for a click, "/" or Ctrl/Cmd+K, then opens the dialog and loads the code of the
// <search-panel> inside it (scripts/search/search-panel.ts). Without JavaScript the button is a
// plain link to /search/.
import type { SearchPanel } from './search-panel';

// Only where "/" is text being typed; from a checkbox, button or select it opens search.
function typingIn(el: Element | null): boolean {
  // The box of the closed dialog is not where the reader types, even while focus is on its way out.
  if (el?.closest('dialog:not([open])')) return false;
  if (el instanceof HTMLInputElement) return /^(?:text|search|email|url|number|tel|password)$/.test(el.type);
  return el instanceof HTMLTextAreaElement || (el as HTMLElement | null)?.isContentEditable === true;
}

class SearchLauncher extends HTMLElement {
  #panel: Promise<SearchPanel> | undefined;
  /** What had focus when the dialog opened, to give it back on closing. */
  #opener: HTMLElement | null = null;

  connectedCallback() {
    const link = this.querySelector('a')!;
    const dialog = this.querySelector('dialog')!;
    // A search box eats the first Escape (it clears itself): close the dialog on any Escape.
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        dialog.close();
      }
    });
    // Focus goes back to the opener at once (or off the page's controls), so a "/" typed right
    // after Escape opens search again instead of going to the hidden box. The close event comes a
    // task after close(): a "/" handled in between has opened the dialog again, and its box keeps focus.
    dialog.addEventListener('close', () => {
      if (dialog.open) return;
      const o = this.#opener;
      if (o?.isConnected && o !== document.body) o.focus();
      else (document.activeElement as HTMLElement | null)?.blur();
    });
    // A click on the backdrop (outside the dialog's box) closes it too.
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close();
    });
    link.addEventListener('click', (e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      void this.open();
    });
    document.addEventListener('keydown', (e) => {
      const k = e.key.toLowerCase();
      if ((k === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typingIn(document.activeElement) && !e.metaKey && !e.ctrlKey)) {
        e.preventDefault();
        void this.open();
      }
    });
  }

  async open() {
    // On /search/ itself the page's own box is the search.
    const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]');
    if (pageBox) {
      pageBox.focus();
      pageBox.select();
      return;
    }
    const dialog = this.querySelector('dialog')!;
    if (!dialog.open) {
      this.#opener = document.activeElement as HTMLElement | null;
      dialog.showModal();
    }
    // Focus now, so keys typed while the search code loads are not lost.
    const input = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;
    input.focus();
    if (!this.#panel) {
      // Pagefind starts loading now, alongside the panel's code rather than after it.
      const el = dialog.querySelector<HTMLElement>('search-panel')!;
      void import('./pagefind').then((m) => m.pagefindIndex(el.dataset.bundle!, el.dataset.base!)).catch(() => {});
      // An Enter typed before the code is in is kept and handed over ("/ dropout Enter").
      let enter = false;
      const early = (e: KeyboardEvent) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          enter = true;
        }
      };
      input.addEventListener('keydown', early);
      // Defining the element brings the dialog's panel to life at once.
      this.#panel = import('./search-panel').then(() => {
        input.removeEventListener('keydown', early);
        const panel = dialog.querySelector<SearchPanel>('search-panel')!;
        if (enter) panel.submit();
        return panel;
      });
    }
    (await this.#panel).focusInput();
  }
}
customElements.define('search-launcher', SearchLauncher);
