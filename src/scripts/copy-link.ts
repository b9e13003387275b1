// <copy-link>: copies the page's canonical URL (or the given one) to the clipboard.
export class CopyLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const label = button.textContent;
    button.addEventListener('click', async () => {
      const url = this.dataset.url || location.href;
      try {
        await navigator.clipboard.writeText(url);
        button.textContent = 'Link copied';
      } catch {
        button.textContent = 'Copy failed';
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
    this.hidden = false;
  }
}
customElements.define('copy-link', CopyLink);
