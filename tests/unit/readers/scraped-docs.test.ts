import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shipped, written } from '../../helpers/answers.ts';
import fc from 'fast-check';
import { readScrapedDocs } from '../../../scripts/ingest/readers/scraped-docs/read.ts';
import { IngestError, splitLines, unaccountedLines } from '../../../scripts/ingest/model.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';
import { visibleText } from '../../helpers/visible.ts';

const FILE = 'content/sources/001_c04246ee74f4c8b9.txt';
const text = readFileSync(FILE, 'utf8');
const lines = splitLines(text);
/** Source line n (1-based). */
const line = (n: number) => lines[n - 1]!;
const read = (t: string, file = 'test.txt') => written(readScrapedDocs({ sourceId: 'ai-engineer', file, text: t }));
/** A one-question document around some answer lines. */
const doc = (...answer: string[]) => ['Page title', '1. A question', '1. A question', ...answer, ''].join('\n');
const firstLine = (body: string) => body.split('\n')[0]!;
/** The last item of an answer and the end of the labelled block it closes. */
const lastLines = (body: string) => body.trimEnd().split('\n').slice(-2).join('\n');

describe('scraped-docs reader on the AI Engineer page (001)', () => {
  const r = written(readScrapedDocs(shipped('ai-engineer')));
  const at = (line: number) => r.questions.find((q) => q.line === line)!;

  it('finds 72 questions: one per doubled title; the page numbers them 1-4, then 1-68 again', () => {
    // Read by hand: 72 titles each printed on two consecutive lines. The page's question numbers
    // run 1-3 (section 1) and 4 (section 2), then restart at 1 in "Machine Learning Fundamentals"
    // and run 1-68 to the end, so 1-4 occur twice (ids come from titles, not numbers).
    const doubled = lines.filter((l, i) => /^\d+\.\s/.test(l) && l === lines[i + 1]).length;
    expect(doubled).toBe(72);
    expect(r.questions).toHaveLength(72);
    expect(r.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, ...Array.from({ length: 68 }, (_, i) => i + 1)]);
    expect(new Set(r.questions.map((q) => q.title)).size).toBe(72);
  });

  it('finds 9 sections; their printed numbers restart too (1, 2, 3, 2, 3, 4, 5, 6, 7)', () => {
    expect(r.sections.map((s) => [s.path, s.line])).toEqual([
      [['LLM Engineering & Prompt Design'], 5],
      [['AI System Architecture'], 69],
      [['Machine Learning Fundamentals'], 109],
      [['Deep Learning & Neural Networks'], 254],
      [['MLOps & System Design'], 402],
      [['PyTorch & Coding Scenarios'], 602],
      [['NLP & LLM Specifics'], 751],
      [['Advanced & Edge Case Topics'], 933],
      [['Gap-Filling Questions (New)'], 1057],
    ]);
    expect(r.sections.map((s) => line(s.line).split('.')[0])).toEqual(['1', '2', '3', '2', '3', '4', '5', '6', '7']);
    const perSection = r.sections.map((s) => r.questions.filter((q) => q.sectionPath[0] === s.path[0]).length);
    expect(perSection).toEqual([3, 1, 10, 10, 10, 10, 10, 10, 8]);
  });

  it('has exact boundaries, titles and first/last answer lines on sampled questions', () => {
    const q1 = at(6);
    expect(q1).toMatchObject({ number: 1, title: 'Few-shot vs Zero-shot Prompting', endLine: 28, sectionPath: ['LLM Engineering & Prompt Design'] });
    expect(firstLine(q1.body)).toBe('| Feature | Zero-Shot | Few-Shot |');
    expect(lastLines(q1.body)).toBe('- “How does Chain-of-Thought (CoT) prompting relate to few-shot? When would you combine them vs. use them independently?”\n:::');

    const q4 = at(70);
    expect(q4).toMatchObject({ number: 4, title: 'Scalable Chatbot Architecture (System Design)', endLine: 108, sectionPath: ['AI System Architecture'] });
    expect(firstLine(q4.body)).toBe('- API Gateway (Kong/Nginx/AWS API Gateway):');

    const bias = at(110);
    expect(bias).toMatchObject({ number: 1, title: 'Bias vs Variance Tradeoff', endLine: 118, sectionPath: ['Machine Learning Fundamentals'] });

    const evalQ = at(700);
    expect(evalQ).toMatchObject({ number: 38, title: 'What is model.eval()?', endLine: 708 });
    expect(firstLine(evalQ.body)).toBe('`model.eval()` switches the model from training mode to evaluation mode. It changes the behavior of two specific layer types.');

    const naive = at(206);
    expect(naive.title).toBe("Naive Bayes (Why 'Naive'?)");

    const last = r.questions.at(-1)!;
    expect(last).toMatchObject({ number: 68, title: 'Synthetic Data Generation for ML Training', line: 1179, endLine: lines.length });
    expect(firstLine(last.body)).toMatch(/^- Rule-based: Generate data from templates or rules\./);
    expect(lastLines(last.body)).toBe('- “How do you validate that your synthetic data is ‘good enough’ to train on? What metrics would you check?”\n:::');
    expect(lines).toHaveLength(1196); // the file does not end with a newline
  });

  it('accounts for every line: chrome, title and items the scraper printed twice are dropped with reasons', () => {
    expect(unaccountedLines(text, r)).toEqual([]);
    expect(r.dropped.slice(0, 2)).toEqual([
      { start: 1, end: 3, reason: 'page chrome' },
      { start: 4, end: 4, reason: 'document title' },
    ]);
    // After a sub-list the scraper printed the parent item's first line again, word for word.
    const twice = r.dropped.filter((d) => d.reason === 'list item the scraper printed twice');
    expect(twice.map((d) => d.start)).toEqual([193, 279, 287, 288, 473, 552, 557, 673]);
    for (const d of twice) expect(lines.slice(0, d.start - 1)).toContain(line(d.start));
    // "- Models:" at 1126 repeats 1120 but is a different item (its code follows): kept.
    expect(at(1114).body.match(/^- Models:/gm)).toHaveLength(2);
    // This page has no trailing "see the full file" list.
    expect(r.dropped.some((d) => d.reason.startsWith('see-also'))).toBe(false);
  });

  it('keeps tables as tables; dollar amounts stay text, not math', async () => {
    const html = await renderMarkdown(at(6).body);
    expect(html).toContain('<table>');
    expect(html).not.toMatch(/katex|<math/);
    expect(visibleText(html)).toContain('$0.50/1K calls (GPT-4 class) $1.50-2.50/1K calls due to token overhead');
  });

  it('makes run-in callouts and follow-up questions labelled blocks', () => {
    const bodies = r.questions.map((q) => q.body);
    const count = (label: string) => bodies.filter((b) => b.includes(`:::labelled{label="${label}"}\n`)).length;
    expect(count('Follow-up')).toBe(72); // every answer ends with its quoted follow-up questions
    expect(count('What interviewers are really testing')).toBe(7);
    expect(count('Red flag answer')).toBe(9);
    const temp = at(29).body;
    expect(temp).toContain('`softmax(logits / T)`.\n\n:::labelled{label="What interviewers are really testing"}\nDo you understand the actual probability math');
    expect(temp).toContain('**Mathematical Intuition:**\n\n- T approaching 0: Softmax output');
    // "…read tutorials.nn.DataParallel (DP — the old way):- Single process" is one label.
    expect(at(709).body).toContain('**`nn.DataParallel` (DP — the old way):**\n\n- Single process, multiple threads.');
    // No quoted follow-up is left outside its block.
    for (const b of bodies) expect(b.split(':::labelled{label="Follow-up"}')[0]!.trimEnd().split('\n').at(-1)).not.toMatch(/^- “/);
  });

  it('turns lone "-" lines and run-on " - " items into real list items', () => {
    const q4 = at(70).body;
    expect(q4).not.toMatch(/^-$/m);
    expect(q4).toContain('- Caching Layer (Redis Cluster):\n  - Conversation Context Cache:');
    // "…(spam filter — don’t send real emails to spam). - Recall (Sensitivity):" on one line.
    expect(at(119).body).toContain('- Recall (Sensitivity): `TP / (TP + FN)`.');
    // "…debugging skill.-" then "Vanishing Gradients: …" on the next line.
    expect(at(267).body).toContain('- Vanishing Gradients: When activation derivatives are < 1');
  });

  it('does not join the orphaned tail of a lost quotation onto an unpunctuated list item', async () => {
    // 542-543: "- Effective batch size via gradient accumulation" then "nn.DataParallel.” This is
    // deprecated-level advice. …" (the start of the red-flag quotation is missing from the page).
    expect(line(543)).toMatch(/^nn\.DataParallel\.” This is deprecated-level advice\./);
    const q27 = at(521);
    expect(q27.title).toBe('Distributed Training');
    expect(q27.body).toContain('- Effective batch size via gradient accumulation\n\n`nn.DataParallel`.” This is deprecated-level advice.');
    const html = await renderMarkdown(q27.body);
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => visibleText(m[1]!));
    expect(items).toContain('Effective batch size via gradient accumulation');
    expect(items.some((i) => i.includes('deprecated-level'))).toBe(false);
    expect(visibleText(html)).toContain('nn.DataParallel.” This is deprecated-level advice. Also: confusing data parallelism');
    // The two lines on their own give the same item and paragraph.
    expect(read(doc(line(542), line(543))).questions[0]!.body).toMatch(/^- Effective batch size via gradient accumulation\n\n`nn\.DataParallel`\.” This/);
    // A quotation the item itself opened still continues on the next line (205-206).
    expect(at(181).body).toContain('- “Explain focal loss. Why does the `(1-p)^gamma` term help with imbalanced data? What happens if gamma is too high?”');
  });

  it('nests the items after a lone "-" + "Label:" parent under it, up to the next parent or a repeated item', async () => {
    /** Top-level list items of an answer: label -> the visible texts of its nested items. */
    const outline = async (body: string) => {
      const html = await renderMarkdown(body);
      const out = new Map<string, string[]>();
      for (const m of html.matchAll(/<li>([^<]*?)\n?<ul>([\s\S]*?)<\/ul>\s*<\/li>/g)) {
        out.set(m[1]!.trim(), [...m[2]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((c) => visibleText(c[1]!)));
      }
      return out;
    };
    // Q4 (70-108): "-" / "API Gateway (Kong/Nginx/AWS API Gateway):" and three items (73-76), etc.
    expect(line(72)).toBe('-');
    const q4 = await outline(at(70).body);
    expect([...q4.keys()]).toEqual([
      'API Gateway (Kong/Nginx/AWS API Gateway):',
      'Caching Layer (Redis Cluster):',
      'Model Serving (The most expensive component):',
      'Vector Database (RAG Pipeline):',
      'Async Processing (Kafka):',
    ]);
    expect(q4.get('API Gateway (Kong/Nginx/AWS API Gateway):')!.map((t) => t.split(':')[0])).toEqual(['Auth via JWT with short TTLs (15 min). Refresh tokens stored server-side.', 'Rate limiting', 'Why at the gateway']);
    expect(q4.get('Caching Layer (Redis Cluster):')).toHaveLength(3);
    // Q7 (181-205): four groups, "Resampling techniques:" with SMOTE, undersampling and hybrid.
    const q7 = await outline(at(181).body);
    expect([...q7.keys()]).toEqual(['Resampling techniques:', 'Loss-level approaches (usually preferred in deep learning):', 'Algorithmic approaches:', 'Evaluation (most important):']);
    expect(q7.get('Resampling techniques:')!.map((t) => t.split(':')[0])).toEqual(['Oversampling (SMOTE)', 'Undersampling', 'Hybrid']);
    // Q24 (455-): the item printed twice (473) ends "Generation:"; the failure modes after it are not its children.
    const q24 = await outline(at(455).body);
    expect([...q24.keys()]).toEqual(['Ingestion:', 'Retrieval:', 'Generation:']);
    expect(q24.get('Generation:')!.map((t) => t.split(':')[0])).toEqual(['Build augmented prompt', 'Send to LLM. Instruct to cite sources and say “I don’t know” if context doesn’t contain the answer.']);
    expect(at(455).body).toMatch(/^- Retrieval misses: /m);
  });

  it('keeps a line that starts with code in the item before it where the list goes on', async () => {
    /** Each top-level block of a rendered answer: "li: …" for a list item, "p: …" for a paragraph. */
    const blocks = async (body: string) => {
      const html = await renderMarkdown(body);
      // An item's own text ends where its sub-list starts.
      return [...html.matchAll(/<li>((?:(?!<\/?li>|<ul>)[\s\S])*)|<p>([\s\S]*?)<\/p>/g)].map((m) => (m[1] !== undefined ? `li: ${visibleText(m[1]).trim()}` : `p: ${visibleText(m[2]!)}`));
    };
    // 641-644: "- StepLR: Multiply LR by gamma every N epochs." then "StepLR(optimizer, …). Simple,
    // manual. … - CosineAnnealingLR: …": the code line runs on into the next item.
    expect(line(642)).toMatch(/^StepLR\(optimizer, step_size=10, gamma=0\.1\)\. Simple, manual\./);
    const lr = await blocks(at(639).body);
    expect(lr.slice(0, 4)).toEqual([
      'li: StepLR: Multiply LR by gamma every N epochs. StepLR(optimizer, step_size=10, gamma=0.1). Simple, manual. Used in older CNN papers.',
      'li: CosineAnnealingLR: Smooth cosine decay from initial LR to near-zero. CosineAnnealingLR(optimizer, T_max=100). Popular for CNNs and Transformers. Gentle decay produces good results.',
      'li: ReduceLROnPlateau: Monitor a metric (validation loss); reduce LR when it stops improving. ReduceLROnPlateau(optimizer, patience=5, factor=0.5). Adaptive, but reactive (reduces LR after the problem is already happening).',
      'li: Warmup + Cosine Decay: Start with very small LR, linearly increase to target over N steps (warmup), then cosine decay. This is the standard for Transformer training. Warmup prevents early training instability when Adam’s second moment estimates are inaccurate.',
    ]);
    expect(at(639).body).toContain('`StepLR(optimizer, step_size=10, gamma=0.1)`');
    // 807-808 (Top-K), 1044-1045 (uncertainty sampling), 271-272 / 282-283 / 284-285 (gradients).
    expect(await blocks(at(803).body)).toContain('li: Top-K Sampling: Only consider the K highest-probability tokens. Discard the rest. K=50 means: sample from the top 50 tokens by probability. Problem: Fixed K doesn’t adapt. When the model is confident, K=50 includes many irrelevant tokens. When it’s uncertain, K=50 might not include enough.');
    expect(await blocks(at(1036).body)).toContain('li: Uncertainty sampling: Pick samples where the model is least confident. max_entropy(P(y|x)) or min(max_class_prob). Simple, effective. Problem: can select outliers or noisy samples.');
    const grads = (await blocks(at(267).body)).filter((b) => /Symptoms|Gradient clipping: Cap/.test(b));
    expect(grads).toEqual([
      'li: Symptoms: Loss plateaus early. Lower-layer weights barely change. grad.norm() decreases exponentially with depth.',
      'li: Symptoms: Loss suddenly becomes NaN or Inf. Training diverges. grad.norm() spikes.',
      'li: Gradient clipping: Cap gradient norm. torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0). This is standard practice in RNN/Transformer training.',
    ]);
    // 191-193 and 555-557: the scraper's repeat of the sub-list's first item follows the code line.
    expect(line(193)).toBe(line(190));
    expect(await blocks(at(181).body)).toContain('li: Focal Loss: Down-weights easy (well-classified) examples, focuses on hard ones. Used in object detection (RetinaNet). FL = -alpha * (1-p)^gamma * log(p). Gamma=2 is standard.');
    expect(await blocks(at(546).body)).toContain('li: Gotcha: Not all Pandas operations are supported. .apply() with complex functions is slow. Shuffling (groupby with many groups, joins on non-partition keys) can be very slow.');
    // No answer of the page has a paragraph that starts with code followed by " - Next item".
    for (const q of r.questions) {
      for (const b of await blocks(q.body)) expect(b, q.title).not.toMatch(/^p: [a-z_.]\S*[\s\S]*[.)] - [A-Z]/);
    }
  });

  it('keeps a paragraph that starts with code where the list before it ends', async () => {
    // 887-888: the length-normalisation formula follows the last item of a list and is followed
    // by the red-flag callout: an item's tail and a paragraph of its own cannot be told apart, so
    // it stays a paragraph (the first code is known to start the line: it is marked whole).
    const beam = at(876).body;
    expect(beam).toContain('- Conversational AI: Use sampling (temperature + top-p) instead.\n\n`score = sum(log_probs) / length^alpha` where alpha=0.6-1.0.');
    expect(at(820).body).toContain('\n\n`Loss = reward - beta * KL(pi || pi_ref)`. Beta controls the tradeoff.');
    // A line that starts with a word, not code, after a closed item starts a block of its own.
    expect(read(doc('- An item.', 'Even better: some text. - Not an item of the list above')).questions[0]!.body).toMatch(/^- An item\.\n\nEven better/);
    // A code line after a closed item that does not run on stays a paragraph.
    expect(read(doc('- An item.', 'x_t = f(x). More text.')).questions[0]!.body).toBe('- An item.\n\n`x_t = f(x)`. More text.\n');
    expect(read(doc('- An item.', 'x_t = f(x). More text. - Next: item', '')).questions[0]!.body).toBe('- An item. `x_t = f(x)`. More text.\n- Next: item\n');
  });

  it('nests the items after a lone "-" + a whole paragraph too, the last of a run only as far as its sibling shows', async () => {
    /** Top-level items that hold a sub-list: the start of their text -> the labels of their nested items. */
    const outline = async (body: string) => {
      const html = await renderMarkdown(body);
      const out = new Map<string, string[]>();
      for (const m of html.matchAll(/<li>((?:(?!<\/?li>)[\s\S])*?)<ul>([\s\S]*?)<\/ul>\s*<\/li>/g)) {
        const kids = [...m[2]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((c) => visibleText(c[1]!).split(/[:.]/)[0]!);
        out.set(visibleText(m[1]!).split(':')[0]!, kids);
      }
      return out;
    };
    // 419-427: "-" / "Data Drift (Covariate Shift): The input distribution" + "P(X)changes. …", then
    // its items (one of them "Detection: …"); the same for concept drift.
    expect([line(419), line(424)]).toEqual(['-', '-']);
    const drift = await outline(at(417).body);
    expect([...drift.keys()]).toEqual(['Data Drift (Covariate Shift)', 'Concept Drift', 'Types of concept drift']);
    expect(drift.get('Data Drift (Covariate Shift)')).toEqual(['The model hasn’t changed', 'Detection', 'PSI thresholds (industry standard)']);
    expect(drift.get('Concept Drift')).toEqual(['Harder to detect because you need ground truth labels, which are often delayed (you don’t know if a loan defaulted until months later)', 'Detection']);
    // 548-561: Pandas, Dask, Spark; "Polars" (561) is not a "Gotcha" like Dask's only item: back at the outer level.
    const data = await outline(at(546).body);
    expect([...data.entries()]).toEqual([['Pandas', ['Optimization tips before moving away']], ['Dask', ['Gotcha']], ['Spark (PySpark)', ['Gotcha']]]);
    expect(at(546).body).toMatch(/^- Polars: The modern alternative\./m);
    // 918-929: LangChain and LlamaIndex with strengths and weaknesses; Haystack and the rest are siblings.
    const fw = await outline(at(916).body);
    expect([...fw.entries()]).toEqual([['LangChain', ['Strengths', 'Weaknesses']], ['LlamaIndex', ['Strengths', 'Weaknesses']]]);
    expect(at(916).body).toMatch(/^- Haystack \(deepset\):/m);
    // 270/281 (the first "-" is glued to the end of line 269): each gradient problem with its symptoms and fixes.
    const grads = await outline(at(267).body);
    expect([...grads.keys()]).toEqual(['Vanishing Gradients', 'Exploding Gradients']);
    expect(grads.get('Exploding Gradients')).toEqual(['Symptoms', 'Fixes', 'Gradient clipping', 'Lower learning rate', 'Weight initialization']);
  });

  it('drops a run-in label with nothing after it into the report (299: "…S = stride.Code:" then the follow-ups)', () => {
    expect(line(299)).toMatch(/S = stride\.Code:- “Calculate/);
    const cnn = at(292).body;
    expect(cnn).not.toContain('**Code:**');
    expect(cnn).toContain('Where W = input width, K = kernel size, P = padding, S = stride.\n\n:::labelled{label="Follow-up"}');
    expect(r.dropped).toContainEqual({ start: 299, end: 299, reason: 'label with no content: the scraper lost it ("Code:")' });
    // A label followed by its text, or by items, stays.
    expect(read(doc('Some text.Code: here it is.')).questions[0]!.body).toBe('Some text.\n\n**Code:** here it is.\n');
    const bare = read(doc('Some text.Code:'));
    expect(bare.questions[0]!.body).toBe('Some text.\n');
    expect(bare.dropped.map((d) => d.reason)).toContain('label with no content: the scraper lost it ("Code:")');
  });

  it('splits glued inline code where certain and joins the line the scraper broke before it', () => {
    const temp = at(29).body;
    expect(temp).toContain('E.g., `top_p=0.9` means “only consider tokens');
    expect(temp).toContain('If you set `temperature=0.3` AND `top_p=0.5`, you’re double-constraining');
    expect(at(603).body).toContain('Implements `__iter__` instead of `__getitem__`.');
    // "- Mini-batch SGD: Uses" + "batch_sizesamples (typically 32-512)": joined; the code starts at
    // the line break, and "samples" is a word the scraper glues on.
    expect(at(169).body).toContain('- Mini-batch SGD: Uses `batch_size` samples (typically 32-512).');
  });

  it('fences a formula that stands on its own line: python only when it is Python, maths as text', () => {
    expect(at(292).body).toContain('```text\nO = floor((W - K + 2P) / S) + 1\n```\n\nWhere W = input width');
    expect(at(845).body).toMatch(/^```text\nPE\(pos, 2i\) = sin\(pos \/ 10000\^\(2i\/d_model\)\)\nPE\(pos, 2i\+1\) = /);
    // Assigning to a call is maths notation (Python rejects it), even though Lezer parses it.
    expect(at(206).body).toContain('```text\nP(Y|X) = P(X|Y) * P(Y) / P(X)\n```');
    expect(at(302).body).toContain('```text\nBN(x) = gamma * (x - mean_batch) / sqrt(var_batch + epsilon) + beta\n```');
    // The sentence's full stop is not part of the code.
    expect(at(330).body).toContain('```python\nMultiHead = Concat(head_1, ..., head_h) @ W_O\n```');
    // A formula that continues a list item (the list runs on after it) is inline code in the item.
    expect(line(695)).toContain('scripted = torch.jit.script(model). - SafeTensors');
    expect(at(690).body).toContain('- TorchScript: JIT-compiled PyTorch model. Can run without Python interpreter. `scripted = torch.jit.script(model)`.\n- SafeTensors');
    // Fenced code is code: the fence shows the formula exactly, with no Markdown escapes.
    const fences = r.questions.flatMap((q) => [...q.body.matchAll(/^```(\w+)\n([\s\S]*?)\n```$/gm)].map((m) => [m[1], m[2]]));
    // Four formulas that continue a list item (816, 830, 840, 695) are inline code in their items.
    expect(fences.map(([lang]) => lang).sort()).toEqual(['python', 'text', 'text', 'text', 'text']);
    for (const [, code] of fences) expect(code).not.toMatch(/\\|\.$/);
  });

  it('renders every answer through the site pipeline without a KaTeX error or raw HTML', async () => {
    for (const q of r.questions) {
      const html = await renderMarkdown(q.body);
      expect(html, q.title).not.toMatch(/katex|<math|<script|<img|javascript:/i);
      expect(q.body).toMatch(/^$|\n$/);
      expect(q.title).not.toMatch(/[`*_]{2}|\\/);
    }
  });
});

