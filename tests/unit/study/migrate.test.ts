import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyState, isStudyState } from '../../../src/lib/study/state';
import { migrate, parseImport, readStored } from '../../../src/lib/study/migrate';
import { cardFromBox } from '../../../src/lib/study/legacy';
import { exportFile } from '../../../src/lib/study/export';
import { filled, v0Value, v1Value, v2State, V0, V1 } from './fixtures';

describe('a stored value of the current version', () => {
  it('reads nothing stored as an empty state without a notice', () => {
    expect(readStored(null)).toEqual({ state: emptyState() });
  });
  it('reads a current value unchanged', () => {
    const s = filled();
    expect(readStored(JSON.stringify(s))).toEqual({ state: s });
  });
  it.each([
    ['not JSON', '{"version":2,'],
    ['an array', '[1,2]'],
    ['a number', '42'],
    ['an unversioned object', '{"name":"x"}'],
    ['null', 'null'],
    ['version 0 written out', '{"version":0,"learned":{}}'],
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
      cards: { ...good.cards, 'a/b': { ...good.cards['src/a'], difficulty: 11 } },
      log: { ...good.log, 'a/c': [{ at: 1, rating: 3, state: 0 }, { at: 2, rating: 7, state: 0 }] },
      notes: { ...good.notes, 'a/d': { text: 5, at: 1 } },
    };
    const r = readStored(JSON.stringify(value));
    expect(r.state).toEqual({ ...good, log: { ...good.log, 'a/c': [{ at: 1, rating: 3, state: 0 }] } });
    expect(r.notice).toMatch(/5 entries dropped, the rest kept/);
    expect(r.backup).toBe(true);
    const one = readStored(JSON.stringify({ ...good, saved: 'oops' }));
    expect(one.state).toEqual({ ...good, saved: {} });
    expect(one.notice).toMatch(/1 entry dropped/);
    // Bad settings fall back to the defaults; the rest is kept.
    const set = readStored(JSON.stringify({ ...good, settings: { retention: 3 } }));
    expect(set.state).toEqual({ ...good, settings: emptyState().settings });
    // A "__proto__" key (only possible in JSON text) is dropped, not made the prototype.
    const proto = readStored(JSON.stringify({ ...good, saved: 1 }).replace('"learned":{', '"learned":{"__proto__":{"topic":"x","at":1},'));
    expect(proto.state.learned).toEqual(good.learned);
    expect(Object.getPrototypeOf(proto.state.learned)).toBe(Object.prototype);
    expect(proto.notice).toMatch(/2 entries dropped/);
  });
  it('never overwrites a value from a newer version: read-only, with what can be read', () => {
    const good = filled();
    const r = readStored(JSON.stringify({ ...good, version: 3, learned: { ...good.learned, 'x/y': { topic: 'nlp', at: 1, extra: true } }, newThing: [1] }));
    expect(r.readOnly).toBe(true);
    expect(r.backup).toBeUndefined();
    expect(r.notice).toMatch(/newer version.*read-only/);
    expect(Object.keys(r.state.learned).sort()).toEqual(['src/a', 'x/y']);
    expect(r.state.saved).toEqual(good.saved);
    expect(r.state.cards).toEqual(good.cards);
    expect(r.state.notes).toEqual(good.notes);
    expect(readStored(JSON.stringify({ version: 4 })).state).toEqual(emptyState());
  });
});

describe('version 0 (unversioned lists of ids)', () => {
  it('migrates with a notice, keeping every learned and saved question', () => {
    const r = readStored(JSON.stringify(V0), 9);
    expect(r.state.learned).toEqual({
      'ml-dl-llm-2025/what-is-flash-attention': { topic: '', at: 9 },
      'ml-llm-qa/what-is-perplexity-how-is-it-computed': { topic: '', at: 9 },
    });
    expect(r.state.saved).toEqual({ 'nlp-interview-master/what-is-bpe': { at: 9 } });
    expect(r.state.cards).toEqual({});
    expect(r.notice).toMatch(/older format/);
    expect(r.backup).toBeUndefined();
    expect(isStudyState(r.state)).toBe(true);
    expect(readStored(JSON.stringify({ saved: ['a/b'] }), 1).state.saved).toEqual({ 'a/b': { at: 1 } });
  });
});

