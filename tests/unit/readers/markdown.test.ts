import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shipped, written } from '../../helpers/answers.ts';
import fc from 'fast-check';
import { readMarkdown } from '../../../scripts/ingest/readers/markdown.ts';
import { IngestError, splitLines, unaccountedLines } from '../../../scripts/ingest/model.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';
import { visibleText } from '../../helpers/visible.ts';

const FILE = 'content/sources/003_accef8ba4d48adff.txt';
const text = readFileSync(FILE, 'utf8');
const read = (t: string, file = 'test.md') => written(readMarkdown({ sourceId: 'test', file, text: t }));

describe('markdown reader on the 2025 comprehensive source (003)', () => {
  const result = written(readMarkdown(shipped('ml-dl-llm-2025')));

  it('finds every **N.** question once, numbered 1..545 in order', () => {
    // The source numbers its questions 1..545 with no repeats or gaps (its closing note
    // says "480 questions", which is out of date: the numbering is what counts).
    const printed = splitLines(text).filter((l) => /^\*\*\d+\.\s/.test(l)).length;
    expect(printed).toBe(545);
    expect(result.questions).toHaveLength(545);
    expect(result.questions.map((q) => q.number)).toEqual(Array.from({ length: 545 }, (_, i) => i + 1));
  });

  it('keeps 43 sections: 17 top-level ones with their ### subsections', () => {
    // 20 "##" headings, less the subtitle, "Table of Contents" and "Closing" (no questions) = 17
    // top-level sections with questions (the 16 of the table of contents and "Attention
    // Mechanisms Deep Dive"); with their "###" subsections, questions sit in 43 section paths.
    const paths = new Set(result.questions.map((q) => q.sectionPath.join(' > ')));
    expect(paths.size).toBe(43);
    expect(new Set(result.questions.map((q) => q.sectionPath[0])).size).toBe(17);
    expect(result.questions[0]!.sectionPath).toEqual(['Fundamentals & Statistics', 'Basic Probability & Statistics']);
    expect(result.questions.at(-1)!.sectionPath).toEqual(['Attention Mechanisms Deep Dive', 'Attention vs Alternatives']);
  });

  it('accounts for every line: questions, headings, or dropped with a reason', () => {
    expect(unaccountedLines(text, result)).toEqual([]);
    const reasons = new Set(result.dropped.map((d) => d.reason));
    expect(reasons).toContain('table of contents');
    expect(reasons).toContain('document title');
  });

  it('does not turn the table of contents into questions', () => {
    const toc = result.dropped.find((d) => d.reason === 'table of contents')!;
    expect(toc).toMatchObject({ start: 7, end: 22 });
    expect(result.questions.some((q) => q.line < 26)).toBe(false);
  });

  it('keeps a fenced code block whose # lines are comments, not headings', () => {
    const q = result.questions.find((x) => x.number === 500)!;
    expect(q.title).toBe('What is the implementation difference between MHA, MQA, and GQA?');
    expect(q.body).toContain('```python\n# MHA: Separate K,V per head');
    expect(q.body.trimEnd().endsWith('```')).toBe(true);
    expect(q.sectionPath).toEqual(['Attention Mechanisms Deep Dive', 'Grouped-Query Attention (GQA)']);
    expect(result.sections.some((s) => s.path.at(-1)?.startsWith('MHA'))).toBe(false);
    expect(q.line).toBe(3550);
    expect(q.endLine).toBe(3563);
  });

  it('reads sampled questions with exact boundaries', () => {
    const q1 = result.questions[0]!;
    expect(q1).toMatchObject({ number: 1, title: 'What is the difference between probability and likelihood?', line: 30, endLine: 33 });
    expect(q1.body.split('\n')[0]).toBe("- Probability: Given a model, what's the chance of observing specific data? P(data|model)");
    // From the middle of the file (lines 1595-1600), read by hand.
    const q227 = result.questions.find((x) => x.number === 227)!;
    expect(q227).toMatchObject({ title: 'What is Nesterov accelerated gradient?', line: 1595, endLine: 1600 });
    expect(q227.sectionPath).toEqual(['Optimization & Training', 'Gradient Descent Variants']);
    expect(q227.body.split('\n')[0]).toBe('- Look-ahead momentum: Compute gradient at predicted position');
    expect(q227.body.trimEnd().split('\n').at(-1)).toBe('- Used in many optimizers');
    expect(q227.body.trimEnd().split('\n')).toHaveLength(5);
    expect(result.questions[result.questions.indexOf(q227) + 1]).toMatchObject({ number: 228, title: 'Explain AdaGrad', line: 1602 });
    const last = result.questions.at(-1)!;
    expect(last.title).toBe('Why has Attention become dominant despite alternatives?');
    expect(last.body.trimEnd().split('\n').at(-1)).toBe('- Alternatives may complement, not replace, attention');
  });
});

