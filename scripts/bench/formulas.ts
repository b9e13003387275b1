// What MathML-only output saves, measured on a built site: the question page with the most
// formula markup, as built (KaTeX `output: 'mathml'`), against the same page with KaTeX's default
// `htmlAndMathml` output, which repeats each formula as styled HTML and needs KaTeX's stylesheet
// and web fonts. The HTML part is rendered with the site's own KaTeX options, from the TeX that
// each built formula keeps in its <annotation>.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import katex from 'katex';
import { katexOptions } from '../../src/lib/markdown/plugins.ts';

const FORMULA = /<span class="katex">(<math\b[^>]*>[\s\S]*?<\/math>)<\/span>/g;
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&');

/** A built page with KaTeX's htmlAndMathml output instead of MathML only. */
export function withHtmlOutput(html: string): string {
  return html.replace(FORMULA, (_, math: string) => {
    const tex = decode(/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/.exec(math)?.[1] ?? '');
    const displayMode = /^<math\b[^>]*\bdisplay="block"/.test(math);
    const rendered = katex.renderToString(tex, { ...katexOptions, output: 'html', displayMode });
    // KaTeX's own structure: .katex > .katex-mathml > math, then .katex-html (ignored by the index, as the site's pipeline does).
    const htmlPart = /<span class="katex-html"[\s\S]*(?=<\/span>)/.exec(rendered.replace(/^<span class="katex-display">([\s\S]*)<\/span>$/, '$1'))![0].replace('aria-hidden="true"', 'aria-hidden="true" data-pagefind-ignore=""');
    const inner = `<span class="katex"><span class="katex-mathml">${math}</span>${htmlPart}</span>`;
    return displayMode ? `<span class="katex-display">${inner}</span>` : inner;
  });
}

export interface FormulaBytes {
  page: string;
  formulas: number;
  mathml: { raw: number; gz: number };
  htmlAndMathml: { raw: number; gz: number };
  katexCss: { raw: number; gz: number };
  fonts: { files: number; woff2: number; mainAndMath: number };
}

export function measureFormulaOutput(dist: string): FormulaBytes {
  let best = { page: '', bytes: -1, formulas: 0 };
  for (const source of readdirSync(join(dist, 'questions'), { withFileTypes: true })) {
    if (!source.isDirectory()) continue; // questions/index.html lists the sources
    for (const entry of readdirSync(join(dist, 'questions', source.name), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue; // questions/<source>/index.html points to the source page
      const slug = entry.name;
      const page = join('questions', source.name, slug, 'index.html');
      const found = [...readFileSync(join(dist, page), 'utf8').matchAll(FORMULA)];
      const bytes = found.reduce((n, m) => n + m[0].length, 0);
      if (bytes > best.bytes) best = { page, bytes, formulas: found.length };
    }
  }
  const html = readFileSync(join(dist, best.page), 'utf8');
  const heavy = withHtmlOutput(html);
  const size = (s: string | Buffer) => ({ raw: Buffer.byteLength(s), gz: gzipSync(s).length });
  const katexDist = dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));
  const woff2 = readdirSync(join(katexDist, 'fonts')).filter((f) => f.endsWith('.woff2'));
  const fontBytes = (f: string) => statSync(join(katexDist, 'fonts', f)).size;
  return {
    page: best.page,
    formulas: best.formulas,
    mathml: size(html),
    htmlAndMathml: size(heavy),
    katexCss: size(readFileSync(join(katexDist, 'katex.min.css'))),
    fonts: {
      files: woff2.length,
      woff2: woff2.reduce((n, f) => n + fontBytes(f), 0),
      // Nearly every formula uses these two: variables (Math-Italic) and digits and operators (Main).
      mainAndMath: fontBytes('KaTeX_Main-Regular.woff2') + fontBytes('KaTeX_Math-Italic.woff2'),
    },
  };
}
