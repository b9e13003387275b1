import { readFileSync } from 'node:fs';
import { readFlattenedMarkdown } from '../scripts/ingest/readers/flattened-markdown.ts';
import { readMarkdown } from '../scripts/ingest/readers/markdown.ts';
const text = readFileSync('content/sources/000_205d6087e854dd35.txt','utf8');
const t3 = readFileSync('content/sources/003_accef8ba4d48adff.txt','utf8');
const ts: number[] = []; const tm: number[] = [];
for (let i = 0; i < 30; i++) { let t0 = performance.now(); readFlattenedMarkdown({ sourceId: 'x', file: 'x', text }); ts.push(performance.now()-t0);
 t0 = performance.now(); readMarkdown({ sourceId: 'x', file: 'x', text: t3 }); tm.push(performance.now()-t0); }
console.log('first', ts[0].toFixed(1), 'min', Math.min(...ts).toFixed(1), 'median', ts.sort((a,b)=>a-b)[15].toFixed(1));
console.log('markdown reader first', tm[0].toFixed(1), 'min', Math.min(...tm).toFixed(1));
