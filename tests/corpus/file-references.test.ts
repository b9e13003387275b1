// The sources point at files of the repositories they were taken from ("See 08_x/y.md for even
// more detailed answers!"); none of those files is shipped, so no answer may name one.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/ingest/ingest.ts';

const { files } = ingest({ manifest: 'content/sources/sources.json', outDir: 'unused', write: false });
/** A file name ending in .md, with or without a folder, also with a word glued on ("x.mdfor"). Markdown escapes removed. */
const MD_FILE = /(?<![\w/.-])[\w./-]*\w\.md(?=[a-z]*\b)/g;

describe('file references in all generated answers', () => {
  it('name no .md file that does not exist', () => {
    expect(files).toHaveLength(886);
    const missing = files.flatMap((f) =>
      [...f.body.replace(/\\(?=[_*.\\-])/g, '').matchAll(MD_FILE)].map((m) => m[0]).filter((name) => !existsSync(name)).map((name) => `${f.id}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('would see one: the pattern finds the references the sources hold', () => {
    const body = 'See 34\\_discriminative\\_generative/model\\_assumptions\\_detailed.mdfor detailed explanations';
    expect([...body.replace(/\\(?=[_*.\\-])/g, '').matchAll(MD_FILE)].map((m) => m[0])).toEqual(['34_discriminative_generative/model_assumptions_detailed.md']);
  });
});
