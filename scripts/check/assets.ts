// Site-wide checks on the non-HTML files of a build: no web fonts ship. The site uses system
// fonts and renders formulas as MathML, which browsers lay out with their own math fonts; a font
// file or an @font-face rule means something (KaTeX's stylesheet, say) came back in.
export const FONT_FILE = /\.(?:woff2?|ttf|otf|eot)$/i;

/** Problems of one built file (path relative to the build); `text` reads it when needed. */
export function assetProblems(rel: string, text: () => string): string[] {
  if (FONT_FILE.test(rel)) return ['web font file (the site ships no fonts)'];
  if (/\.css$/i.test(rel)) {
    const css = text().replace(/\/\*[\s\S]*?\*\//g, '');
    const n = css.match(/@font-face\b/gi)?.length ?? 0;
    if (n) return [`${n} @font-face rule(s) (the site ships no fonts)`];
  }
  return [];
}
