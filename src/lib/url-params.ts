// A form's choices in a page's query string, so a filtered list or a search can be shared and
// reloaded: /search/?q=kv+cache&topic=x, /topics/x/?difficulty=advanced&hide=learned,
// /practice/?only=saved&topic=a&topic=b. The one place that reads and writes them; the form side
// is src/scripts/form-url.ts. Pure, so it is tested without a browser.

/** A form's choices: each control name with its values (a select or text box has one, checkboxes any number). */
export type FormValues = Record<string, string[]>;

/** The values `params` holds for each of `names` (names it lacks are left out). */
export function valuesFromParams(params: URLSearchParams, names: readonly string[]): FormValues {
  const out: FormValues = {};
  for (const name of names) if (params.has(name)) out[name] = params.getAll(name);
  return out;
}

/** `params` with each name of `values` set to its non-empty values (or removed); other params are kept, in order. */
export function withValues(params: URLSearchParams, values: Readonly<Record<string, readonly string[] | string>>): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [name, v] of Object.entries(values)) {
    out.delete(name);
    for (const x of typeof v === 'string' ? [v] : v) if (x) out.append(name, x);
  }
  return out;
}
