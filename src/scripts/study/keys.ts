// Whether a key press is free for a study shortcut: not handled already (the search dialog's
// Escape), not typed in a field (a note), not while a dialog is open, and without Ctrl, Alt or
// Meta. Shared by the practice page and test-yourself on question pages.
export function freeKey(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return false;
  const t = e.target as HTMLElement;
  return !(document.querySelector('dialog[open]') || t.closest?.('input, select, textarea, dialog') || t.isContentEditable);
}

/** The key pressed on a link or a button: Space and Enter there are that control's own. */
export const onControl = (e: KeyboardEvent) => !!(e.target as HTMLElement).closest?.('button, a, summary');

/** Keys 1–4: Again, Hard, Good, Easy. */
export const GRADE_KEYS: Record<string, 1 | 2 | 3 | 4> = { '1': 1, '2': 2, '3': 3, '4': 4 };
