import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CODE_MARK, markGluedCode as markWith } from '../../../scripts/ingest/recover/glued-code.ts';
import { shipped } from '../../helpers/answers.ts';
import { splitLines } from '../../../scripts/ingest/model.ts';

/** The words source 001's scraper glued onto code (its words file). */
const words = shipped('ai-engineer').words;
const markGluedCode = (t: string) => markWith(t, words);

const lines = splitLines(readFileSync('content/sources/001_c04246ee74f4c8b9.txt', 'utf8'));
/** Source line n (1-based). */
const line = (n: number) => lines[n - 1]!;
const code = (t: string) => markGluedCode(t).filter((p) => p.code).map((p) => p.text);
const joined = (t: string) => markGluedCode(t).map((p) => p.text).join('');

describe('glued inline code on real lines of source 001', () => {
  it('splits snake_case assignments out of the words glued to them', () => {
    expect(line(43)).toContain('E.g.,top_p=0.9means');
    expect(code(line(43))).toEqual(['top_p', 'top_p=0.9']);
    expect(joined(line(43))).toContain('E.g., top_p=0.9 means “only consider');
    // "ANDtop_p": the case change is the boundary; "temperature=0.3" is not snake_case: left alone.
    expect(code(line(44))).toEqual(['top_p=0.5', 'top_p']);
    expect(joined(line(44))).toMatch(/^temperature=0\.3AND top_p=0\.5, you’re/);
    // "…in parallel.num_workers=0means": a sentence glued before the code.
    // "Set tomin(8, cpu_count)": a built-in call glued after "to" is one code span, not its argument.
    expect(code(line(608))).toEqual(['num_workers', 'min(8, cpu_count)', 'num_workers=0', 'pin_memory=True', 'persistent_workers=True']);
    expect(joined(line(608))).toContain('Set to min(8, cpu_count). Each worker');
    expect(joined(line(608))).toContain('in parallel. num_workers=0 means data loading');
  });

  it('splits calls at their closing parenthesis and dotted names', () => {
    expect(code(line(272))).toEqual(['grad.norm()']);
    expect(joined(line(272))).toMatch(/^grad\.norm\(\) decreases exponentially/);
    expect(code(line(285))[0]).toBe('torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)');
    expect(code(line(694))[0]).toBe('torch.onnx.export(model, dummy_input, "model.onnx")');
    expect(code(line(711))[0]).toBe('nn.DataParallel');
    // "…tutorials.nn.DataParallel (DP…):" reads as one dotted name here; the reader splits the
    // run-in label off after "tutorials." first (see the reader's tests).
    expect(code('read tutorials. nn.DataParallel (DP')).toEqual(['nn.DataParallel']);
    expect(code(line(619))).toContain('.backward()');
    expect(joined(line(619))).toContain('a plain Python float, .backward() will fail');
  });

  it('marks dunder names, whose "__" make both ends certain', () => {
    expect(code(line(606))).toEqual(['__len__', '__getitem__']);
    expect(joined(line(606))).toContain('number of samples. __getitem__: Returns one sample');
    expect(code(line(609))).toEqual(['__iter__', '__getitem__']);
    expect(joined(line(609))).toMatch(/^__iter__ instead of __getitem__\. Tricky/);
  });

  it('leaves code alone where a glued word makes an end uncertain', () => {
    // "batch_sizesamples", "withtorch.no_grad()", "ormodel.eval()withouttorch…", "llama.cppfor",
    // "StratifiedKFoldortrain_test_split(…)to", "(unlessretain_graph=True)", "runos.system(…)when".
    expect(line(174)).toMatch(/^batch_sizesamples/);
    expect(code(line(174)).filter((c) => c.startsWith('batch_size'))).toEqual(['batch_size=1', 'batch_size=32']);
    expect(code(line(708))).toEqual(['model.train()']);
    expect(code(line(451))).toEqual([]);
    expect(code(line(202))).toEqual([]);
    expect(code(line(619))).not.toContainEqual(expect.stringContaining('retain_graph'));
    expect(code(line(692)).some((c) => /runos|state_dictis|pthfile/.test(c))).toBe(false);
    expect(code(line(530))).toEqual([]); // "nn.DataParallelis the old…"
  });

  it('does not take math subscripts, sentences or URLs for code', () => {
    expect(code(line(360))).toEqual([]); // f_t, x_t, b_f, h_{t-1}
    expect(code(line(31))).toEqual([]); // "ranges.Mathematical Intuition:"
    expect(code(line(2))).toEqual([]); // https://resources.devweekends.com/llms.txt
  });
});