describe('version 1 (Leitner boxes)', () => {
  it('migrates with a notice: marks and last visit as they were, every box an FSRS card', () => {
    const r = readStored(JSON.stringify(V1));
    expect(r.notice).toMatch(/older format.*each box became a review date/);
    expect(r.backup).toBeUndefined();
    expect(r.state.version).toBe(2);
    expect(r.state.learned).toEqual(V1.learned);
    expect(r.state.saved).toEqual(V1.saved);
    expect(r.state.last).toEqual(V1.last);
    expect(Object.keys(r.state.cards).sort()).toEqual(Object.keys(V1.boxes).sort());
    for (const [id, b] of Object.entries(V1.boxes)) expect(r.state.cards[id]).toEqual(cardFromBox(b));
    expect(r.state.log).toEqual({});
    expect(r.state.notes).toEqual({});
    expect(r.state.settings).toEqual(emptyState().settings);
    expect(isStudyState(r.state)).toBe(true);
  });
  it('keeps what can be read of a partly bad version 1 value, upgraded, with a copy', () => {
    const r = readStored(JSON.stringify({ ...V1, boxes: { ...V1.boxes, 'a/b': { box: 9, at: 1 } }, saved: { 'a/c': { at: -4 } } }));
    expect(r.backup).toBe(true);
    expect(r.notice).toMatch(/2 entries dropped/);
    expect(r.state.learned).toEqual(V1.learned);
    expect(r.state.saved).toEqual({});
    expect(Object.keys(r.state.cards).sort()).toEqual(Object.keys(V1.boxes).sort());
    expect(isStudyState(r.state)).toBe(true);
  });
});

describe('migration of any earlier value (property)', () => {
  it('a version 0 value becomes a valid state with every learned and saved question', () => {
    fc.assert(
      fc.property(v0Value, (v) => {
        const r = readStored(JSON.stringify(v), 5);
        expect(isStudyState(r.state)).toBe(true);
        expect(Object.keys(r.state.learned).sort()).toEqual([...new Set(v.learned ?? [])].sort());
        expect(Object.keys(r.state.saved).sort()).toEqual([...new Set(v.saved ?? [])].sort());
      }),
    );
  });
  it('a version 1 value becomes a valid state with every mark, every boxed card (due as its box says) and the last visit', () => {
    fc.assert(
      fc.property(v1Value, (v) => {
        const r = readStored(JSON.stringify(v));
        expect(r.backup).toBeUndefined();
        expect(isStudyState(r.state)).toBe(true);
        expect(r.state.learned).toEqual(v.learned);
        expect(r.state.saved).toEqual(v.saved);
        expect(r.state.last).toEqual(v.last);
        expect(Object.keys(r.state.cards).sort()).toEqual(Object.keys(v.boxes).sort());
        for (const [id, b] of Object.entries(v.boxes)) {
          expect(r.state.cards[id]!.at).toBe(b.at);
          expect(r.state.cards[id]!.due >= b.at).toBe(true);
        }
      }),
    );
  });
});

describe('export and import', () => {
  it('round-trips through the exported file: cards, review log, notes and settings', () => {
    const s = filled();
    expect(parseImport(exportFile(s, new Date(0)))).toEqual({ ok: true, state: s });
  });
  it('round-trips any state (property)', () => {
    fc.assert(
      fc.property(v2State, (s) => {
        expect(parseImport(exportFile(s, new Date(0)))).toEqual({ ok: true, state: s });
      }),
    );
  });
  it('imports an export of the previous version (Leitner boxes) by migrating it', () => {
    const file = JSON.stringify({ kind: 'ml-interview-atlas/study-progress', exportedAt: '2025-01-01T00:00:00.000Z', ...V1 });
    const r = parseImport(file);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.state.learned).toEqual(V1.learned);
      expect(Object.keys(r.state.cards)).toHaveLength(5);
    }
    expect(migrate({ saved: ['a/b'] }, 1)).toMatchObject({ ok: true, migrated: true });
  });
  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['another kind of file', JSON.stringify({ kind: 'something-else', version: 2 }), /not an ML Interview Atlas/],
    ['a list', '[]', /not a JSON object/],
    ['an unrelated object', '{"name":"x"}', /no version/],
    ['a bad entry', JSON.stringify({ ...emptyState(), saved: { 'a/b': { at: -1 } } }), /saved\.a\/b\.at/],
    ['a bad version 1 box', JSON.stringify({ ...V1, boxes: { 'a/b': { box: 0, at: 1 } } }), /boxes\.a\/b\.box/],
    ['a file from a newer version', JSON.stringify({ ...emptyState(), version: 3 }), /newer version/],
  ])('refuses %s with a clear message', (_, text, message) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.error).toMatch(/Nothing was changed/);
    }
  });
});