describe('markdown reader: a "#" at the start of a list item is text, not a heading', () => {
  it('shows "# parameters" on the page of 003 line 470', async () => {
    expect(splitLines(text)[469]).toBe('- # parameters affects model capacity; hyperparameters affect learning');
    const r = written(readMarkdown(shipped('ml-dl-llm-2025')));
    const q = r.questions.find((x) => x.line < 470 && x.endLine >= 470)!;
    expect(q.title).toBe('What is the difference between parameters and hyperparameters?');
    const html = await renderMarkdown(q.body);
    expect(html).not.toMatch(/<h[1-6]/);
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => visibleText(m[1]!));
    expect(items).toContain('# parameters affects model capacity; hyperparameters affect learning');
  });

  it('escapes headings anywhere inside list items, and nothing in code or outside lists', async () => {
    const md = ['**1. Q?**', '- # one', '  # two', '1. ## three', '> - # four', '', '```', '- # code', '```', '', 'Text.'].join('\n');
    const body = read(md).questions[0]!.body;
    const html = await renderMarkdown(body);
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => visibleText(m[1]!));
    expect(items).toEqual(['# one # two', '## three', '# four']);
    expect(body).toContain('```\n- # code\n```');
    expect(html).not.toMatch(/<h[1-6]/);
  });
});

