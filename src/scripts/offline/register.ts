// Registers the service worker (src/service-worker/worker.js, written to <base>sw.js by the build;
// its scope is the base), once the page has loaded: installing fetches the shell, which must not
// slow the page down. Every page loads this, question pages included, whose JavaScript before
// search is held to 10 KB (gzip): so it does nothing else. "New version: reload" is update.ts.
// No worker (astro dev, a host without it): the site works online.
addEventListener('load', () => navigator.serviceWorker?.register(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sw.js`).catch(() => {}));
