import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsesAsPython, reindentPython } from '../../../scripts/ingest/recover/python-indent.ts';
import { splitLines } from '../../../scripts/ingest/model.ts';

// Real code excerpts of the flattened source (000, ml-llm-qa): every line at column 0.
const source = splitLines(readFileSync('content/sources/000_205d6087e854dd35.txt', 'utf8'));
const excerpt = (from: number, to: number) => source.slice(from - 1, to);
const indentOf = (out: string[], startsWith: string) => {
  const line = out.find((l) => l.trimStart().startsWith(startsWith));
  if (line === undefined) throw new Error(`no line starting with ${startsWith}`);
  return line.length - line.trimStart().length;
};

describe('reindentPython on real excerpts of the flattened source', () => {
  it('puts the methods of LinearRegression inside the class and the loop body under its for (Q1, lines 14-31)', () => {
    const lines = excerpt(14, 31);
    expect(lines[0]).toBe('class LinearRegression:');
    expect(lines.every((l) => !/^\s/.test(l))).toBe(true);
    const out = reindentPython(lines);
    expect(out).toHaveLength(lines.length);
    expect(parsesAsPython(out.join('\n') + '\n')).toBe(true);
    expect(indentOf(out, 'class LinearRegression')).toBe(0);
    for (const m of ['def __init__', 'def fit', 'def predict']) expect(indentOf(out, m)).toBe(4);
    expect(indentOf(out, 'self.lr = lr')).toBe(8);
    expect(indentOf(out, 'for _ in range(self.n_iter):')).toBe(8);
    for (const b of ['y_pred = X.dot', 'dw = ', 'db = ', 'self.weights -=', 'self.bias -=']) expect(indentOf(out, b)).toBe(12);
    expect(indentOf(out, 'return X.dot(self.weights) + self.bias')).toBe(8);
  });

  it('ends the for loop at a comment that starts a new step, and the class after its last method (Q90, lines 2306-2333)', () => {
    const out = reindentPython(excerpt(2306, 2333));
    expect(parsesAsPython(out.join('\n') + '\n')).toBe(true);
    expect(indentOf(out, 'for param in model.parameters():')).toBe(8);
    expect(indentOf(out, 'param.requires_grad = False')).toBe(12);
    // The statement after "# Trainable prompt embeddings" uses no loop name: back in __init__.
    expect(indentOf(out, '# Trainable prompt embeddings')).toBe(8);
    expect(indentOf(out, 'self.prompt_embeddings = nn.Parameter(')).toBe(8);
    expect(indentOf(out, 'torch.randn(prompt_length')).toBe(12); // bracket continuation
    expect(out[out.indexOf('        self.prompt_embeddings = nn.Parameter(') + 2]).toBe('        )');
    expect(indentOf(out, 'def forward(self, input_ids):')).toBe(4);
    expect(indentOf(out, 'return logits')).toBe(8);
    // "# Training" and the optimizer are module-level code after the class.
    expect(indentOf(out, '# Training')).toBe(0);
    expect(indentOf(out, 'optimizer = torch.optim.Adam')).toBe(0);
  });

  it('lines up else with its if and returns from the function after a comment (Q100, lines 2627-2639)', () => {
    const out = reindentPython(excerpt(2627, 2639));
    expect(parsesAsPython(out.join('\n') + '\n')).toBe(true);
    expect(indentOf(out, 'if mask is not None:')).toBe(4);
    expect(indentOf(out, 'else:')).toBe(4);
    expect(indentOf(out, 'nll = -(true_token_log_probs')).toBe(8);
    expect(indentOf(out, 'nll = -true_token_log_probs.mean()')).toBe(8);
    expect(indentOf(out, 'return torch.exp(nll).item()')).toBe(4);
  });

  it('keeps loop steps that use loop names in the loop and leaves it for the totals (Q100, lines 2641-2662)', () => {
    const out = reindentPython(excerpt(2641, 2662));
    expect(parsesAsPython(out.join('\n') + '\n')).toBe(true);
    expect(indentOf(out, 'with torch.no_grad():')).toBe(4);
    expect(indentOf(out, 'for batch in dataloader:')).toBe(8);
    for (const b of ['input_ids = batch', 'logits = model(input_ids).logits', 'pp = perplexity_from_logits', 'total_nll += np.log(pp)', 'total_tokens += batch_tokens']) {
      expect(indentOf(out, b)).toBe(12);
    }
    expect(indentOf(out, 'avg_pp = np.exp(total_nll / total_tokens)')).toBe(4);
    expect(indentOf(out, 'return avg_pp')).toBe(4);
  });

  it('leaves straight-line code at column 0 (Q14, lines 337-340)', () => {
    const lines = excerpt(337, 340);
    expect(reindentPython(lines)).toEqual(lines);
  });
});

