// npm run check:subpath: builds the site under the sub-path /atlas/ into dist-subpath/, from the
// shipped sources plus the unsafe test source (scripts/check/subpath-build.ts), and checks it the
// way check:site checks dist/: every link and #anchor, titles, descriptions, math, HTML, no inline
// code, no fonts. The browser tests of the sub-path and of the unsafe source reuse this build.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkSite } from './check/site.ts';
import { buildSubpathSite, SUBPATH_BASE, SUBPATH_DIR, UNSAFE_SOURCE } from './check/subpath-build.ts';

const buildS = buildSubpathSite(SUBPATH_DIR, { quiet: true }); // its output is printed if it fails
const started = performance.now();
const { pages, problems } = await checkSite(SUBPATH_DIR, { base: SUBPATH_BASE });
// The unsafe source must really be in this build, and only in this one.
if (!existsSync(join(SUBPATH_DIR, 'questions', UNSAFE_SOURCE.id))) problems.push({ file: `questions/${UNSAFE_SOURCE.id}/`, message: 'the unsafe test source was not built' });
if (existsSync(join('dist', 'questions', UNSAFE_SOURCE.id))) problems.push({ file: `dist/questions/${UNSAFE_SOURCE.id}/`, message: 'the unsafe test source is in the shipped build' });
const byFile = Map.groupBy(problems, (p) => p.file);
for (const [file, list] of byFile) {
  console.error(file);
  for (const p of list) console.error(`  ${p.message}`);
}
const secs = `build ${buildS.toFixed(0)} s, check ${((performance.now() - started) / 1000).toFixed(0)} s`;
if (problems.length) {
  console.error(`\ncheck:subpath: ${problems.length} problem(s) in ${byFile.size} file(s) of ${SUBPATH_DIR}/ (${pages} pages, base ${SUBPATH_BASE}; ${secs})`);
  process.exit(1);
}
console.log(`check:subpath: ${pages} pages in ${SUBPATH_DIR}/ (base ${SUBPATH_BASE}, with the unsafe test source): links, anchors, titles, descriptions, math, HTML, no inline code, no fonts: all fine (${secs})`);
