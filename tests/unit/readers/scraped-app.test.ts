import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shipped, written } from '../../helpers/answers.ts';
import fc from 'fast-check';
import { parser } from '@lezer/python';
import { readScrapedApp } from '../../../scripts/ingest/readers/scraped-app.ts';
import { IngestError, splitLines, unaccountedLines } from '../../../scripts/ingest/model.ts';
import { proseOf } from '../../../scripts/ingest/mdast/prose.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';

const FILE = 'content/sources/004_926b6ca842eca622.txt';
const text = readFileSync(FILE, 'utf8');
const lines = splitLines(text);
const read = (t: string, file = 'test.txt') => written(readScrapedApp({ sourceId: 'test', file, text: t }));

/** The ```python blocks of a Markdown body. */
const pythonBlocks = (md: string) => [...md.matchAll(/^(`{3,})python\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]!);

/** Positions where @lezer/python found a syntax error. */
function pythonErrors(code: string): number[] {
  const errors: number[] = [];
  parser.parse(code).iterate({
    enter: (node) => {
      if (node.type.isError) errors.push(node.from);
    },
  });
  return errors;
}

const LABEL_LINES = /^(?:Beginner|Intermediate|Advanced|Math\/Code|Math_code|Comprehensive Explanation|Python \/ PyTorch Code)$/m;

describe('scraped-app reader on NLP Interview Master (004)', () => {
  const result = written(readScrapedApp(shipped('nlp-interview-master')));
  const byNumber = (n: number) => result.questions.find((q) => q.number === n)!;

  it('finds the 100 items once, numbered 1..100', () => {
    // 1011 lines (the last, "Math_code", has no final newline). The chrome says "Showing 100
    // results" (of "200+"): 100 number lines, 1..100 in order with no repeats or gaps in this
    // scrape (the sources README warns items may be out of order; here they are not, and the
    // reader does not depend on it). Each item has exactly one "Comprehensive Explanation".
    expect(lines).toHaveLength(1011);
    expect(lines.filter((l) => /^\d+$/.test(l))).toHaveLength(100);
    expect(lines.filter((l) => l === 'Comprehensive Explanation')).toHaveLength(100);
    expect(result.questions).toHaveLength(100);
    expect(result.questions.map((q) => q.number)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('has no sections: the app prints none, its categories go to frontmatter', () => {
    // The categories (Beginner, Intermediate, Advanced, Math_code) are the app's filter and
    // repeat the level for 75 items, so they are `category`, not a section path.
    expect(result.sections).toEqual([]);
    expect(result.questions.every((q) => q.sectionPath.length === 0)).toBe(true);
  });

  it('accounts for every line: chrome, previews and app labels are dropped with a reason', () => {
    expect(unaccountedLines(text, result)).toEqual([]);
    expect(result.dropped[0]).toEqual({ start: 1, end: 6, reason: 'page chrome' });
    const count = (reason: string) => result.dropped.filter((d) => d.reason === reason).length;
    // 70 previews are cut with "..."; the other 30 are short enough to be shown whole and
    // repeat the full text word for word. Either way the full text is kept once.
    expect(count('truncated preview of the full text below')).toBe(70);
    expect(count('preview repeating the full text below')).toBe(30);
    expect(count('app label "Comprehensive Explanation" (the answer follows)')).toBe(100);
    expect(count('app label "Python / PyTorch Code" (a python code block follows)')).toBe(25);
    expect(result.dropped).toHaveLength(1 + 70 + 30 + 100 + 25);
  });

  it('keeps each full text once and never the preview', () => {
    for (const q of result.questions) {
      const preview = lines[q.line + 3]!; // line after the blank after the level line
      const full = lines[q.line + 6]!;
      expect(lines[q.line + 5]).toBe('Comprehensive Explanation');
      expect(full.startsWith(preview.replace(/\.\.\.$/, ''))).toBe(true);
      const first = q.answer.children[0]!;
      expect([first.type, proseOf({ type: 'root', children: [first] })]).toEqual(['paragraph', full.trim()]);
      expect(q.body).not.toContain('...\n');
    }
  });

  it('puts level, kind and category in frontmatter and none of the labels in the body', () => {
    const tally = (f: (q: (typeof result.questions)[number]) => string | undefined) => {
      const t: Record<string, number> = {};
      for (const q of result.questions) t[String(f(q))] = (t[String(f(q))] ?? 0) + 1;
      return t;
    };
    expect(tally((q) => q.difficulty)).toEqual({ beginner: 25, intermediate: 25, advanced: 25, undefined: 25 });
    expect(tally((q) => q.kind)).toEqual({ 'Math/Code': 25, undefined: 75 });
    expect(tally((q) => q.category)).toEqual({ Beginner: 25, Intermediate: 25, Advanced: 25, Math_code: 25 });
    expect(byNumber(76)).toMatchObject({ kind: 'Math/Code', category: 'Math_code' });
    expect(byNumber(76).difficulty).toBeUndefined();
    for (const q of result.questions) expect(q.body).not.toMatch(LABEL_LINES);
  });

  it('reads sampled items with exact boundaries', () => {
    expect(byNumber(1)).toMatchObject({ title: 'What is Natural Language Processing (NLP)?', difficulty: 'beginner', line: 7, endLine: 15 });
    expect(byNumber(23)).toMatchObject({ title: 'Calculate Document Frequency.', line: 205, endLine: 213 });
    expect(byNumber(23).body).toBe(
      'Document Frequency (DF) is the number of documents in which a term appears. It helps determine the uniqueness of the term globally.\n',
    );
    const q53 = byNumber(53);
    expect(q53).toMatchObject({ title: 'Explain the calculation of Scaled Dot-Product Attention.', difficulty: 'advanced', line: 475, endLine: 483 });
    // Formula-like prose stays escaped text (no `*` emphasis, no `_` subscript).
    expect(q53.body).toMatch(/^Attention\(Q, K, V\) = softmax\(\(Q \\\* K\^T\) \/ sqrt\(d_k\)\) \\\* V\. /);
    expect(byNumber(75)).toMatchObject({ title: 'Explain Direct Preference Optimization (DPO).', line: 673, endLine: 681 });
    const last = result.questions.at(-1)!;
    expect(last).toMatchObject({ number: 100, title: 'Write an RNN step function loop.', line: 999, endLine: 1011, category: 'Math_code' });
    expect(last.body.trimEnd().split('\n').slice(-2)).toEqual(['    h_t = torch.tanh(W_xh @ x_t + W_hh @ h_t + b)', '```']);
  });

  it('makes the code a ```python block with indentation and blank lines intact', () => {
    const q78 = byNumber(78);
    expect(q78).toMatchObject({ line: 709, endLine: 725 });
    expect(q78.body).toBe(
      ['Forward pass utilizing matrix multiplications.', '', '```python', ...lines.slice(717, 724), '```', ''].join('\n'),
    );
    expect(pythonBlocks(byNumber(89).body)[0]).toBe(lines.slice(867, 874).join('\n'));
  });

  it('gives 25 python blocks that all parse with @lezer/python', () => {
    const blocks = result.questions.flatMap((q) => pythonBlocks(q.body));
    expect(blocks).toHaveLength(25);
    expect(result.questions.filter((q) => pythonBlocks(q.body).length === 1).map((q) => q.number)).toEqual(
      Array.from({ length: 25 }, (_, i) => 76 + i),
    );
    for (const code of blocks) expect(pythonErrors(code)).toEqual([]);
  });

  it('renders every answer through the site pipeline without a KaTeX error', async () => {
    for (const q of result.questions) {
      const html = await renderMarkdown(q.body);
      expect(html).not.toContain('katex-error');
      expect(html).not.toContain('<em>');
    }
  });

});

