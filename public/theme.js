// Runs before first paint (a small blocking script in <head>, not inline, so a strict CSP
// allows it): applies the reader's saved theme so the page never flashes the wrong one.
try {
  var t = localStorage.getItem('atlas-theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