describe('escaping: real lines render exactly as the source shows them', () => {
  // Each line is read as the answer of a one-question document and rendered by the real pipeline;
  // the visible text must be the source text (spaces aside: the reader restores spaces the scraper
  // dropped around code, and list markers / table pipes are structure, not text).
  const squash = (s: string) => s.replace(/\s+/g, '');
  const cases: [number, string][] = [
    [84, 'dollar amounts, ~ and <'], // ~$15-60/1M tokens … <1M calls/day
    [1048, 'a dollar amount'], // $300/hour
    [1065, 'a pair of ~'], // ~46B … (~12.9B active params)
    [606, 'dunder names'], // __len__ … __getitem__
    [472, '{} placeholders and \\n'], // {retrieved_chunks} … \n\n
    [1076, 'braces and underscores in a formula'], // x_{t-1} = f_theta(x_t, t).
    [1087, '| and <'], // |predicted_prob - actual_freq| … ECE < 0.05
    [91, '< and >'], // <10M vectors … >100M vectors
    [263, '* in x * sigmoid(x)'],
  ];
  it.each(cases)('line %i (%s)', async (n) => {
    const source = line(n);
    const body = read(doc(source)).questions[0]!.body;
    const html = await renderMarkdown(body);
    // (<strong> is allowed: a run-in label becomes a bold lead-in.)
    expect(html).not.toMatch(/katex|<math|<em>|<del>/);
    expect(squash(visibleText(html))).toBe(squash(source.replace(/^-\s+/, '').replace(/ - (?=[A-Z])/g, ' ')));
  });

  it('line 208 (| and * in a formula, then a run-in label): the formula is fenced without the sentence’s full stop', async () => {
    const source = line(208); // P(Y|X) = P(X|Y) * P(Y) / P(X).The “Naive” assumption: …
    const html = await renderMarkdown(read(doc(source)).questions[0]!.body);
    expect(html).not.toMatch(/katex|<math|<em>|<del>/);
    expect(squash(visibleText(html))).toBe(squash(source.replace('P(X).The', 'P(X)The')));
  });

  it.each([
    [136, 'stars in O(n*K)-style cells'], // lambda * sum(abs(w)) | lambda * sum(w^2) | alpha * L1 + (1-alpha) * L2
    [15, 'dollar amounts in cells'],
    [223, 'O(...) and ^ in cells'],
  ])('table row at line %i (%s)', async (n) => {
    const header = lines.slice(0, n).findLast((l, i) => /^\|/.test(l) && /^\|[-|]+\|$/.test(lines[i + 1] ?? ''))!;
    const rule = lines[lines.indexOf(header) + 1]!;
    const body = read(doc(header, rule, line(n))).questions[0]!.body;
    const html = await renderMarkdown(body);
    expect((html.match(/<td>/g) ?? []).length).toBe(header.split(' | ').length);
    const cells = (row: string) => row.replace(/^\|/, '').replace(/\|$/, '').split(' | ').join('');
    expect(squash(visibleText(html))).toBe(squash(cells(header) + cells(line(n))));
  });

  it('keeps a | inside a cell from splitting it, also inside code', async () => {
    const body = read(doc('| a | b |', '|---|---|', '| P(Y|X) | max_entropy(P(y|x)) |')).questions[0]!.body;
    const html = await renderMarkdown(body);
    expect((html.match(/<td>/g) ?? []).length).toBe(2);
    expect(visibleText(html)).toBe('a b P(Y|X) max_entropy(P(y|x))');
  });

  it('shows HTML, entities, emphasis and link syntax as text', async () => {
    const source = 'Beware <script>alert(1)</script>, <img src=x onerror=alert(1)>, &amp;, **bold**, __init__, ~x~ and [a](javascript:alert(1)).';
    const html = await renderMarkdown(read(doc(source)).questions[0]!.body);
    expect(html).not.toMatch(/<script|<img|<a |<strong|<em|<del/);
    expect(squash(visibleText(html))).toBe(squash(source));
  });
});

