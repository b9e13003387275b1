// <deck-download>: a button that makes an Anki deck in the browser: on a topic page, of the
// questions its filter shows (data-topic); on /saved/, of the saved questions (data-saved). What
// makes it (make-deck.ts, and the notes it fetches) loads only on the click.
import { ankiDeck } from '../../lib/export/anki';
import { downloadText } from '../download';

class DeckDownload extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const status = this.querySelector<HTMLElement>('[role=status]')!;
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = 'Making the deck…';
      try {
        const topic = this.dataset.topic;
        const make = await import('./make-deck');
        const { deck, notes } = topic ? await make.filteredDeck(topic) : await make.savedDeck();
        if (notes.length === 0) status.textContent = 'No question to put in a deck.';
        else {
          downloadText(ankiDeck(deck, notes), `${this.dataset.filename ?? 'atlas-deck'}.txt`, 'text/plain');
          status.textContent = `Deck of ${notes.length} ${notes.length === 1 ? 'question' : 'questions'} downloaded: in Anki, File › Import.`;
        }
      } catch {
        status.textContent = 'The deck could not be made. Check your connection and try again.';
      } finally {
        button.disabled = false;
      }
    });
    this.hidden = false;
  }
}
customElements.define('deck-download', DeckDownload);
