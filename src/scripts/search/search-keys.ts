// The search panel's keys: ↓ from the box into the results, ↑ ↓ through them (and back up to the
// box), Enter in the box opens the first result, and typing while a result has focus goes on
// typing into the query.
export class SearchKeys {
  readonly input: HTMLInputElement;
  readonly list: HTMLElement;

  constructor(input: HTMLInputElement, list: HTMLElement, onEnter: () => void) {
    this.input = input;
    this.list = list;
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        const first = this.links()[0];
        if (first) {
          e.preventDefault();
          first.focus();
        }
      } else if (e.key === 'Enter') {
        e.preventDefault();
        onEnter();
      }
    });
    list.addEventListener('keydown', (e) => this.#onListKey(e));
  }

  /** The result links, in order. */
  links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>(':scope > li > a')];
  }

  #onListKey(e: KeyboardEvent) {
    const links = this.links();
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const j = i + (e.key === 'ArrowDown' ? 1 : -1);
      if (j < 0) this.input.focus();
      else links[Math.min(j, links.length - 1)]?.focus();
    } else if ((e.key.length === 1 || e.key === 'Backspace') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing while a result has focus goes on typing into the query, at its end: the box may
      // still hold a selection from before, which the key would replace.
      const end = this.input.value.length;
      this.input.focus();
      this.input.setSelectionRange(end, end);
    }
  }
}
