// The exported progress file: the study state plus what it is and when it was made.
// Read back with parseImport in schema.ts.
import type { StudyState } from './state';

export const EXPORT_KIND = 'ml-interview-atlas/study-progress';

export function exportFile(s: StudyState, now = new Date()): string {
  return `${JSON.stringify({ kind: EXPORT_KIND, exportedAt: now.toISOString(), ...s }, null, 2)}\n`;
}
