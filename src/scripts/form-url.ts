// A form's controls and the page URL kept in step: the search panel, a topic page's filters and
// the practice set-up read their choices from the URL and (the first two) write them back, so a
// choice can be shared and survives a reload. The query-string side is src/lib/url-params.ts.
import { valuesFromParams, withValues, type FormValues } from '../lib/url-params';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
type Values = Readonly<Record<string, readonly string[] | string>>;

const controlsNamed = (root: ParentNode, name: string) => [...root.querySelectorAll<Control>(`[name="${CSS.escape(name)}"]`)];
const isBox = (c: Control): c is HTMLInputElement => c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio');

/**
 * Sets the controls named in `values`: a checkbox or radio is checked when its value is among
 * them, a select takes the value only if it offers it, a text box takes it as is. Controls whose
 * name `values` lacks are left as they are.
 */
export function setControls(root: ParentNode, values: Values): void {
  for (const [name, v] of Object.entries(values)) {
    const wanted = typeof v === 'string' ? [v] : v;
    for (const c of controlsNamed(root, name)) {
      if (isBox(c)) c.checked = wanted.includes(c.value);
      else if (c instanceof HTMLSelectElement) {
        if ([...c.options].some((o) => o.value === wanted[0])) c.value = wanted[0]!;
      } else c.value = wanted[0] ?? '';
    }
  }
}

/** The values of the controls with these names: a checked box's value, a select's or text box's value. */
export function controlValues(root: ParentNode, names: readonly string[]): FormValues {
  const out: FormValues = {};
  for (const name of names) out[name] = controlsNamed(root, name).flatMap((c) => (isBox(c) ? (c.checked ? [c.value] : []) : [c.value]));
  return out;
}

/** Sets the controls with these names from the page URL (those it has). */
export function controlsFromUrl(root: ParentNode, names: readonly string[]): void {
  setControls(root, valuesFromParams(new URL(location.href).searchParams, names));
}

/** Writes values into the page URL, in place of the current history entry; empty ones are removed, other params kept. */
export function valuesToUrl(values: Values): void {
  const url = new URL(location.href);
  url.search = withValues(url.searchParams, values).toString();
  history.replaceState(null, '', url);
}
