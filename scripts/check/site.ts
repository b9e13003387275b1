// Checks a built site folder: every HTML page's links and anchors resolve, it has a title and a
// description, its math rendered, it has no inline script or event-handler attribute, and
// html-validate accepts it (config: .htmlvalidate.mjs); no file is a web font or declares one.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { pathToFileURL } from 'node:url';
import { assetProblems } from './assets.ts';
import { anchorsOf, parseElements, type El } from './html.ts';
import { linksOf, pageUrlPath, resolveLink } from './links.ts';
import { pageProblems } from './pages.ts';

export interface Problem {
  /** Path relative to the built folder. */
  file: string;
  message: string;
}

export interface CheckOptions {
  /** Sub-path the folder is built for ("/" or "/atlas/"). */
  base: string;
  /** Run html-validate too (default true). */
  validate?: boolean;
}

/** Every file of the folder, relative and with "/" separators, in a stable order. */
export function allFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

export function htmlFiles(dir: string): string[] {
  return allFiles(dir).filter((f) => f.endsWith('.html'));
}

/** The project's html-validate config (.htmlvalidate.mjs at the project root), wherever the checked folder is. */
export async function htmlValidateConfig(): Promise<ConfigData> {
  const url = pathToFileURL(join(import.meta.dirname, '..', '..', '.htmlvalidate.mjs')).href;
  return ((await import(url)) as { default: ConfigData }).default;
}

function isDir(p: string) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export async function checkSite(dir: string, opts: CheckOptions): Promise<{ pages: number; problems: Problem[] }> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html not found: build the site first`);
  const { base } = opts;
  const problems: Problem[] = [];
  const parsed = new Map<string, El[]>();
  const elementsOf = (rel: string) => {
    let els = parsed.get(rel);
    if (!els) parsed.set(rel, (els = parseElements(readFileSync(join(dir, rel), 'utf8'))));
    return els;
  };
  const anchors = new Map<string, Set<string>>();
  const anchorsIn = (rel: string) => {
    let a = anchors.get(rel);
    if (!a) anchors.set(rel, (a = anchorsOf(elementsOf(rel))));
    return a;
  };
  /** The file a site path is served from, or undefined (dir/ -> dir/index.html). */
  const target = (path: string): string | undefined => {
    const abs = join(dir, path);
    if (path === '' || path.endsWith('/') || isDir(abs)) return existsSync(join(abs, 'index.html')) ? join(path, 'index.html').split(sep).join('/') : undefined;
    return existsSync(abs) ? path : undefined;
  };
  const cssCache = new Map<string, string | undefined>();
  const validator = opts.validate === false ? undefined : new HtmlValidate(new StaticConfigLoader(await htmlValidateConfig()));
  const everything = allFiles(dir);
  const files = everything.filter((f) => f.endsWith('.html'));
  for (const rel of everything) {
    for (const message of assetProblems(rel, () => readFileSync(join(dir, rel), 'utf8'))) problems.push({ file: rel, message });
  }

  for (const rel of files) {
    const els = elementsOf(rel);
    const pagePath = pageUrlPath(rel, base);
    const add = (message: string) => problems.push({ file: rel, message });
    for (const link of linksOf(els)) {
      const r = resolveLink(link.url, pagePath, base);
      const where = `line ${link.line}: ${link.attr} "${link.url}"`;
      if (r.kind === 'external') continue;
      if (r.kind === 'unsafe') add(`${where}: ${r.reason}`);
      else if (r.kind === 'outside-base') add(`${where}: points outside the base ${base}`);
      else {
        const file = target(r.file);
        if (!file) add(`${where}: no such page or file`);
        else if (r.fragment && file.endsWith('.html') && !anchorsIn(file).has(r.fragment)) add(`${where}: no element with id "${r.fragment}" on ${file}`);
      }
    }
    const cssText = (href: string) => {
      const r = resolveLink(href, pagePath, base);
      if (r.kind !== 'internal') return undefined;
      if (!cssCache.has(r.file)) {
        const f = target(r.file);
        cssCache.set(r.file, f ? readFileSync(join(dir, f), 'utf8') : undefined);
      }
      return cssCache.get(r.file);
    };
    for (const p of pageProblems(els, cssText)) add(p);
    if (validator) {
      const report = await validator.validateString(readFileSync(join(dir, rel), 'utf8'), join(dir, rel));
      for (const res of report.results) for (const m of res.messages) add(`line ${m.line}:${m.column}: html-validate ${m.ruleId}: ${m.message}`);
    }
    parsed.delete(rel); // keep memory flat; anchors stay cached
  }
  return { pages: files.length, problems };
}
