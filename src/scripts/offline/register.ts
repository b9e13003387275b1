// Registers the service worker (src/service-worker/worker.js, written to <base>sw.js by the build;
// its scope is the base), once the page has loaded: installing fetches the shell, which must not
// slow the page down. Every page loads this, question pages included, whose JavaScript before
// search is held to 10 KB (gzip): so "New version: reload" (update.ts) is imported only when a
// new deploy's worker is installing or waiting while another controls the page.
// No worker (astro dev, a host without it): the site works online.
addEventListener('load', async () => {
  const sw = navigator.serviceWorker;
  // The base always ends in "/" (site-config.ts normalizeBase).
  const reg = await sw?.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
  if (!reg) return;
  const newDeploy = () => sw.controller && (reg.waiting || reg.installing) && import('./update').then((u) => u.offer(reg));
  newDeploy();
  reg.addEventListener('updatefound', newDeploy);
});
