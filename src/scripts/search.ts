// <atlas-search>: enhances the plain search form with Pagefind results.
// Pagefind's script is imported only when this element connects (the search page),
// so reading a question page costs no search bytes.

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (q: string, o?: Record<string, unknown>, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

export class AtlasSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback() {
    const input = this.querySelector('input[type="search"]') as HTMLInputElement;
    const form = this.querySelector('form')!;
    const q = new URL(location.href).searchParams.get('q') ?? '';
    input.value = q;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run(input.value);
    });
    input.addEventListener('input', () => void this.run(input.value));
    if (q) void this.run(q);
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const bundle = this.dataset.bundle!;
      const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pf.options({ baseUrl: this.dataset.base ?? '/' });
      return pf;
    })();
    return this.#pagefind;
  }

  async run(query: string) {
    const status = this.querySelector('.search-status')!;
    const list = this.querySelector('.search-results')!;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pf = await this.#load();
    const search = await pf.debouncedSearch(query, {}, 150);
    if (!search) return; // superseded by a newer keystroke
    const top = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${query}”`;
    list.replaceChildren(
      ...top.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const p = document.createElement('p');
        // Pagefind's excerpt is escaped text with <mark> around hits.
        p.innerHTML = d.excerpt;
        const meta = document.createElement('p');
        meta.className = 'muted';
        meta.textContent = [d.filters.source?.[0], d.filters.section?.[0]].filter(Boolean).join(' · ');
        li.append(a, meta, p);
        return li;
      }),
    );
  }
}
