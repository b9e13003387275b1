import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readScrapedDocs } from '../../../scripts/ingest/readers/scraped-docs.ts';
import { markGluedCode } from '../../../scripts/ingest/normalize/glued-code.ts';
import { IngestError, splitLines, unaccountedLines } from '../../../scripts/ingest/model.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';
import { visibleText } from '../../helpers/visible.ts';

const FILE = 'content/sources/001_c04246ee74f4c8b9.txt';
const text = readFileSync(FILE, 'utf8');
const lines = splitLines(text);
const read = (t: string) => readScrapedDocs({ sourceId: 'ai-engineer', file: 'test.txt', text: t });

describe('scraped-docs reader on the AI Engineer page (001)', () => {
  const r = readScrapedDocs({ sourceId: 'ai-engineer', file: FILE, text });
  const byNumber = (n: number) => r.questions.find((q) => q.number === n)!;

  it('finds 72 questions, each doubled title once; the page numbers them 1-4, then again 1-68', () => {
    // Every question title is printed twice on consecutive lines: 72 such pairs. The page's own
    // numbering restarts once: 1-4 in the first two sections, then 1-68 from "Machine Learning
    // Fundamentals" on (so numbers 1-4 occur twice; the ids come from titles, not numbers).
    expect(r.questions).toHaveLength(72);
    expect(r.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, ...Array.from({ length: 68 }, (_, i) => i + 1)]);
    expect(new Set(r.questions.map((q) => q.title)).size).toBe(72);
    expect(r.questions.filter((q) => q.sectionPath[0] === 'NLP & LLM Specifics')).toHaveLength(10);
  });

  it('finds 9 sections, whose own numbering restarts (1, 2, 3, 2, 3, 4, 5, 6, 7)', () => {
    expect(r.sections.map((s) => s.path[0])).toEqual([
      'LLM Engineering & Prompt Design',
      'AI System Architecture',
      'Machine Learning Fundamentals',
      'Deep Learning & Neural Networks',
      'MLOps & System Design',
      'PyTorch & Coding Scenarios',
      'NLP & LLM Specifics',
      'Advanced & Edge Case Topics',
      'Gap-Filling Questions (New)',
    ]);
    expect(r.sections.map((s) => lines[s.line - 1]!.split('.')[0])).toEqual(['1', '2', '3', '2', '3', '4', '5', '6', '7']);
  });

  it('has exact boundaries: title lines, first and last answer lines', () => {
    const q1 = byNumber(1);
    expect(q1).toMatchObject({ title: 'Few-shot vs Zero-shot Prompting', line: 6, endLine: 28, sectionPath: ['LLM Engineering & Prompt Design'] });
    expect(q1.body).toMatch(/^\| Feature \| Zero-Shot \| Few-Shot \|/);
    const q4 = byNumber(4);
    expect(q4).toMatchObject({ title: 'Scalable Chatbot Architecture (System Design)', line: 70, sectionPath: ['AI System Architecture'] });
    const last = r.questions.at(-1)!;
    expect(last.title).toBe('Synthetic Data Generation for ML Training');
    expect(last.endLine).toBe(lines.length);
    expect(last.body.trimEnd()).toMatch(/What metrics would you check\?”$/);
  });

  it('accounts for every line: chrome and title dropped with reasons', () => {
    expect(unaccountedLines(text, r)).toEqual([]);
    expect(r.dropped).toEqual([
      { start: 1, end: 3, reason: 'page chrome' },
      { start: 4, end: 4, reason: 'document title' },
    ]);
  });

  it('keeps tables as tables, with dollar amounts as text, not math', async () => {
    const html = await renderMarkdown(byNumber(1).body);
    expect(html).toContain('<table>');
    expect(html).not.toContain('<math');
    expect(visibleText(html)).toContain('$0.50/1K calls (GPT-4 class)');
    expect(visibleText(html)).toContain('$1.50-2.50/1K calls due to token overhead');
  });

  it('makes run-in labels and trailing quoted questions labelled blocks, and rejoins lone "-" items', async () => {
    const q2 = byNumber(2).body;
    expect(q2).toContain('> **What interviewers are really testing**');
    expect(q2).toContain('> **Follow-up questions**');
    expect(q2).toContain('**Mathematical Intuition:**\n\n- T approaching 0');
    expect(byNumber(4).body).toContain('- API Gateway (Kong/Nginx/AWS API Gateway):');
    expect(byNumber(4).body).not.toMatch(/^-$/m);
  });

  it('splits glued inline code out where it is unambiguous', () => {
    const body = byNumber(2).body;
    expect(body).toContain('E.g., `top_p=0.9` means');
    expect(body).toContain('AND `top_p=0.5`');
  });

  it('renders every answer without raw HTML or a KaTeX error', async () => {
    for (const q of r.questions) {
      const html = await renderMarkdown(q.body);
      expect(html).not.toContain('katex-error');
      expect(html).not.toMatch(/<script|<img|javascript:/i);
    }
  });
});

describe('glued inline code', () => {
  const code = (t: string) => markGluedCode(t).filter((p) => p.code).map((p) => p.text);
  it('marks snake_case names, assignments with numbers and calls', () => {
    expect(code('E.g.,top_p=0.9means only')).toEqual(['top_p=0.9']);
    expect(code('use json.loads()to parse and max_tokens')).toEqual(['json.loads()', 'max_tokens']);
    expect(markGluedCode('use json.loads()to parse').map((p) => p.text).join('')).toBe('use json.loads() to parse');
    expect(markGluedCode('E.g.,top_p=0.9means').map((p) => p.text).join('')).toBe('E.g., top_p=0.9 means');
  });
  it('leaves ordinary text alone', () => {
    for (const t of ['e.g. this', 'GPT-4 and 3.5 turbo', 'see https://a.b/c_d/e_f.html', 'Top_P: truncates', 'mail a_b@c.com']) {
      expect(code(t), t).toEqual([]);
    }
  });
});

describe('scraped-docs reader on hand-written and arbitrary input', () => {
  it('fails clearly when there is no doubled numbered title', () => {
    expect(() => read('Just text\n1. Not doubled\n')).toThrow(IngestError);
    expect(() => read('Just text\n1. Not doubled\n')).toThrow(/test\.txt: no questions found/);
  });

  it('escapes HTML-looking text', async () => {
    const r = read('Title\n1. Q <b>?\n1. Q <b>?\n<script>alert(1)</script> and <img src=x onerror=alert(1)>\n');
    const html = await renderMarkdown(r.questions[0]!.body);
    expect(html).not.toMatch(/<script|<img/);
    expect(visibleText(html)).toContain('<script>alert(1)</script>');
  });

  it('never throws anything but IngestError and accounts for every line', () => {
    const line = fc.oneof(
      fc.constantFrom('1. A title', '2. B title', '-', '- item', '| a | b |', '|---|---|', '', '- “Follow?”', 'What interviewers are really testing: x'),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (ls) => {
        const t = ls.join('\n');
        try {
          const r = read(t);
          expect(unaccountedLines(t, r)).toEqual([]);
        } catch (e) {
          if (!(e instanceof IngestError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });
});
