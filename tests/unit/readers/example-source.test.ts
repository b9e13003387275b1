// The README's example of the generic format (docs/example-source.md) ingests as documented.
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest/ingest.ts';

describe('the documented example source', () => {
  it('becomes four questions in two sections, with code and math, and its intro reported as dropped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-example-'));
    copyFileSync('docs/example-source.md', join(dir, 'my-notes.md'));
    const manifest = join(dir, 'sources.json');
    writeFileSync(manifest, JSON.stringify({ sources: [{ id: 'my-notes', title: 'My interview notes', file: 'my-notes.md', format: 'markdown', origin: 'Example' }] }));
    const { files, report } = ingest({ manifest, outDir: join(dir, 'out'), write: false });
    expect(files.map((f) => [f.frontmatter.title, f.frontmatter.section.join(' > ')])).toEqual([
      ['What is variance?', 'Statistics'],
      ['Why does the sample variance divide by n - 1?', 'Statistics'],
      ['Why does dropout regularize?', 'Deep learning'],
      ['What is the bias-variance trade-off?', 'Deep learning'],
    ]);
    expect(files.map((f) => f.id)).toEqual([
      'my-notes/what-is-variance',
      'my-notes/why-does-the-sample-variance-divide-by-n-1',
      'my-notes/why-does-dropout-regularize',
      'my-notes/what-is-the-bias-variance-trade-off',
    ]);
    expect(files[0]!.body).toContain('#### Example');
    expect(files[0]!.frontmatter.hasMath).toBe(true);
    expect(files[2]!.frontmatter.hasCode).toBe(true);
    expect(files[2]!.body).toContain('# What is this?');
    expect(files[3]!.frontmatter.number).toBe(12);
    // "#### Why does it matter?" under "**12. …**" in a "##" section stays in question 12's answer.
    expect(files[3]!.body).toContain('#### Why does it matter?\n\nIt tells you whether to add data');
    expect(report.sources[0]!.dropped.map((d) => d.reason)).toContain('text before the first section');
  });
});
