import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeSpan, markGluedCode } from '../../../scripts/ingest/normalize/glued-code.ts';
import { splitLines } from '../../../scripts/ingest/model.ts';

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
    expect(code(line(608))).toEqual(['num_workers', 'cpu_count', 'num_workers=0', 'pin_memory=True', 'persistent_workers=True']);
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
    const word = fc.constantFrom('top_p', '=0.9', 'means', 'json.loads()', 'e.g.', '3.5', '__init__', 'AND', ' ', '.', '(', ')', 'with', 'x_t', 'https://a.b/c_d');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(word, { maxLength: 12 }).map((w) => w.join(''))), (t) => {
        expect(joined(t).replace(/ /g, '')).toBe(t.replace(/ /g, ''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('max_tokens')).toBe('`max_tokens`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
});
