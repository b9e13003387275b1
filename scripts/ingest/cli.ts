// npm run ingest [-- --report FILE] [--only id,id] [--manifest FILE] [--out DIR] [--topics FILE] [--cache DIR]
// --cache: keep what the readers made of each source there, and read it back (scripts/ingest/source-cache.ts).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ingest } from './ingest.ts';
import { IngestError } from './model.ts';
import { formatConceptTable, formatReportTable, formatTopicTable } from './report.ts';

const { values } = parseArgs({
  options: {
    manifest: { type: 'string', default: 'content/sources/sources.json' },
    out: { type: 'string', default: 'content/questions' },
    topics: { type: 'string' },
    report: { type: 'string' },
    only: { type: 'string' },
    cache: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

try {
  const started = performance.now();
  const { report, files } = ingest({
    manifest: values.manifest!,
    outDir: values.out!,
    topics: values.topics,
    only: values.only?.split(',').map((s) => s.trim()).filter(Boolean),
    cacheDir: values.cache,
  });
  const ms = performance.now() - started;
  if (!values.quiet) {
    console.log(formatReportTable(report));
    console.log('');
    console.log(formatTopicTable(report));
    console.log('');
    console.log(formatConceptTable(report));
    console.log(`\nwrote ${files.length} questions to ${values.out}/ in ${ms.toFixed(0)} ms`);
  }
  if (values.report) {
    writeFileSync(values.report, JSON.stringify(report, null, 2) + '\n');
    if (!values.quiet) console.log(`report: ${values.report}`);
  }
} catch (e) {
  if (e instanceof IngestError) {
    console.error(`ingest failed: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
