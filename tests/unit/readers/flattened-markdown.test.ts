import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shipped, written } from '../../helpers/answers.ts';
import fc from 'fast-check';
import { readFlattenedMarkdown } from '../../../scripts/ingest/readers/flattened-markdown/read.ts';
import { IngestError, splitLines, unaccountedLines, type Question } from '../../../scripts/ingest/model.ts';
import { parsesAsPython } from '../../../scripts/ingest/recover/python-indent.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';

const FILE = 'content/sources/000_205d6087e854dd35.txt';
const text = readFileSync(FILE, 'utf8');
const read = (t: string, file = 'test.txt') => written(readFlattenedMarkdown({ sourceId: 'test', file, text: t }));
const fences = (body: string, lang: string) =>
  [...body.matchAll(/^(`{3,})(\w*)\n([\s\S]*?)\n\1$/gm)].filter((m) => m[2] === lang).map((m) => m[3]!);

describe('flattened-markdown reader on the ML & LLM Q&A source (000)', () => {
  const result = written(readFlattenedMarkdown(shipped('ml-llm-qa')));
  const qs = result.questions;
  const at = (line: number) => qs.find((q) => q.line === line)!;

  it('finds all 119 "Qn:" questions once; the numbering repeats Q13-Q17', () => {
    // The source prints Q1..Q17 (up to "Training Techniques"), then starts again at Q13 for
    // Optimization / Regularization / Bias & Variance (Q13-Q17 a second time), then goes on
    // from Q18 to Q114 without gaps: 17 + 5 + 97 = 119 questions.
    expect(splitLines(text).filter((l) => /^Q\d+:/.test(l))).toHaveLength(119);
    expect(qs).toHaveLength(119);
    const expected = [
      ...Array.from({ length: 17 }, (_, i) => i + 1),
      13, 14, 15, 16, 17,
      ...Array.from({ length: 97 }, (_, i) => i + 18),
    ];
    expect(qs.map((q) => q.number)).toEqual(expected);
  });

  it('keeps the 27 bare section lines that head questions as sectionPath', () => {
    // 28 bare Title Case lines open sections; the last one, "More Questions", only points at
    // INTERVIEW_QA.md (not shipped) and holds no question, so it is dropped: 27 sections.
    expect(result.sections).toHaveLength(27);
    expect(result.sections.map((s) => s.path[0])).toEqual([
      'Classical ML', 'LLM Fundamentals', 'LLM Inference', 'Training Techniques', 'Optimization',
      'Regularization', 'Bias & Variance', 'Information Theory', 'Discriminative vs Generative Models',
      'Kernel Functions', 'NLP Basics', 'MLE and MAP Estimation', 'Multimodal Models and Embeddings',
      'RAG (Retrieval-Augmented Generation)', 'Linear and Logistic Regression Derivations', 'RAG Retrieval Methods',
      'NLP Problems: Standard Solution Procedures', 'Foundation Models: Evolution from BERT to GPT-4',
      'Multimodal Integration and World Models', 'GPT Implementation, Training, and Decoding',
      'Prompt Tuning and Prefix Tuning', 'Diffusion Models', 'Perplexity and Related Concepts', 'Causal Attention',
      'Advanced Attention Mechanisms (GQA, Paged Attention)', 'Mixture of Experts (MoE)', 'State Space Models (SSM)',
    ]);
    expect(result.sections[0]).toEqual({ path: ['Classical ML'], line: 11, endLine: 11 });
    expect(new Set(qs.map((q) => q.sectionPath.join('>'))).size).toBe(27);
    expect(qs.every((q) => q.sectionPath.length === 1)).toBe(true);
    // The repeated Q13 sits in "Optimization", the first one in "Training Techniques".
    expect(qs.filter((q) => q.number === 13).map((q) => q.sectionPath[0])).toEqual(['Training Techniques', 'Optimization']);
    const counts = new Map<string, number>();
    for (const q of qs) counts.set(q.sectionPath[0]!, (counts.get(q.sectionPath[0]!) ?? 0) + 1);
    expect(counts.get('Classical ML')).toBe(4);
    expect(counts.get('Training Techniques')).toBe(7);
    expect(counts.get('RAG (Retrieval-Augmented Generation)')).toBe(7);
    expect(counts.get('State Space Models (SSM)')).toBe(3);
  });

  it('accounts for every line: title, table of contents, see-also lists and the closing section are dropped with reasons', () => {
    expect(unaccountedLines(text, result)).toEqual([]);
    expect(result.dropped.slice(0, 3)).toEqual([
      { start: 1, end: 1, reason: 'document title' },
      { start: 2, end: 2, reason: 'introduction before the first section' },
      { start: 3, end: 10, reason: 'table of contents' },
    ]);
    const see = result.dropped.filter((d) => d.reason === 'see-also list of files not shipped');
    expect(see.map((d) => d.start)).toContain(306);
    expect(see.find((d) => d.start === 2504)).toEqual({ start: 2504, end: 2509, reason: 'see-also list of files not shipped' });
    expect(see).toHaveLength(30);
    // 520-521: "- See" and, on the next line, the file name with "for" glued on.
    expect(see.find((d) => d.start === 520)).toEqual({ start: 520, end: 521, reason: 'see-also list of files not shipped' });
    expect(result.dropped.at(-2)).toEqual({ start: 3126, end: 3126, reason: 'heading of section "More Questions", which has no questions' });
    expect(result.dropped.at(-1)).toEqual({ start: 3127, end: 3136, reason: 'text of section "More Questions", which has no questions' });
    expect(qs.some((q) => q.line < 12)).toBe(false);
  });

  it('reads sampled questions with exact boundaries, titles and first/last answer lines', () => {
    const q1 = qs[0]!;
    expect(q1).toMatchObject({ number: 1, title: 'Implement linear regression from scratch.', line: 12, endLine: 35 });
    expect(q1.body.split('\n')[0]).toBe('```python');
    expect(q1.body.trimEnd().split('\n').slice(-2)).toEqual(['- Gradients: dw = X.T @ (y_pred - y) / n, db = mean(y_pred - y)', ':::']);

    const q3 = at(48);
    expect(q3.title).toBe('Explain KNN algorithm.');
    // "Answer: text" starts the answer on the same line.
    expect(q3.body.split('\n')[0]).toBe('K-Nearest Neighbors is a lazy learning algorithm:');
    expect(q3.endLine).toBe(64);

    const q17 = at(289);
    expect(q17).toMatchObject({ number: 17, title: 'Explain the KL penalty in RLHF. Why is it important?', endLine: 305 });
    expect(q17.body.trimEnd().split('\n').at(-1)).toBe('- Typical: β = 0.1-0.5');

    const q13b = at(308);
    expect(q13b).toMatchObject({ number: 13, title: 'Explain the Adam optimizer.', endLine: 328, sectionPath: ['Optimization'] });
    expect(q13b.body.split('\n')[0]).toBe('Adam = Adaptive Moment Estimation');

    const q102 = at(2717);
    expect(q102.title).toBe('Explain causal attention. What does the code np.tril(np.ones((seq_len, seq_len))) do?');
    expect(q102.endLine).toBe(2750);

    const last = qs.at(-1)!;
    expect(last).toMatchObject({ number: 114, title: 'Compare SSMs (Mamba) with Transformers. When to use each?', line: 3100, endLine: 3122 });
    expect(last.sectionPath).toEqual(['State Space Models (SSM)']);
    expect(last.body.trimEnd().split('\n').slice(-3)).toEqual(['- < 2K: Transformers faster', '- \\> 8K: SSMs faster', '- \\> 100K: SSMs much better']);
  });

  it('fences 16 Python blocks, re-indented so that every one parses', () => {
    const blocks = qs.flatMap((q) => fences(q.body, 'python'));
    expect(blocks).toHaveLength(16);
    for (const code of blocks) expect(parsesAsPython(code + '\n'), code).toBe(true);
    expect(fences(qs[0]!.body, 'python')[0]).toContain(
      '    def fit(self, X, y):\n        n_samples, n_features = X.shape',
    );
    expect(fences(qs[0]!.body, 'python')[0]).toContain(
      '        for _ in range(self.n_iter):\n            y_pred = X.dot(self.weights) + self.bias',
    );
    const q100 = qs.find((q) => q.number === 100)!;
    const evalFn = fences(q100.body, 'python').find((c) => c.startsWith('def language_model_perplexity'))!;
    expect(evalFn).toContain('        for batch in dataloader:\n            input_ids = batch');
    expect(evalFn).toContain("\n    avg_pp = np.exp(total_nll / total_tokens)\n    return avg_pp");
    expect(fences(q100.body, 'python')).toContain(
      'if mask is not None:\n    nll = -(true_token_log_probs * mask).sum() / mask.sum()\nelse:\n    nll = -true_token_log_probs.mean()',
    );
  });

  it('fences pseudo-code, matrices, diagrams and prompts as text, not prose', () => {
    const blocks = qs.flatMap((q) => fences(q.body, 'text'));
    expect(blocks).toHaveLength(20);
    // Q8: the KV-cache steps (arrow diagram).
    expect(fences(at(130).body, 'text')[0]!.split('\n')).toHaveLength(7);
    // Q86: pseudo-code with Unicode math is not Python, and keeps its formula line.
    expect(fences(at(2182).body, 'text')[0]).toBe(
      'K_l = [P_l^K; K_l] # Add prefix keys\nV_l = [P_l^V; V_l] # Add prefix values\nQ_l unchanged\nAttention_l = softmax(Q_l K_l^T) V_l',
    );
    // Q104: the mask matrix and the piecewise definition.
    const q104 = fences(at(2782).body, 'text');
    expect(q104).toContain('M = [[0, -∞, -∞, -∞],\n[0, 0, -∞, -∞],\n[0, 0, 0, -∞],\n[0, 0, 0, 0]]');
    expect(q104[0]).toBe('M[i, j] = {\n0 if j ≤ i (can attend to past/current)\n-∞ if j > i (cannot attend to future)\n}');
    // Q92: lettered steps of the training loop.
    expect(fences(at(2369).body, 'text')[0]!.split('\n')[0]).toBe('For each batch:');
  });

  it('keeps a "Question:/Answer:" pair inside a prompt example in the answer (Q77)', () => {
    const q77 = at(1857);
    expect(q77.endLine).toBe(1887);
    expect(fences(q77.body, 'text')[0]).toBe('"Given: (Einstein, born_in, Germany)\nQuestion: Where was Einstein born?\nAnswer: Germany"');
  });

  it('turns whole-line Unicode formulas into display math and keeps uncertain ones as text', () => {
    expect(at(98).body).toContain('$$\n\\operatorname{Attention} (Q, K, V) = \\operatorname{softmax} (QK^{T} / \\sqrt{d_{k}}) \\times V\n$$');
    const q99 = qs.find((q) => q.number === 99)!;
    expect(q99.body).toContain('\n\nPP = 2^H(X) (for base-2 log)\n\n'); // 2^{H(X)} or 2^H·(X)? left as text
    expect(q99.body).toContain('$$\n\\mathrm{PP} = \\exp (H)\n$$');
  });

  it('splits two labelled lines glued after a ")" into two list items (Q22, line 456)', async () => {
    expect(splitLines(text)[455]).toBe('Gini: Gini = 1 - Σ p_i² (faster, no log) Entropy: H = -Σ p_i * log(p_i) (more theoretical)');
    const q22 = at(454);
    expect(q22.title).toBe('Compare Gini impurity and entropy. When would you use each?');
    const html = await renderMarkdown(q22.body);
    const first = html.match(/<ul>([\s\S]*?)<\/ul>/)![1]!;
    const items = [...first.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^<strong>Gini:<\/strong> /);
    expect(items[1]).toMatch(/^<strong>Entropy:<\/strong> /);
    expect(items[0]).toContain('(faster, no log)');
    expect(items[1]).toContain('(more theoretical)');
    // A single label with a parenthesis and no second label stays one line.
    expect(read('Q1: Q?\nAnswer:\nGini: cheap (no log) and fast\n').questions[0]!.body).toBe('**Gini:** cheap (no log) and fast\n');
  });

  it('never turns references to missing files into links, and drops the trailing ones', () => {
    const q25 = at(501);
    expect(q25.body).not.toContain('model\\_assumptions\\_detailed');
    expect(q25.body.trimEnd().split('\n').at(-1)).toBe('- Poor predictions, wrong standard errors, unreliable tests');
    expect(q25.endLine).toBe(519);
    for (const q of qs) expect(q.body).not.toMatch(/\]\(|<a |https?:/);
    // The same shapes in a hand-written answer: split "- See", glued word, plain "See" line.
    const r = read(['Q1: A?', 'Answer:', '- Point', '- See', '01_x/a.mdfor more', 'See 02_y/b.mdfor details!', 'Q2: B?', 'Answer: b', ''].join('\n'));
    expect(r.questions[0]!.body).toBe('- Point\n');
    expect(r.dropped).toEqual([{ start: 4, end: 6, reason: 'see-also list of files not shipped' }]);
    // "- See" followed by something that is not a file name stays.
    expect(read(['Q1: A?', 'Answer:', '- See', 'the figure above', ''].join('\n')).questions[0]!.body).toContain('See the figure above');
  });

  it('splits an item glued on after a ")" back into the list (2745)', async () => {
    expect(splitLines(text)[2744]).toBe('scores[mask == 0] = -∞(future positions)- After softmax: Future positions get 0 attention weight');
    const q = qs.find((x) => x.line <= 2745 && x.endLine >= 2745)!;
    const html = await renderMarkdown(q.body);
    const third = /<li>Application:\s*<ul>([\s\S]*?)<\/ul>/.exec(html)![1]!;
    expect([...third.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''))).toEqual([
      'Mask applied to attention scores',
      'scores[mask == 0] = -∞(future positions)',
      'After softmax: Future positions get 0 attention weight',
      'Result: Each position only attends to past and current',
    ]);
    // Only between items: the same glue in a paragraph stays as it is.
    expect(read('Q1: Q?\nAnswer:\nf(x)- Then: more\n').questions[0]!.body).toBe('f(x)- Then: more\n');
  });

  it('gives the lines of a worked example and short question headings the same bold label as their siblings', async () => {
    // 181-183: "Probabilities: […]", "Cumulative: […]", "Top-p=0.9: Nucleus = first 3 tokens (…)".
    const top = qs.find((x) => x.line <= 183 && x.endLine >= 183)!;
    const html = await renderMarkdown(top.body);
    expect([...html.matchAll(/<strong>([^<]*)<\/strong>/g)].map((m) => m[1]).slice(-3)).toEqual(['Probabilities:', 'Cumulative:', 'Top-p=0.9:']);
    // 2910-2911 likewise; a label followed by text on its line is always a run-in label ("Phase 1: Data").
    const kv = qs.find((x) => x.line <= 2910 && x.endLine >= 2910)!;
    expect(kv.body).toContain('**Sequence 1:** \\[12 tokens, finished] → 12 tokens freed\n\n**Sequence 2:** \\[16 tokens');
    expect(qs.find((x) => x.line <= 1556 && x.endLine >= 1556)!.body).toContain('**Phase 1:** Data\n');
    // 2747: "Why Lower Triangular?" before its list, like "Why it works:" elsewhere.
    const causal = qs.find((x) => x.line <= 2747 && x.endLine >= 2747)!;
    expect(causal.body).toContain('**Why Lower Triangular?**\n\n- Lower triangular = can attend');
    // 224, 250, 1329, 1352, 2118 and 2747: every "Why …?" line before a list.
    expect(qs.flatMap((x) => x.body.match(/^\*\*Why [^*]+\?\*\*$/gm) ?? [])).toHaveLength(6);
    // A question in the text that no list follows stays a sentence.
    expect(read('Q1: Q?\nAnswer:\nWhy does it work?\nBecause of X.\n').questions[0]!.body).toBe('Why does it work?\n\nBecause of X.\n');
  });

  it('writes the formulas of list items as maths where certain (mutual information, 443-447)', async () => {
    const mi = at(439);
    expect(mi.body).toContain('- $I (X; Y) = 0$: X and Y independent\n- $I (X; Y) > 0$: X and Y dependent\n- $I (X; Y) = H (X)$: X completely determines Y');
    expect(mi.body).toContain('- Compute $I (X_{i}; Y)$ for each feature');
    const html = await renderMarkdown(mi.body);
    expect(html).not.toMatch(/katex-error/);
    expect((html.match(/<math/g) ?? []).length).toBe(5);
    // Arrows between words, bare bounds and words around a relation stay text.
    const body = read('Q1: Q?\nAnswer:\n- Text → Image: Find images\n- < 2K: Transformers faster\n- Always ≥ entropy: H(P, Q) ≥ H(P)\n').questions[0]!.body;
    expect(body).not.toContain('$');
  });

  it('renders every body through the site pipeline without a KaTeX error or raw HTML', async () => {
    for (const q of qs) {
      const html = await renderMarkdown(q.body);
      expect(html, `Q${q.number} line ${q.line}`).not.toContain('katex-error');
      expect(html).not.toMatch(/<script|<a /);
    }
  });

});

