import { describe, expect, it } from 'vitest';
import { setSettings } from '../../../src/lib/study/settings';
import { emptyState, RETENTION } from '../../../src/lib/study/state';

describe('settings', () => {
  it('sets the desired retention within its bounds and records when', () => {
    expect(setSettings(emptyState(), { retention: 0.85 }, 7).settings).toEqual({ retention: 0.85, testYourself: false, at: 7 });
    expect(setSettings(emptyState(), { retention: 2 }, 7).settings.retention).toBe(RETENTION.max);
    expect(setSettings(emptyState(), { retention: 0.1 }, 7).settings.retention).toBe(RETENTION.min);
    expect(setSettings(emptyState(), { retention: Number.NaN }, 7).settings.retention).toBe(0.9);
    expect(setSettings(emptyState(), { testYourself: true }, 8).settings).toEqual({ retention: 0.9, testYourself: true, at: 8 });
  });
});

