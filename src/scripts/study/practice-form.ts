// The practice page's choice form and its URL: ?only=saved&topic=a&topic=b&source=x&difficulty=advanced
// preselects the form; the form reads back as a filter and a session size. Kept apart from the
// session code so the URL and the form can change without touching it.
import type { PracticeFilter } from '../../lib/study/study-index';

/** Ticks and selects what the page's query names. */
export function presetForm(form: HTMLFormElement, search = location.search) {
  const p = new URLSearchParams(search);
  for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
    const wanted = p.getAll(input.name);
    if (!wanted.length) continue;
    input.checked = wanted.includes(input.value);
  }
  const d = form.elements.namedItem('difficulty') as HTMLSelectElement;
  if ([...d.options].some((o) => o.value === p.get('difficulty'))) d.value = p.get('difficulty')!;
}

/** What the form asks for. */
export function readForm(form: HTMLFormElement): { filter: PracticeFilter; limit: number } {
  const data = new FormData(form);
  return {
    filter: {
      topics: data.getAll('topic') as string[],
      sources: data.getAll('source') as string[],
      difficulty: (data.get('difficulty') as string) || '',
      only: (data.get('only') as PracticeFilter['only']) ?? 'all',
    },
    limit: Number(data.get('limit')) || 20,
  };
}
