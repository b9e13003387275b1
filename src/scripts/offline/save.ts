// <offline-save>: downloads a topic, or the whole site, for offline use, into the cache of the
// deploy the service worker serves (offline.json comes from that cache, so its version is the
// worker's); what is saved is counted from that cache, so the numbers shown are what will open
// offline.
import { cacheName, type OfflineList, type SiteFile } from './cache';

const MB = (n: number) => `${(n / 1_000_000).toFixed(n < 10_000_000 ? 1 : 0)} MB`;
const PARALLEL = 4;
const BATCH = 50;

class OfflineSave extends HTMLElement {
  #list?: OfflineList;

  connectedCallback() {
    if (!('serviceWorker' in navigator) || !('caches' in self)) return;
    this.hidden = false;
    this.querySelector('details')!.addEventListener('toggle', (e) => {
      if ((e.target as HTMLDetailsElement).open) void this.#show();
    });
    this.querySelector('[data-offline-download]')!.addEventListener('click', () => void this.#download());
  }

  get #status() {
    return this.querySelector<HTMLElement>('[data-offline-status]')!;
  }

  async #load(): Promise<OfflineList> {
    this.#list ??= (await (await fetch(`${this.dataset.base}offline.json`)).json()) as OfflineList;
    return this.#list;
  }

  /** The pack's files: a topic's pages and search fragments, or every page and fragment. */
  #pack(list: OfflineList): SiteFile[] {
    const topic = this.dataset.topic;
    return topic ? (list.topics[topic] ?? []).map((i) => list.files[i]!) : list.files;
  }

  async #missing(): Promise<{ all: SiteFile[]; missing: SiteFile[] }> {
    const list = await this.#load();
    const cache = await caches.open(cacheName(list.version));
    const kept = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
    const all = this.#pack(list);
    return { all, missing: all.filter((f) => !kept.has(this.dataset.base + f.path)) };
  }

  async #show() {
    try {
      // The list must come from the worker's cache (its version): on a first visit, wait for the
      // new worker to take the page over.
      const sw = navigator.serviceWorker;
      if (!sw.controller) await Promise.race([new Promise((ok) => sw.addEventListener('controllerchange', ok, { once: true })), new Promise((ok) => setTimeout(ok, 10_000))]);
      const { all, missing } = await this.#missing();
      const bytes = missing.reduce((n, f) => n + f.bytes, 0);
      const button = this.querySelector<HTMLButtonElement>('[data-offline-download]')!;
      if (!missing.length) {
        this.#status.textContent = `Available offline: all ${all.length} files (${MB(all.reduce((n, f) => n + f.bytes, 0))}).`;
        button.hidden = true;
        return;
      }
      this.#status.textContent = `${missing.length} of ${all.length} files to download: ${MB(bytes)}.`;
      button.textContent = `Download ${MB(bytes)}`;
      button.hidden = false;
      button.disabled = !sw.controller;
      if (!sw.controller) this.#status.textContent += ' Offline use is not ready: reload the page.';
    } catch {
      this.#status.textContent = 'The list of files could not be loaded: are you online?';
    }
  }

  async #download() {
    const button = this.querySelector<HTMLButtonElement>('[data-offline-download]')!;
    const bar = this.querySelector('progress')!;
    const list = await this.#load();
    const cache = await caches.open(cacheName(list.version));
    const { missing } = await this.#missing();
    const total = missing.reduce((n, f) => n + f.bytes, 0);
    let done = 0;
    let failed = 0;
    button.disabled = true;
    bar.hidden = false;
    bar.max = total || 1;
    // In batches, each stored at once by the page (the worker lets these requests through):
    // measured 10 s for the whole site where one request at a time through the worker took 50 s.
    const queue = [...missing];
    const next = async (): Promise<void> => {
      const batch = queue.splice(0, BATCH);
      if (!batch.length) return;
      const requests = batch.map((f) => new Request(this.dataset.base + f.path, { headers: { 'x-atlas-save': '1' } }));
      await cache.addAll(requests).catch(() => (failed += batch.length));
      done += batch.reduce((n, f) => n + f.bytes, 0);
      bar.value = done;
      this.#status.textContent = `Downloading: ${MB(done)} of ${MB(total)}…`;
      return next();
    };
    await Promise.all(Array.from({ length: PARALLEL }, next));
    bar.hidden = true;
    button.disabled = false;
    await this.#show();
    if (failed) this.#status.textContent += ` ${failed} could not be downloaded: try again when online.`;
  }
}

customElements.define('offline-save', OfflineSave);