describe('reindentPython: hand-written cases', () => {
  const py = (code: string) => reindentPython(code.split('\n')).join('\n');

  it('handles elif/else, try/except/finally and while', () => {
    const out = py(['def f(x):', 'try:', 'while x:', 'x -= 1', 'if x == 3:', 'break', 'elif x == 2:', 'pass', 'else:', 'x = x', 'except ValueError:', 'raise', 'finally:', 'print(x)'].join('\n'));
    expect(out).toBe(
      [
        'def f(x):',
        '    try:',
        '        while x:',
        '            x -= 1',
        '            if x == 3:',
        '                break',
        '            elif x == 2:',
        '                pass',
        '            else:',
        '                x = x',
        '    except ValueError:',
        '        raise',
        '    finally:',
        '        print(x)',
      ].join('\n'),
    );
    expect(parsesAsPython(out + '\n')).toBe(true);
  });

  it('puts a def without self at column 0, and a decorated method in its class', () => {
    const out = py(['class A:', '@property', 'def x(self):', 'return 1', 'def helper(y):', 'return y'].join('\n'));
    expect(out).toBe(['class A:', '    @property', '    def x(self):', '        return 1', 'def helper(y):', '    return y'].join('\n'));
  });

  it('treats words that are also object properties ("toString", "constructor") as plain code', () => {
    // Found by the property test below: a lookup table keyed by the first word saw inherited members.
    expect(reindentPython(['class A:', 'toString', 'constructor = 1'])).toHaveLength(3);
  });

  it('never throws and keeps one output line per non-blank input line', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('class A:', 'def f(self):', 'def g(x):', 'for i in x:', 'if a:', 'else:', 'elif b:', 'return 1', '# note', 'x = (', ')', 'y = 2', 'with a as b:', 'try:', 'except E:', '@dec'), fc.string()), { maxLength: 30 }), (lines) => {
        const out = reindentPython(lines);
        expect(out).toHaveLength(lines.filter((l) => l.trim() !== '').length);
      }),
    );
  });
});

describe('parsesAsPython', () => {
  it('tells Python from flattened code and pseudo-code', () => {
    expect(parsesAsPython('x = 1\n')).toBe(true);
    expect(parsesAsPython('class A:\ndef f(self):\nreturn 1\n')).toBe(false);
    expect(parsesAsPython('E = [P; E_input]\n')).toBe(false);
    expect(parsesAsPython('h[k+1] = A_d h[k]\n')).toBe(false);
  });

  it('rejects assignment to a call, which Lezer parses but Python does not (maths notation)', () => {
    expect(parsesAsPython('BN(x) = gamma * (x - mean_batch) / sqrt(var_batch + epsilon) + beta\n')).toBe(false);
    expect(parsesAsPython('a, f(x) = 1, 2\n')).toBe(false);
    expect(parsesAsPython('f(x) += 1\n')).toBe(false);
    expect(parsesAsPython('y = f(x)\nx.w[0] = g(1)\na = b = f(x)\n')).toBe(true);
  });
});
