// "New version: reload": a new deploy's worker waits until the reader asks for it; the button lets
// it take over, and the page reloads once it controls the page, so a page never runs with one
// version's files and another's worker. register.ts imports this when a worker is installing or
// waiting while another controls the page (without a controller it is the first install: nothing
// to replace).
export function offer(reg: ServiceWorkerRegistration): void {
  const banner = document.querySelector<HTMLElement>('[data-offline-update]');
  const sw = navigator.serviceWorker;
  const worker = reg.waiting ?? reg.installing;
  if (!banner || !worker || !sw.controller) return;
  if (worker.state !== 'installed') {
    worker.addEventListener('statechange', () => offer(reg), { once: true });
    return;
  }
  banner.hidden = false;
  banner.querySelector('button')!.onclick = () => {
    sw.addEventListener('controllerchange', () => location.reload());
    worker.postMessage({ type: 'skip-waiting' });
  };
}