describe('glued inline code inside formulas and calls', () => {
  it('does not mark a name inside the arguments of a call that is not itself code', () => {
    // 834, 888, 1075: the formulas are text (no known start); their argument names stay text too.
    expect(code('Loss = reward - beta * KL(pi || pi_ref). Beta controls the tradeoff.')).toEqual([]);
    expect(code('score = sum(log_probs) / length^alpha where alpha=0.6-1.0.')).toEqual([]);
    expect(code('x_t = sqrt(alpha_t) * x_{t-1} + sqrt(1-alpha_t) * noise.')).toEqual([]);
    expect(code('Use StepLR(optimizer, step_size=10, gamma=0.1) here.')).toEqual([]);
    // A whole call is still code ("torch.save(model, ...)"), and so is a name in a parenthetical.
    expect(code('Prefer torch.save(model.state_dict(), path) over it (e.g. top_p=0.9).')).toEqual(['torch.save(model.state_dict(), path)', 'top_p=0.9']);
  });

  it('marks the Python main guard, whose text makes both ends certain (611)', () => {
    expect(code(line(611))).toContain("if __name__ == '__main__':");
    expect(joined(line(611))).toContain("(use if __name__ == '__main__': guard)");
  });

  it('takes a whole call, formula or assignment as code where the reader knows it starts', () => {
    const at = (t: string) => markGluedCode(CODE_MARK + t);
    const first = (t: string) => at(t).find((p) => p.code)?.text;
    // The real lines the scraper broke before their code (642, 1075, 1045, 808, 44, 744, 449, 451, 731).
    expect(first(line(642))).toBe('StepLR(optimizer, step_size=10, gamma=0.1)');
    expect(first(line(1075))).toBe('x_t = sqrt(alpha_t) * x_{t-1} + sqrt(1-alpha_t) * noise');
    expect(at(line(1045)).filter((p) => p.code).map((p) => p.text)).toEqual(['max_entropy(P(y|x))', 'min(max_class_prob)']);
    expect(first(line(808))).toBe('K=50');
    expect(at(line(44)).filter((p) => p.code).map((p) => p.text).slice(0, 2)).toEqual(['temperature=0.3', 'top_p=0.5']);
    expect(first(line(744))).toBe('output.shape');
    expect(first(line(449))).toBe('auto-gptq');
    expect(first(line(451))).toBe('llama.cpp');
    expect(first(line(731))).toBe('DistributedSampler');
    expect(at(line(744)).map((p) => p.text).join('')).toMatch(/^output\.shape should match/);
    // A function applied without parentheses ("-log sigmoid(…)") and "|…|" are part of the formula.
    expect(first(line(840))).toBe('Loss = -log sigmoid(beta * (log pi(preferred)/pi_ref(preferred) - log pi(rejected)/pi_ref(rejected)))');
    expect(first(line(859))).toBe('attention_score = Q @ K.T - m * |i - j|');
  });

  it('leaves the text plain where the right edge is still uncertain at a known start', () => {
    const first = (t: string) => markGluedCode(CODE_MARK + t).find((p) => p.code)?.text;
    expect(first(line(1107))).toBeUndefined(); // "send_emailanddelete_filetools"
    expect(first('C_t = f_t * C_{t-1} + i_t * C_tildeThis is the key insight')).toBeUndefined();
    expect(first('min_G max_D V(D, G) = E[log D(x)]')).toBeUndefined();
    expect(first('nn.DataParallelis the old, single-process version.')).toBeUndefined();
    expect(first('gpt-4o-miniat 5/1M tokens).')).toBeUndefined();
    expect(first('continued')).toBeUndefined(); // a plain word: the rest of a sentence
    // "+ proper process": an operator with a space on one side only is prose.
    expect(first('model = DistributedDataParallel(model)+ proper process initialization.')).toBe('model = DistributedDataParallel(model)');
    // Parentheses holding words are not arguments.
    expect(first('scores = Q @ K.T(dot product measures similarity between tokens).')).toBe('scores = Q @ K.T');
  });
});

describe('glued inline code: text where nothing must change', () => {
  const unchanged = [
    'Use a smaller model, e.g. a distilled one, i.e. cheaper.',
    'Gradients w.r.t. the input; see Fig. 3.',
    'GPT-3.5 is cheaper than GPT-4; 3.5 and 0.95^5 = 77% are numbers.',
    'Read https://example.com/a_b/c_d.html or www.foo_bar.org/x.',
    'Mail a_b@example.com for access.',
    'Courses on fast.ai and Neptune.ai dashboards.',
    'Files live in /usr/lib/site_packages/torch.',
    'Top_P: Truncates the distribution.',
    'Temperature=0.3 and T>1 flatten it.',
    'It works.The next sentence is glued.',
    'Plain English with no code at all, and a dash - here.',
    '',
  ];
  it.each(unchanged)('%j', (t) => {
    expect(code(t)).toEqual([]);
    expect(joined(t)).toBe(t);
  });

  it('only ever adds spaces next to the code it splits out', () => {
    const word = fc.constantFrom(CODE_MARK, 'top_p', '=0.9', 'means', 'min(', ' = ', 'x_t', '|', 'json.loads()', 'e.g.', '3.5', '__init__', 'AND', ' ', '.', '(', ')', 'with', 'x_t', 'https://a.b/c_d');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(word, { maxLength: 12 }).map((w) => w.join(''))), (t) => {
        expect(joined(t).replace(/ /g, '')).toBe(t.replace(/ /g, '').replaceAll(CODE_MARK, ''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the words a source glued onto code are its data (content/sources/ai-engineer.words.yaml)', () => {
  it('splits a glued word off only with the words file; English function words are general', () => {
    expect(markWith(`Uses ${CODE_MARK}batch_sizesamples (typically 32).`, words).filter((p) => p.code).map((p) => p.text)).toEqual(['batch_size']);
    expect(markWith(`Uses ${CODE_MARK}batch_sizesamples (typically 32).`).filter((p) => p.code).map((p) => p.text)).toEqual(['batch_sizesamples']);
    expect(markWith(`Tool: ${CODE_MARK}llama.cppfor inference.`).filter((p) => p.code).map((p) => p.text)).toEqual(['llama.cpp']);
  });
});
