// A stale cache can never produce a wrong page: real builds (`node scripts/build.ts`) of one
// source (llm-fifty, 50 questions with formulas) in a temporary copy of the project. After an
// answer is edited in its source, a warm rebuild shows the new answer and renders that answer
// alone, and every file it writes, pages copied from the last build by Astro's incremental build
// included, is the one a cold build of the edited source writes; with nothing changed the site is not built again, unless its output was changed; after
// a KaTeX option changes, every answer is rendered again with it.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../../../scripts/check/project-copy.ts';
import { EDIT_MARK, editOneAnswer, type Edit } from '../../../scripts/bench/edit.ts';
import { buildProject } from '../../../scripts/bench/project-build.ts';
import { filesUnder } from '../../../src/lib/fingerprint.ts';
import { rmSync } from 'node:fs';

const dir = projectCopy('atlas-warm-', (sources) => {
  const manifest = JSON.parse(readFileSync(join(sources, 'sources.json'), 'utf8')) as { sources: { id: string }[] };
  writeFileSync(join(sources, 'sources.json'), JSON.stringify({ sources: manifest.sources.filter((s) => s.id === 'llm-fifty') }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The answer of every question page, by id. */
function answers(): Map<string, string> {
  const root = join(dir, 'dist/questions');
  return new Map(
    filesUnder(root, (p) => p.endsWith('index.html')).map((f) => [f.slice(root.length + 1, -'/index.html'.length), /<div class="answer"[^>]*>[\s\S]*?<\/article>/.exec(readFileSync(f, 'utf8'))?.[0] ?? '']),
  );
}

describe('a warm rebuild', () => {
  let edit: Edit;
  let before: Map<string, string>;

  it('shows an edited answer, and renders no other answer again', async () => {
    const cold = await buildProject(dir);
    expect(cold.notes).toMatch(/50 questions: 0 unchanged, 0 answers from the render cache, 50 rendered/);
    before = answers();
    edit = editOneAnswer(dir);
    const warm = await buildProject(dir);
    expect(warm.notes).toMatch(/ingest [\d.]+ s ran \(sources, topics or ingest code changed\)/);
    expect(warm.notes).toMatch(/50 questions: 49 unchanged, 0 answers from the render cache, 1 rendered/);
    const after = answers();
    expect(after.get(edit.id)).toContain(EDIT_MARK);
    expect([...after].filter(([id, html]) => before.get(id) !== html).map(([id]) => id)).toEqual([edit.id]);
    // The pages Astro did not generate again (their keys, src/lib/catalogue/page-keys.ts, are the
    // same) are what a build with no cache at all writes, byte for byte, and so is every other file.
    const repro = spawnSync(process.execPath, ['scripts/check-reproducible.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ATLAS_SITE: 'http://localhost:4321', ATLAS_BASE: '', ATLAS_OUT_DIR: '', ATLAS_ONLY: '' } });
    expect(repro.status, repro.stderr).toBe(0);
  }, 600_000);

  it('shows the answer as it was once the edit is undone, from the render cache', async () => {
    edit.undo();
    const warm = await buildProject(dir);
    expect(warm.notes).toMatch(/49 unchanged, 1 answer from the render cache, 0 rendered/);
    expect(answers()).toEqual(before);
  }, 600_000);

  it('skips the site when nothing changed, and builds it again when its output was changed', async () => {
    const nothing = await buildProject(dir);
    expect(nothing.notes).toMatch(/nothing the site is built from changed and dist\/ is as the last build wrote it: astro and pagefind skipped/);
    expect(answers()).toEqual(before);
    const page = join(dir, 'dist/questions', edit.id, 'index.html');
    writeFileSync(page, 'tampered');
    const again = await buildProject(dir);
    expect(again.notes).toMatch(/the site is built: dist\/ is not what it wrote/);
    expect(readFileSync(page, 'utf8')).toMatch(/<div class="answer"[^>]*>/);
  }, 600_000);

  it('renders every answer again with a changed KaTeX option', async () => {
    const plugins = join(dir, 'src/lib/markdown/plugins.ts');
    writeFileSync(plugins, readFileSync(plugins, 'utf8').replace("output: 'mathml' as const", "output: 'htmlAndMathml' as const"));
    const warm = await buildProject(dir);
    expect(warm.notes).toMatch(/ingest [\d.]+ s skipped/);
    expect(warm.notes).toMatch(/50 questions: 0 unchanged, 0 answers from the render cache, 50 rendered/);
    const withFormulas = [...answers()].filter(([, html]) => html.includes('class="katex"'));
    expect(withFormulas.length).toBeGreaterThan(5);
    for (const [, html] of withFormulas) expect(html).toContain('class="katex-html"');
  }, 600_000);
});
