// The practice page's choice form and its URL: ?only=saved&topic=a&topic=b&source=x&difficulty=advanced
// preselects the form; the form reads back as a filter and a session size. Kept apart from the
// session code so the URL and the form can change without touching it.
import type { PracticeFilter } from '../../lib/study/select';
import { valuesFromParams } from '../../lib/url-params';
import { setControls } from '../form-url';

/** Ticks and selects what the page's query names (the site's one form<->URL helper, ../form-url.ts). */
export function presetForm(form: HTMLFormElement, search = location.search) {
  setControls(form, valuesFromParams(new URLSearchParams(search), ['only', 'topic', 'source', 'difficulty']));
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