describe('scraped-app reader: edge cases', () => {
  it('keeps a "preview" that is not the start of the full text, and an item without a full text', () => {
    const src = [
      'App', // 1: chrome
      '1',
      'What is X?',
      'Beginner',
      '',
      'Something else entirely...', // 6: not a prefix of the full text: kept
      '',
      'Comprehensive Explanation',
      'The full text.',
      'Beginner',
      '2',
      'What is Y?',
      'Hard', // 13: another level word
      '',
      'Only a preview, no explanation...', // 15: the only text: kept
      'Theory', // 16: category
    ].join('\n');
    const r = read(src);
    expect(r.questions.map((q) => [q.number, q.title, q.difficulty, q.category, q.line, q.endLine])).toEqual([
      [1, 'What is X?', 'beginner', 'Beginner', 2, 10],
      [2, 'What is Y?', 'advanced', 'Theory', 11, 16],
    ]);
    expect(r.questions[0]!.body).toBe('Something else entirely...\n\nThe full text.\n');
    expect(r.questions[1]!.body).toBe('Only a preview, no explanation...\n');
    expect(r.dropped).toEqual([
      { start: 1, end: 1, reason: 'page chrome' },
      { start: 8, end: 8, reason: 'app label "Comprehensive Explanation" (the answer follows)' },
    ]);
  });

  it('escapes HTML and markup in prose, and fences code holding backticks safely', async () => {
    const src = [
      '7',
      'Show <b>it</b>?',
      'Math/Code',
      '',
      '<script>alert(1)</script> costs $5 and $6...',
      '',
      'Comprehensive Explanation',
      '<script>alert(1)</script> costs $5 and $6 [x](javascript:alert(1)).',
      'Python / PyTorch Code',
      's = "```"',
      '',
      'if s:',
      '    print(s)',
    ].join('\n');
    const r = read(src);
    const q = r.questions[0]!;
    expect(q).toMatchObject({ title: 'Show <b>it</b>?', kind: 'Math/Code', number: 7 });
    expect(q.category).toBeUndefined();
    expect(q.body).toContain('\\<script>alert(1)\\</script> costs \\$5 and \\$6 \\[x]\\(javascript\\:alert(1)).');
    expect(q.body).toContain('````python\ns = "```"\n\nif s:\n    print(s)\n````');
    const html = await renderMarkdown(q.body);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('href="javascript');
  });

  it('fails with an IngestError naming the file when there is no item', () => {
    expect(() => read('NLP Interview Master\n\nNothing here.', 'content/sources/app.txt')).toThrowError(IngestError);
    expect(() => read('1\nTitle only', 'content/sources/app.txt')).toThrowError(/content\/sources\/app\.txt: no questions found/);
    expect(() => read('')).toThrowError(IngestError);
  });

  it('never throws anything but IngestError and accounts for every line, on any input', () => {
    const excerpt = lines.slice(680, 780);
    const mutated = fc
      .array(
        fc.oneof(
          fc.constantFrom(...excerpt),
          fc.string(),
          fc.constantFrom('12', 'Beginner', 'Math/Code', 'Comprehensive Explanation', 'Python / PyTorch Code', '', '    x = 1'),
        ),
        { maxLength: 60 },
      )
      .map((ls) => ls.join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated), (input) => {
        try {
          const r = read(input);
          expect(unaccountedLines(input, r)).toEqual([]);
          for (const q of r.questions) expect(q.body).toMatch(/^$|\n$/);
        } catch (e) {
          expect(e).toBeInstanceOf(IngestError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
