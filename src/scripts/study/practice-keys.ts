// The practice page's keys: which action a key press asks for on the screen shown, if any.
// Keys meant for something else are left alone (keys.ts: handled already, typed in a field,
// while a dialog is open, or pressed with a modifier).
import { freeKey, onControl } from './keys';

export interface Screen {
  /** A card is shown. */
  inCard: boolean;
  /** Its answer is shown (Space then scrolls, it does not reveal). */
  revealed: boolean;
  /** "End this session?" is asked. */
  asking: boolean;
  /** The end screen is shown. */
  done: boolean;
}

const GRADES: Record<string, string> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };

export function keyAction(e: KeyboardEvent, screen: Screen): string | undefined {
  if (!freeKey(e)) return undefined;
  const k = e.key.toLowerCase();
  // Shift only matters for the digits (a layout may need it); with letters it is another key.
  if (e.shiftKey && !(k in GRADES)) return undefined;
  const control = onControl(e);
  // While "End this session?" is asked: Enter ends it (on a button, Enter is that button's
  // click), Esc goes on; the other keys do nothing until then.
  if (screen.asking) return k === 'escape' ? 'end-no' : k === 'enter' && !control ? 'end-yes' : undefined;
  if (screen.inCard) {
    if (k === 's' || (k === ' ' && !screen.revealed && !control)) return 'reveal';
    if (k in GRADES) return screen.revealed ? GRADES[k] : undefined;
    if (k === 'o') return 'open';
    if (k === 'escape') return 'ask-end';
  }
  if (screen.done && k === 'r') return 'restart';
  if (screen.done && k === 'c') return 'setup';
  return undefined;
}
