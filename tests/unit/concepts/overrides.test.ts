// A maintainer's merges, splits and titles (scripts/ingest/concepts/overrides.ts): read, checked,
// and every problem named with its file and line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_OVERRIDES, parseOverrides, readOverrides } from '../../../scripts/ingest/concepts/overrides.ts';
import { IngestError } from '../../../scripts/ingest/model.ts';

const FILE = 'content/concepts.yaml';

describe('concept overrides', () => {
  it('read merges, splits and titles', () => {
    const text = 'merge:\n  - [a/one, b/two]\nsplit:\n  - [a/x, a/y, b/z]\ntitles:\n  a/one: What is one?\n';
    expect(parseOverrides(text, FILE)).toEqual({ merge: [['a/one', 'b/two']], split: [['a/x', 'a/y', 'b/z']], titles: { 'a/one': 'What is one?' } });
    expect(parseOverrides('# nothing yet\n', FILE)).toEqual(NO_OVERRIDES);
  });

  it('name the file and the line of a malformed entry', () => {
    const bad = (text: string) => () => parseOverrides(text, FILE);
    expect(bad('merge:\n  - [a/one, b/two]\n  - [a/one]\n')).toThrow(/^content\/concepts\.yaml:3: merge\.1: a list names at least two questions/);
    expect(bad('split:\n  - [a/one, "Not An Id"]\n')).toThrow(/^content\/concepts\.yaml:2: split\.0\.1: a question id is <source>\/<slug>/);
    expect(bad('titles:\n  a/one: ""\n')).toThrow(/^content\/concepts\.yaml:2: titles\.a\/one/);
    expect(bad('merges: []\n')).toThrow(/^content\/concepts\.yaml:1: .*merges/);
    expect(bad('merge: [a/one\n')).toThrow(IngestError);
    expect(bad('merge: [a/one\n')).toThrow(/content\/concepts\.yaml:\d+: not valid YAML/);
  });

  it('name an id that no longer exists, with its line', () => {
    const known = (id: string) => id !== 'a/gone';
    expect(() => parseOverrides('merge:\n  - [a/one, b/two]\ntitles:\n  a/gone: Old title\n', FILE, known)).toThrow(/^content\/concepts\.yaml:4: no question "a\/gone"/);
  });

  it('refuse a merge and a split of the same two questions', () => {
    expect(() => parseOverrides('merge:\n  - [a/one, b/two, c/three]\nsplit:\n  - [c/three, a/one]\n', FILE)).toThrow(/^content\/concepts\.yaml:2: merge 1 and split 1 name the same two questions/);
  });

  it('are none when the file does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-concepts-'));
    expect(readOverrides(join(dir, 'concepts.yaml'))).toEqual(NO_OVERRIDES);
    writeFileSync(join(dir, 'concepts.yaml'), 'split:\n  - [a/one, a/two]\n');
    expect(readOverrides(join(dir, 'concepts.yaml')).split).toEqual([['a/one', 'a/two']]);
  });
});