describe('flattened-markdown reader: hand-written edge cases', () => {
  const doc = (...ls: string[]) => ls.join('\n') + '\n';

  it('throws IngestError when there is no question', () => {
    expect(() => read('Just a title\nSome text\n')).toThrow(IngestError);
    expect(() => read('')).toThrow(/no questions found/);
  });

  it('reads a doubled title once and an answer without "Answer:"', () => {
    const r = read(doc('Basics', 'Q1: What is X?', 'What is X?', 'X is a thing.', 'Q2: And Y?', 'Y too.'));
    expect(r.questions.map((q) => [q.number, q.title, q.line, q.endLine])).toEqual([
      [1, 'What is X?', 2, 4],
      [2, 'And Y?', 5, 6],
    ]);
    expect(r.questions[0]!.body).toBe('X is a thing.\n');
    expect(r.sections).toEqual([{ path: ['Basics'], line: 1, endLine: 1 }]);
  });

  it('escapes HTML, dollars and markup in prose', () => {
    const r = read(doc('Q1: Safe?', 'Answer:', '<script>alert(1)</script> costs $0.50 and __init__ *x*', '- [link](javascript:alert(1))'));
    const body = r.questions[0]!.body;
    expect(body).toContain('\\<script>alert(1)\\</script> costs \\$0.50 and \\_\\_init\\_\\_ \\*x\\*');
    expect(body).toContain('- \\[link]\\(javascript\\:alert(1))');
  });

  it('keeps a | inside parentheses in its table cell', () => {
    const r = read(doc('Q1: Table?', 'Answer:', '| A | B |', '|---|---|', '| P(Y|X) | 2 |'));
    expect(r.questions[0]!.body).toBe('| A | B |\n| - | - |\n| P(Y\\|X) | 2 |\n');
  });

  it('drops a trailing see-also list but keeps a See line inside an answer as text', () => {
    const r = read(doc('Q1: A?', 'Answer:', 'See 01_x/a.md for background.', 'Text.', 'See 02_y/b.md for more!', 'See 03_z/c.py for code!', 'Q2: B?', 'Answer: b'));
    expect(r.questions[0]!.endLine).toBe(4);
    expect(r.questions[0]!.body).toBe('See 01_x/a.md for background.\n\nText.\n');
    expect(r.dropped).toEqual([{ start: 5, end: 6, reason: 'see-also list of files not shipped' }]);
  });

  it('re-indents flattened Python and fences it; pseudo-code stays text', () => {
    const r = read(doc('Q1: Code?', 'Answer:', 'def f(xs):', 'for x in xs:', 'if x:', 'return x', 'return None', 'Pseudo:', 'y = Σ x_i # sum'));
    expect(r.questions[0]!.body).toBe(
      '```python\ndef f(xs):\n    for x in xs:\n        if x:\n            return x\n    return None\n```\n\n**Pseudo:**\n\n```text\ny = Σ x_i # sum\n```\n',
    );
  });

  it('nests bullets under numbered items and restores a flattened "- > x" item', () => {
    const r = read(doc('Q1: L?', 'Answer:', '1. First:', '- a', '2. Second', 'Sizes:', '- < 10K: small', '-', '100K: large'));
    expect(r.questions[0]!.body).toBe('1. First:\n   - a\n2. Second\n\n**Sizes:**\n\n- < 10K: small\n- \\> 100K: large\n');
  });
});

