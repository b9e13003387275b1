// The practice page's choice form and its URL: ?only=saved&topic=a&topic=b&source=x&difficulty=advanced&limit=10
// preselects the form (&start starts the session at once); the form reads back as a filter and a
// session size. Kept apart from the session code so the URL and the form can change without touching it.
import type { PracticeFilter } from '../../lib/study/select';
import { valuesFromParams } from '../../lib/url-params';
import { setControls } from '../form-url';

/**
 * Ticks and selects what the page's query names (the site's one form<->URL helper, ../form-url.ts),
 * opening the topics and sources when it ticks some. True when the query asks to start at once
 * (`start`, from the study hub's one-tap sessions).
 */
export function presetForm(form: HTMLFormElement, search = location.search): boolean {
  const params = new URLSearchParams(search);
  setControls(form, valuesFromParams(params, ['only', 'topic', 'source', 'difficulty', 'limit']));
  const choices = form.querySelector('details');
  if (choices?.querySelector('input:checked')) choices.open = true;
  return params.has('start');
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