describe('scraped-docs reader on hand-written and arbitrary input', () => {
  it('fails clearly when there is no doubled numbered title', () => {
    expect(() => read('Just text\n1. Not doubled\n', 'content/sources/x.txt')).toThrow(IngestError);
    expect(() => read('Just text\n1. Not doubled\n', 'content/sources/x.txt')).toThrow(/content\/sources\/x\.txt: no questions found/);
  });

  it('fails with file and line for a question without an answer', () => {
    expect(() => read('T\n1. Q\n1. Q\n2. R\n2. R\nAnswer.\n')).toThrow(/test\.txt:2: question "Q" has no answer/);
  });

  it('keeps numbered lines and structure-looking text inside an answer as text', () => {
    const r = read(doc('# not a heading.', '3. not a question.', '> not a quote.', '=== not a rule.', '- 1. an item, not a list.'));
    expect(r.questions).toHaveLength(1);
    expect(r.questions[0]!.body).toBe('\\# not a heading.\n\n3\\. not a question.\n\n\\> not a quote.\n\n\\=== not a rule.\n\n- 1\\. an item, not a list.\n');
    // A line that does not end a sentence continues on the next (the scraper broke it at code).
    expect(read(doc('# heading-like text', 'continued')).questions[0]!.body).toBe('\\# heading-like text continued\n');
  });

  it('drops a trailing see-also list after the last answer', () => {
    const t = doc('Answer.', '- “Follow?”', 'See the full file list at llms.txt', '- Read the complete guide: 05_x/y.md');
    const r = read(t);
    expect(r.dropped.at(-1)).toEqual({ start: 6, end: 7, reason: 'see-also list of pages not shipped' });
    expect(r.questions[0]!.endLine).toBe(5);
    expect(r.questions[0]!.body).not.toContain('05');
  });

  it('never throws anything but IngestError and accounts for every line', () => {
    const excerpt = lines.slice(109, 300);
    const piece = fc.oneof(
      fc.constantFrom(...excerpt),
      fc.constantFrom('1. A title', '2. B title', '-', '- item', '| a | b |', '|---|---|', '', '- “Follow?”', 'x.What interviewers are really testing: y', 'Follow-up:- “Q?”', 'See the full file'),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (ls) => {
        const t = ls.join('\n');
        try {
          const r = read(t);
          expect(unaccountedLines(t, r)).toEqual([]);
          for (const q of r.questions) expect(q.body).toMatch(/^$|\n$/);
        } catch (e) {
          if (!(e instanceof IngestError)) throw e;
        }
      }),
      { numRuns: 400 },
    );
  });
});
