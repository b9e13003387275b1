// Registers the service worker (src/service-worker/worker.js, written to <base>sw.js by the build)
// with the site's base as its scope. A new deploy's worker waits until the reader asks for it:
// the banner says "New version: reload"; the button lets it take over, and the page reloads once
// it controls it, so a page never runs with one version's files and another's worker.
const banner = document.querySelector<HTMLElement>('[data-offline-update]');

async function register(el: HTMLElement) {
  const base = el.dataset.base ?? '/';
  const sw = navigator.serviceWorker;
  const reg = await sw.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' });
  let asked = false;
  const offer = (waiting: ServiceWorker) => {
    if (!sw.controller) return; // the first install: nothing older to replace
    el.hidden = false;
    el.querySelector('button')!.onclick = () => {
      asked = true;
      waiting.postMessage({ type: 'skip-waiting' });
    };
  };
  sw.addEventListener('controllerchange', () => {
    if (asked) location.reload();
  });
  if (reg.waiting) offer(reg.waiting);
  reg.addEventListener('updatefound', () => {
    const w = reg.installing;
    w?.addEventListener('statechange', () => {
      if (w.state === 'installed') offer(w);
    });
  });
}

// After the page has loaded: installing fetches the shell, which must not slow the page down.
const start = () => banner && register(banner).catch(() => {}); // no worker (astro dev, a host without it): the site works online
if ('serviceWorker' in navigator) {
  if (document.readyState === 'complete') void start();
  else addEventListener('load', () => void start(), { once: true });
}
