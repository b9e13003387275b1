// npm run check:site [dir]: checks every HTML page of a built site (default dist/, or ATLAS_OUT_DIR)
// for broken links and anchors, missing titles/descriptions, KaTeX errors, invalid HTML
// (html-validate, configured in .htmlvalidate.mjs), inline scripts and event-handler attributes,
// and every file for web fonts. ATLAS_BASE: the sub-path it was built for.
import { normalizeBase } from '../src/lib/site-config.ts';
import { checkSite } from './check/site.ts';

const dir = process.argv[2] ?? process.env.ATLAS_OUT_DIR ?? 'dist';
const base = normalizeBase(process.env.ATLAS_BASE);
const started = Date.now();
const { pages, problems } = await checkSite(dir, { base });
const byFile = Map.groupBy(problems, (p) => p.file);
for (const [file, list] of byFile) {
  console.error(`${file}`);
  for (const p of list) console.error(`  ${p.message}`);
}
const secs = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(`\ncheck:site: ${problems.length} problem(s) in ${byFile.size} file(s) of ${dir}/ (${pages} pages, base ${base}), ${secs} s`);
  process.exit(1);
}
console.log(`check:site: ${pages} pages in ${dir}/ (base ${base}): links, anchors, titles, descriptions, math, HTML, no inline code, no fonts: all fine (${secs} s)`);
