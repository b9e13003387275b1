// <copy-link>: copies the address this page is served at, with the #part the reader is on.
// Where the Clipboard API is missing (plain http on another host) or refused, it shows the
// address in a read-only field, selected, and tries the older copy command on it.
export function pageAddress(loc: Pick<Location, 'origin' | 'pathname' | 'hash'> = location): string {
  return loc.origin + loc.pathname + loc.hash;
}

export class CopyLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const field = this.querySelector('input')!;
    const status = this.querySelector('[role="status"]')!;
    const label = button.textContent;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = (text: string) => {
      button.textContent = text;
      status.textContent = text;
      clearTimeout(timer);
      timer = setTimeout(() => {
        button.textContent = label;
        status.textContent = '';
      }, 2500);
    };
    button.addEventListener('click', async () => {
      const url = pageAddress();
      try {
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(url);
        field.hidden = true;
        say('Link copied');
      } catch {
        field.value = url;
        field.size = Math.min(url.length, 60);
        field.hidden = false;
        field.focus();
        field.select();
        let copied = false;
        try {
          copied = document.execCommand('copy');
        } catch {
          /* the field stays selected for the reader to copy */
        }
        say(copied ? 'Link copied' : 'Copy the selected link');
      }
    });
    this.hidden = false;
  }
}
customElements.define('copy-link', CopyLink);
