// A parsed HTML page (parse5, the WHATWG parser browsers follow) and the few queries the checks need.
import { parse } from 'parse5';

export interface El {
  tag: string;
  attrs: Map<string, string>;
  line: number;
  classes: string[];
  text: () => string;
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  sourceCodeLocation?: { startLine: number } | null;
}

function textOf(n: P5Node): string {
  if (n.nodeName === '#text') return n.value ?? '';
  return (n.childNodes ?? []).map(textOf).join('');
}

/** Every element of the document, in document order (template contents included). */
export function parseElements(html: string): El[] {
  const out: El[] = [];
  const visit = (n: P5Node) => {
    if (n.tagName) {
      const attrs = new Map((n.attrs ?? []).map((a) => [a.name, a.value]));
      out.push({
        tag: n.tagName,
        attrs,
        line: n.sourceCodeLocation?.startLine ?? 0,
        classes: (attrs.get('class') ?? '').split(/\s+/).filter(Boolean),
        text: () => textOf(n),
      });
    }
    for (const c of n.childNodes ?? []) visit(c);
    if (n.content) visit(n.content);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }) as unknown as P5Node);
  return out;
}

/** Ids a fragment can point at: any element's id, and <a name>. */
export function anchorsOf(els: El[]): Set<string> {
  const ids = new Set<string>();
  for (const e of els) {
    const id = e.attrs.get('id');
    if (id) ids.add(id);
    const name = e.tag === 'a' ? e.attrs.get('name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}