describe('flattened-markdown reader: arbitrary input', () => {
  const line = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      'Q1: What?', 'Q2: Why?', 'Answer:', 'Answer: inline', 'Section Title', 'Table of Contents', '- item', '1. step',
      'class A:', 'def f(self):', 'for i in x:', 'return 1', '# c', 'x = (', ')', '| a | b |', '|---|---|', '| 1 |',
      '[[1, 2],', '[3, 4]]', '→ next', '↓', '...', 'a. one', 'b. two', '"open', 'close"', 'See 01_a/b.md for x!',
      'Key Points:', 'Label: x = √d_k', 'y = Σ x_i # s', '-', 'M[i] = {', '}', 'x² = ∞',
    ),
  );
  it('never throws anything but IngestError, and accounts for every line', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (ls, eol) => {
        const t = ls.join(eol);
        let r: ReturnType<typeof read>;
        try {
          r = read(t);
        } catch (e) {
          expect(e).toBeInstanceOf(IngestError);
          return;
        }
        expect(unaccountedLines(t, r)).toEqual([]);
        for (const q of r.questions) {
          expect(q.body).toMatch(/^$|\n$/);
          expect(q.endLine).toBeGreaterThanOrEqual(q.line);
        }
      }),
      { numRuns: 500 },
    );
  });
});
