import { describe, expect, it } from 'vitest';
import { setNote } from '../../../src/lib/study/notes';
import { emptyState, isStudyState, NOTE_MAX } from '../../../src/lib/study/state';

describe('notes', () => {
  it('keeps a note as typed (trailing space trimmed), replaces it, and removes it when emptied', () => {
    const s = setNote(emptyState(), 'x/q', 'Softmax over keys.\n  Then weights × V.  \n', 3);
    expect(s.notes['x/q']).toEqual({ text: 'Softmax over keys.\n  Then weights × V.', at: 3 });
    expect(setNote(s, 'x/q', 'Other', 4).notes['x/q']).toEqual({ text: 'Other', at: 4 });
    expect(setNote(s, 'x/q', '   \n ', 5).notes).toEqual({});
    // Saving the same text again changes nothing (not even its time).
    expect(setNote(s, 'x/q', 'Softmax over keys.\n  Then weights × V.', 9)).toBe(s);
  });
  it('bounds a note to NOTE_MAX characters', () => {
    const s = setNote(emptyState(), 'x/q', 'a'.repeat(NOTE_MAX + 50), 1);
    expect(s.notes['x/q']!.text).toHaveLength(NOTE_MAX);
    expect(isStudyState(s)).toBe(true);
  });
  it('keeps markup in a note as the characters typed', () => {
    const text = '<img src=x onerror=alert(1)> and </script>';
    expect(setNote(emptyState(), 'x/q', text, 1).notes['x/q']!.text).toBe(text);
  });
});