describe('markdown reader: the generic format for your own sources', () => {
  it('reads # / ## sections, Q: headings, ?-headings and bold numbered lines', () => {
    const md = [
      '# My notes', // 1: document title
      '',
      '## Statistics', // 3
      '',
      '### Q: What is variance?', // 5
      'The expected squared deviation.',
      '',
      '#### Example', // 8: deeper heading stays in the answer
      'Var(X) = E[(X - mu)^2]',
      '',
      '## Deep learning', // 11
      '',
      '### Why do we need activation functions?', // 13
      'Without them a network is linear.',
      '',
      '**7. What is dropout**', // 16
      'Randomly zeroes activations.',
    ].join('\n');
    const r = read(md);
    expect(r.questions.map((q) => [q.title, q.sectionPath, q.line, q.endLine])).toEqual([
      ['What is variance?', ['Statistics'], 5, 9],
      ['Why do we need activation functions?', ['Deep learning'], 13, 14],
      ['What is dropout', ['Deep learning'], 16, 17],
    ]);
    expect(r.questions[0]!.body).toContain('#### Example');
    expect(r.questions[2]!.number).toBe(7);
    expect(unaccountedLines(md, r)).toEqual([]);
  });

  it('keeps a heading more than one level below the section under a bold numbered question in its answer', () => {
    const md = [
      '## Section', // 1
      '',
      '**12. What is the bias-variance trade-off?**', // 3
      'Two sources of error.',
      '',
      '#### Why does it matter?', // 6: two levels below "##": part of question 12
      'It guides model choice.',
      '',
      '### Subsection', // 9: one level below: a subsection
      '',
      '**13. What is bagging?**', // 11
      'Averaging.',
      '',
      '##### Example', // 14: two levels below "###": part of question 13
      'Random forests.',
      '',
      '#### Why does bagging reduce variance?', // 17: one level below "###": a question
      'Averaging independent errors.',
    ].join('\n');
    const r = read(md);
    expect(r.questions.map((q) => [q.title, q.sectionPath.join(' > '), q.line, q.endLine])).toEqual([
      ['What is the bias-variance trade-off?', 'Section', 3, 7],
      ['What is bagging?', 'Section > Subsection', 11, 15],
      ['Why does bagging reduce variance?', 'Section > Subsection', 17, 18],
    ]);
    expect(r.questions[0]!.body).toBe('Two sources of error.\n\n#### Why does it matter?\n\nIt guides model choice.\n');
    expect(r.questions[1]!.body).toContain('##### Example\n\nRandom forests.');
    expect(r.sections.map((x) => x.path.join(' > '))).toEqual(['Section', 'Section > Subsection']);
    expect(unaccountedLines(md, r)).toEqual([]);
  });

  it('measures from the document title before any section, and ends the question at any heading without either', () => {
    const titled = read(['# Notes', '**1. What is a tensor?**', 'An array.', '### Why?', 'Generality.', '## Part two', '**2. What is a matrix?**', 'A table.'].join('\n'));
    expect(titled.questions.map((q) => [q.title, q.sectionPath])).toEqual([
      ['What is a tensor?', []],
      ['What is a matrix?', ['Part two']],
    ]);
    expect(titled.questions[0]!.body).toBe('An array.\n\n### Why?\n\nGenerality.\n');
    const bare = read(['**1. What is a tensor?**', 'An array.', '#### Why?', 'Generality.'].join('\n'));
    expect(bare.questions.map((q) => q.title)).toEqual(['What is a tensor?', 'Why?']);
  });

  it('ignores headings and bold lines inside fenced code', () => {
    const md = ['## S', '', '**1. Show a script?**', '```bash', '# Q: not a question?', '**2. not a question**', '```', ''].join('\n');
    const r = read(md);
    expect(r.questions).toHaveLength(1);
    expect(r.questions[0]!.body).toContain('# Q: not a question?');
  });

  it('reads a "#" line inside $$ maths as maths, as the site does, not as a heading that splits the question', () => {
    const md = ['## S', '', '### Q: What is the loss?', '$$', '# not a heading?', 'L = -\\sum y \\log p', '$$', 'Cross-entropy.', '', '### Q: Next?', 'Yes.'].join('\n');
    const r = read(md);
    expect(r.questions.map((q) => [q.title, q.line, q.endLine])).toEqual([
      ['What is the loss?', 3, 8],
      ['Next?', 10, 11],
    ]);
    expect(r.questions[0]!.answer.children.map((c) => c.type)).toEqual(['math', 'paragraph']);
    expect(r.questions[0]!.body).toBe('$$\n# not a heading?\nL = -\\sum y \\log p\n$$\n\nCross-entropy.\n');
  });

  it('drops text outside questions with a reason instead of losing it silently', () => {
    const md = ['# Title', 'Intro paragraph.', '', '## A', 'Section intro.', '', '**1. Q?**', 'A.', '', '## Closing', 'Bye.'].join('\n');
    const r = read(md);
    expect(r.dropped.map((d) => [d.start, d.end, d.reason])).toEqual([
      [1, 1, 'document title'],
      [2, 2, 'text before the first section'],
      [5, 5, 'text in section "A" outside any question'],
      [10, 10, 'heading of a section without questions'],
      [11, 11, 'text of section "Closing", which has no questions'],
    ]);
  });

  it('keeps text after the bold title on the same line as the start of the answer', () => {
    const r = read('**3. What is AUC?** Area under the ROC curve.\nMore.');
    expect(r.questions[0]!.title).toBe('What is AUC?');
    expect(r.questions[0]!.body).toBe('Area under the ROC curve.\nMore.\n');
  });

  it('fails with a clear error naming the file when there is no question', () => {
    expect(() => read('# Just a title\n\nSome prose.', 'content/sources/mine.md')).toThrowError(IngestError);
    expect(() => read('# Just a title\n\nSome prose.', 'content/sources/mine.md')).toThrowError(/content\/sources\/mine\.md: no questions found/);
  });

  it('never throws anything but IngestError and accounts for every line, on any input', () => {
    const excerpt = splitLines(text).slice(3540, 3640);
    const mutated = fc
      .array(fc.oneof(fc.constantFrom(...excerpt), fc.string(), fc.constantFrom('```', '## X', '**9. Q?**', '---', '| a | b |')), { maxLength: 60 })
      .map((ls) => ls.join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated), (input) => {
        try {
          const r = read(input);
          expect(unaccountedLines(input, r)).toEqual([]);
        } catch (e) {
          expect(e).toBeInstanceOf(IngestError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
