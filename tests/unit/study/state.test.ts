import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyState, isStudyState, recordVisit, repairTopics, setLearned, setSaved } from '../../../src/lib/study/state';
import { migrate, parseImport, readStored, studyStateSchema } from '../../../src/lib/study/schema';
import { exportFile } from '../../../src/lib/study/export';

const filled = () => recordVisit(setSaved(setLearned(emptyState(), 'src/a', 'nlp', true, 5), 'src/b', true, 6), 'src/a', 'What is A?', 7);

describe('state updates', () => {
  it('marks and unmarks learned and saved without touching the input', () => {
    const s0 = emptyState();
    const s1 = setLearned(s0, 'x/q', 'nlp', true, 1);
    expect(s1.learned).toEqual({ 'x/q': { topic: 'nlp', at: 1 } });
    expect(s0.learned).toEqual({});
    expect(setLearned(s1, 'x/q', 'nlp', false).learned).toEqual({});
    expect(setSaved(setSaved(s0, 'x/q', true, 2), 'x/q', false).saved).toEqual({});
  });
  it('repairs topics from the question index, keeping the same object when nothing changes', () => {
    const s = setLearned(emptyState(), 'x/q', '', true, 1);
    expect(repairTopics(s, () => 'rag').learned['x/q']!.topic).toBe('rag');
    const ok = setLearned(emptyState(), 'x/q', 'rag', true, 1);
    expect(repairTopics(ok, () => 'rag')).toBe(ok);
    expect(repairTopics(ok, () => undefined)).toBe(ok);
  });
});

describe('stored value', () => {
  it('reads nothing stored as an empty state without a notice', () => {
    expect(readStored(null)).toEqual({ state: emptyState() });
  });
  it('reads a current value unchanged', () => {
    const s = filled();
    expect(readStored(JSON.stringify(s))).toEqual({ state: s });
    expect(isStudyState(s)).toBe(true);
  });
  it.each([
    ['not JSON', '{"version":1,'],
    ['an array', '[1,2]'],
    ['a number', '42'],
    ['an unversioned object', '{"name":"x"}'],
    ['null', 'null'],
  ])('resets %s with a notice, asking for a copy of the old value first', (_, text) => {
    const r = readStored(text);
    expect(r.state).toEqual(emptyState());
    expect(r.notice).toMatch(/could not be read.*reset.*copy of the old value is kept/);
    expect(r.backup).toBe(true);
    expect(r.readOnly).toBeUndefined();
  });
  it('keeps the readable entries of a partly bad value and says how many were dropped', () => {
    const good = filled();
    const value = {
      ...good,
      learned: { ...good.learned, 'a/bad': { topic: 'nlp', at: -1 }, '': { topic: 'nlp', at: 1 } },
      boxes: { 'a/b': { box: 9, at: 1 }, 'a/c': { box: 2, at: 3 } },
    };
    const r = readStored(JSON.stringify(value));
    expect(r.state).toEqual({ ...good, boxes: { 'a/c': { box: 2, at: 3 } } });
    expect(r.notice).toMatch(/3 entries dropped, the rest kept/);
    expect(r.backup).toBe(true);
    const one = readStored(JSON.stringify({ ...good, saved: 'oops' }));
    expect(one.state).toEqual({ ...good, saved: {} });
    expect(one.notice).toMatch(/1 entry dropped/);
    // A "__proto__" key (only possible in JSON text) is dropped, not made the prototype.
    const proto = readStored(JSON.stringify({ ...good, saved: 1 }).replace('"learned":{', '"learned":{"__proto__":{"topic":"x","at":1},'));
    expect(proto.state.learned).toEqual(good.learned);
    expect(Object.getPrototypeOf(proto.state.learned)).toBe(Object.prototype);
    expect(proto.notice).toMatch(/2 entries dropped/);
  });
  it('never overwrites a value from a newer version: read-only, with what can be read', () => {
    const good = filled();
    const r = readStored(JSON.stringify({ ...good, version: 2, learned: { ...good.learned, 'x/y': { topic: 'nlp', at: 1, extra: true } }, newThing: [1] }));
    expect(r.readOnly).toBe(true);
    expect(r.backup).toBeUndefined();
    expect(r.notice).toMatch(/newer version.*read-only/);
    expect(Object.keys(r.state.learned).sort()).toEqual(['src/a', 'x/y']);
    expect(r.state.saved).toEqual(good.saved);
    expect(readStored(JSON.stringify({ version: 3 })).state).toEqual(emptyState());
  });
  it('migrates the unversioned lists of ids with a notice', () => {
    const r = readStored(JSON.stringify({ learned: ['a/b'], saved: ['a/c'] }), 9);
    expect(r.state.learned).toEqual({ 'a/b': { topic: '', at: 9 } });
    expect(r.state.saved).toEqual({ 'a/c': { at: 9 } });
    expect(r.notice).toMatch(/older format/);
  });
  it('the quick check accepts nothing the schema rejects', () => {
    const entry = fc.record({ topic: fc.oneof(fc.string(), fc.integer()), at: fc.oneof(fc.double(), fc.integer({ min: 0 })), box: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.double()) }, { requiredKeys: [] });
    const map = fc.oneof(fc.dictionary(fc.string({ maxLength: 3 }), entry, { maxKeys: 3 }), fc.anything());
    const value = fc.record(
      { version: fc.constantFrom(1, 0, '1', 2), learned: map, saved: map, boxes: map, last: fc.oneof(fc.anything(), fc.record({ id: fc.string(), title: fc.string(), at: fc.double() })) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(value, fc.anything()), (v) => {
        if (isStudyState(v)) expect(studyStateSchema.safeParse(v).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('the quick check accepts valid states', () => {
    expect(isStudyState(filled())).toBe(true);
    expect(isStudyState({ ...filled(), boxes: { 'a/b': { box: 5, at: 3 } } })).toBe(true);
    expect(isStudyState({ ...filled(), version: 2 })).toBe(false);
  });
});

describe('export and import', () => {
  it('round-trips through the exported file', () => {
    const s = { ...filled(), boxes: { 'src/a': { box: 3, at: 8 } } };
    const r = parseImport(exportFile(s, new Date(0)));
    expect(r).toEqual({ ok: true, state: s });
  });
  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['another kind of file', JSON.stringify({ kind: 'something-else', version: 1 }), /not an ML Interview Atlas/],
    ['a list', '[]', /not a JSON object/],
    ['an unrelated object', '{"name":"x"}', /no version/],
    ['a bad entry', JSON.stringify({ ...emptyState(), saved: { 'a/b': { at: -1 } } }), /saved\.a\/b\.at/],
  ])('refuses %s with a clear message', (_, text, message) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.error).toMatch(/Nothing was changed/);
    }
  });
  it('accepts an older export by migrating it', () => {
    expect(migrate({ saved: ['a/b'] }, 1)).toMatchObject({ ok: true, migrated: true });
  });
});
