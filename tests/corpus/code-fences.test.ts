// Every ```python fence the ingest writes, in every shipped source, is Python: Shiki highlights it
// as Python and a reader may copy it, so maths or prose in a python fence is a defect.
import { parser } from '@lezer/python';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/ingest/ingest.ts';

const { files } = ingest({ manifest: 'content/sources/sources.json', outDir: 'unused', write: false });
/** [question id, fence language, code] for every fenced block (``` or longer fences). */
const fences = files.flatMap((f) =>
  [...f.body.matchAll(/^(`{3,})([\w-]*)\n([\s\S]*?)\n\1$/gm)].map((m) => [f.id, m[2]!, m[3]!] as const),
);

/** Error nodes in the Lezer Python parse of some code, with a little context for the message. */
function errors(code: string): string[] {
  const found: string[] = [];
  parser.parse(`${code}\n`).iterate({
    enter: (n) => {
      if (n.type.isError) found.push(`at ${n.from}: ${JSON.stringify(code.slice(Math.max(0, n.from - 20), n.from + 20))}`);
    },
  });
  return found;
}

describe('python code fences in all generated questions', () => {
  it('cover all five sources', () => {
    const sources = new Set(files.map((f) => f.frontmatter.source));
    expect([...sources].sort()).toEqual(['ai-engineer', 'llm-fifty', 'ml-dl-llm-2025', 'ml-llm-qa', 'nlp-interview-master']);
    expect(files).toHaveLength(886);
    // Enough python fences that the check means something (000, 001, 003 and 004 print code).
    expect(fences.filter(([, lang]) => lang === 'python').length).toBeGreaterThan(40);
  });

  it('parse with the Lezer Python grammar without an error node', () => {
    const bad = fences.filter(([, lang]) => lang === 'python').map(([id, , code]) => [id, errors(code)] as const).filter(([, e]) => e.length);
    expect(bad).toEqual([]);
  });
});
