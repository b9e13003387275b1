// Study settings changed by the reader: the desired retention (FSRS) and test-yourself mode.
import { RETENTION, type Settings, type StudyState } from './state';

/** Settings changed by the reader; values out of range are brought back into it. */
export function setSettings(s: StudyState, change: Partial<Omit<Settings, 'at'>>, now = Date.now()): StudyState {
  const next = { ...s.settings, ...change, at: now };
  next.retention = Math.min(RETENTION.max, Math.max(RETENTION.min, Number.isFinite(next.retention) ? next.retention : RETENTION.default));
  return { ...s, settings: next };
}
