import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shipped, written } from '../../helpers/answers.ts';
import fc from 'fast-check';
import katex from 'katex';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { readNumberedLatex } from '../../../scripts/ingest/readers/numbered-latex.ts';
import { uprightNames } from '../../../scripts/ingest/recover/upright-names.ts';
import { IngestError, splitLines, unaccountedLines } from '../../../scripts/ingest/model.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';

const FILE = 'content/sources/002_87e323118508622c.txt';
const text = readFileSync(FILE, 'utf8');
const read = (t: string, file = 'test.txt') => written(readNumberedLatex({ sourceId: 'test', file, text: t }));

/** The formulas of a Markdown body as remark-math reads them. */
function formulas(markdown: string): { display: string[]; inline: string[] } {
  const tree = unified().use(remarkParse).use(remarkMath).parse(markdown);
  const display: string[] = [];
  const inline: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'math') display.push((node as { value: string }).value);
    if (node.type === 'inlineMath') inline.push((node as { value: string }).value);
  });
  return { display, inline };
}

describe('numbered-latex reader on the LLM interview questions source (002)', () => {
  const result = written(readNumberedLatex(shipped('llm-fifty')));
  const byNumber = (n: number) => result.questions.find((q) => q.number === n)!;

  it('finds the 50 questions once, numbered 1..50 in order', () => {
    // 114 lines: line 1 is the heading, then 50 question lines each followed by its answer
    // (one paragraph line, or 2-4 "- " lines). Numbering is 1..50 without repeats or gaps.
    expect(splitLines(text)).toHaveLength(114);
    expect(result.questions).toHaveLength(50);
    expect(result.questions.map((q) => q.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(result.questions.every((q) => q.source === 'llm-fifty')).toBe(true);
  });

  it('drops "2. LLM Interview Questions" as the document title: no sections', () => {
    // The only heading, before every question, and the manifest title of the source (its "2."
    // is the chapter number in a larger original): a section holding the whole document
    // would only repeat the source title on every page.
    expect(result.sections).toEqual([]);
    expect(result.dropped).toEqual([{ start: 1, end: 1, reason: 'document title' }]);
    expect(result.questions.every((q) => q.sectionPath.length === 0)).toBe(true);
    expect(unaccountedLines(text, result)).toEqual([]);
  });

  it('reads sampled questions with exact boundaries and answer lines', () => {
    const q1 = byNumber(1);
    expect(q1).toMatchObject({ title: 'What does tokenization entail, and why is it critical for LLMs?', line: 2, endLine: 3 });
    expect(q1.body.split('\n')[0]).toMatch(/^Tokenization is the process of breaking down raw text/);
    expect(q1.body.trimEnd().split('\n').at(-1)).toBe(
      '- **Benefits:** It enables models to handle diverse languages, manage rare words, and optimize vocabulary size for computational efficiency.',
    );
    const q34 = byNumber(34);
    expect(q34).toMatchObject({ title: 'What types of foundation models exist?', line: 73, endLine: 77 });
    expect(q34.body).toBe(
      '- **Language Models:** BERT, GPT-4.\n- **Vision Models:** ResNet.\n- **Generative Models:** DALL-E.\n- **Multimodal Models:** CLIP.\n',
    );
    const q45 = byNumber(45);
    expect(q45).toMatchObject({ line: 101, endLine: 104 });
    const last = result.questions.at(-1)!;
    expect(last).toMatchObject({ number: 50, title: 'What challenges do LLMs face in deployment?', line: 113, endLine: 114 });
    expect(last.body).toBe(
      'Major challenges include Resource Intensity (high compute demand), Bias (perpetuating training data flaws), Interpretability (difficulty in explaining outputs), and Privacy (data security concerns).\n',
    );
  });

  it('turns the inline " * Label:" bullets into real list items after the lead paragraph', () => {
    const q6 = byNumber(6);
    expect(q6.body).toBe(
      [
        'Temperature is a hyperparameter that adjusts the randomness of token selection.',
        '',
        '- **Low Temperature (e.g., 0.3):** Favors high-probability tokens, producing predictable, focused outputs.',
        '- **High Temperature (e.g., 1.5):** Increases diversity by flattening the probability distribution.',
        '- **Balanced:** 0.8 is often the "sweet spot" for storytelling.',
        '',
      ].join('\n'),
    );
    // 10 answers (1, 2, 3, 6, 7, 8, 10, 14, 17, 20) use 22 inline bullets; 9 answers use 22
    // "- " lines: 44 list items in all, each "**Label:** text". None is left run together.
    const inlineBullets = text.match(/ \* (?=[^*:]{1,80}: )/g)!.length;
    expect(inlineBullets).toBe(22);
    expect(splitLines(text).filter((l) => l.startsWith('- '))).toHaveLength(22);
    const items = result.questions.flatMap((q) => q.body.split('\n').filter((l) => l.startsWith('- ')));
    expect(items).toHaveLength(44);
    expect(items.every((l) => /^- \*\*[^*]+:\*\* \S/.test(l))).toBe(true);
    for (const q of result.questions) expect(q.body).not.toMatch(/ \\?\* /);
  });

  it('makes $\\(...\\)$ display math and \\(...\\) inline math, and KaTeX renders every formula', () => {
    const all = result.questions.map((q) => formulas(q.body));
    const display = all.flatMap((f) => f.display);
    const inline = all.flatMap((f) => f.inline);
    // Display formulas in answers 23, 24, 25, 29, 32; inline ones in 18, 24 (three) and 30.
    expect(display).toHaveLength(5);
    expect(inline).toEqual(['L1/L2', 'Q', 'K', 'O(n^{2})', 'x > 0']);
    for (const tex of [...display, ...inline]) expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
    expect(byNumber(23).body).toContain(
      'probability distribution:\n\n$$\n\\operatorname{softmax}(x_{i})=\\frac{e^{x_{i}}}{\\sum_{j}e^{x_{j}}}\n$$\n\nIn attention, it converts',
    );
    for (const q of result.questions) expect(q.body).not.toMatch(/\\\(|\\\)/);
  });

  it('sets the names in formulas upright as one word: softmax, Score, Attention, log (23, 24, 25, 29, 32)', () => {
    /** The identifiers and operators of a formula's MathML, in order. */
    const tokens = (tex: string) =>
      [...katex.renderToString(tex, { throwOnError: true, output: 'mathml' }).replace(/<annotation[\s\S]*<\/annotation>/, '').matchAll(/<(mi|mo)[^>]*>([^<]*)<\/\1>/g)].map((m) => m[2]);
    const display = result.questions.flatMap((q) => formulas(q.body).display);
    expect(display).toEqual([
      '\\operatorname{softmax}(x_{i})=\\frac{e^{x_{i}}}{\\sum_{j}e^{x_{j}}}',
      '\\operatorname{Score}=\\frac{Q\\cdot K}{\\sqrt{d_{k}}}',
      'L=-\\sum y_{i}\\log(\\hat{y}_{i})',
      'D_{KL}(P||Q)=\\sum P(x)\\log\\frac{P(x)}{Q(x)}',
      '\\operatorname{Attention}(Q,K,V)=\\operatorname{softmax}(\\frac{QK^{T}}{\\sqrt{d_{k}}})V',
    ]);
    const all = display.flatMap(tokens);
    for (const name of ['softmax', 'Score', 'Attention', 'log']) expect(all).toContain(name);
    // No name is left spelled out as single italic letters ("s", "o", "f", "t", "m", "a", "x").
    expect(all.join(' ')).not.toMatch(/\bs o f t\b|\bl o g\b|\bS c o r e\b/);
    // Words inside \\text{} and names after a backslash are left alone; "logits" is not "log".
    expect(uprightNames('\\text{softmax} + \\log x + logits + argmax_i')).toBe('\\text{softmax} + \\log x + logits + \\operatorname*{arg\\,max}_i');
    // Names other than TeX's own come from the source's words file (llm-fifty.words.yaml).
    expect([uprightNames('Score=QK', ['Score']), uprightNames('Score=QK')]).toEqual(['\\operatorname{Score}=QK', 'Score=QK']);
  });

  it('renders every answer through the site pipeline without a KaTeX error', async () => {
    for (const q of result.questions) {
      const html = await renderMarkdown(q.body);
      expect(html).not.toContain('katex-error');
    }
    const html = await renderMarkdown(byNumber(32).body);
    expect(html).toContain('display="block"');
  });

});

describe('numbered-latex reader: edge cases', () => {
  it('reads several numbered headings as sections, numbering restarting at 1', () => {
    const src = [
      '1. Basics', // 1: heading (followed by "1.")
      '1. What is a token?', // 2
      'A unit of text.',
      '2. Attention', // 4: heading again, numbering restarts
      '1. What is attention', // 5: no "?" but next in sequence
      'Weighting.',
      '2. What is a head?', // 7
      'Steps:',
      '1. project', // 9: numbered points inside the answer...
      '2. apply', // 10
      '3. sum', // 11: ...the next point, though it is also the next question number
      '3. What is a layer?', // 12: a question
      'A block.',
    ].join('\n');
    const r = read(src);
    expect(r.sections).toEqual([
      { path: ['Basics'], line: 1, endLine: 1 },
      { path: ['Attention'], line: 4, endLine: 4 },
    ]);
    expect(r.questions.map((q) => [q.number, q.title, q.sectionPath, q.line, q.endLine])).toEqual([
      [1, 'What is a token?', ['Basics'], 2, 3],
      [1, 'What is attention', ['Attention'], 5, 6],
      [2, 'What is a head?', ['Attention'], 7, 11],
      [3, 'What is a layer?', ['Attention'], 12, 13],
    ]);
    expect(r.questions[2]!.body).toBe('Steps:\n\n1\\. project\n\n2\\. apply\n\n3\\. sum\n');
    expect(unaccountedLines(src, r)).toEqual([]);
  });

  it('keeps a formula KaTeX cannot read as escaped text, and escapes prose', () => {
    const r = read(
      '1. Q?\nCosts $0.50 or __init__ <script>alert(1)</script> and \\(\\frac{1}{\\)x. Real: \\(a_{1}\\) [x](javascript:alert(1))',
    );
    const body = r.questions[0]!.body;
    expect(body).toContain('\\$0.50');
    expect(body).toContain('\\_\\_init\\_\\_');
    expect(body).toContain('\\<script>');
    expect(body).toContain('\\\\(\\frac{1}{\\\\)x');
    expect(body).toContain('$a_{1}$');
    expect(body).toContain('\\[x]\\(javascript\\:alert(1))');
    expect(formulas(body).inline).toEqual(['a_{1}']);
  });

  it('puts display math inside an inline bullet under its list item', async () => {
    const r = read('1. Q?\nLead. * Formula: $\\(a^{2}+b^{2}\\)$ where a, b are sides.');
    expect(r.questions[0]!.body).toBe('Lead.\n\n- **Formula:**\n\n  $$\n  a^{2}+b^{2}\n  $$\n\n  where a, b are sides.\n');
    const html = await renderMarkdown(r.questions[0]!.body);
    expect(html).toContain('display="block"');
    expect(html).not.toContain('katex-error');
  });

  it('drops text before the first question with a reason', () => {
    const r = read('Intro text\n\n1. Q?\nA.');
    expect(r.dropped).toEqual([{ start: 1, end: 1, reason: 'text before the first question' }]);
  });

  it('fails with an IngestError naming the file when there is no question', () => {
    expect(() => read('Just prose.\nMore prose.', 'content/sources/mine.txt')).toThrowError(IngestError);
    expect(() => read('Just prose.', 'content/sources/mine.txt')).toThrowError(/content\/sources\/mine\.txt: no questions found/);
    expect(() => read('')).toThrowError(IngestError);
  });

  it('never throws anything but IngestError and accounts for every line, on any input', () => {
    const excerpt = splitLines(text).slice(0, 60);
    const mutated = fc
      .array(
        fc.oneof(
          fc.constantFrom(...excerpt),
          fc.string(),
          fc.constantFrom('1. Q?', '2. Heading', '- item: x', ' * A: b', '$\\(x\\)$', '\\(\\frac{\\)', '', '   '),
        ),
        { maxLength: 50 },
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
