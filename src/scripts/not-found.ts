// The 404 page: when the missing address looks like a question's (/questions/<source>/<slug>/),
// the search box is filled in with the words of its slug, one Enter away from the question.
export function wordsOfQuestionPath(pathname: string, base: string): string | undefined {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  const m = /^questions\/[^/]+\/([^/]+)\/?$/.exec(rest);
  if (!m) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(m[1]!);
  } catch {
    return undefined;
  }
  const words = slug.split(/[-_\s]+/).filter(Boolean);
  return words.length ? words.join(' ') : undefined;
}

const form = document.querySelector<HTMLFormElement>('form[data-base]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
if (form && input && !input.value) {
  const words = wordsOfQuestionPath(location.pathname, form.dataset.base ?? '/');
  if (words) input.value = words;
}
