// The study question index (/study-index.json), fetched once per page and only when needed.
import { decodeIndex, type StudyIndex } from '../../lib/study/study-index';
import { urls } from '../../lib/urls';

let loading: Promise<StudyIndex> | undefined;

export function loadIndex(): Promise<StudyIndex> {
  loading ??= fetch(urls.studyIndex())
    .then((r) => {
      if (!r.ok) throw new Error(`study index: HTTP ${r.status}`);
      return r.json();
    })
    .then(decodeIndex);
  loading.catch(() => (loading = undefined));
  return loading;
}
