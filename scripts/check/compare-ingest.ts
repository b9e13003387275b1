// Compares two ingests (before and after a change to the ingest): the reports (`npm run ingest --
// --report FILE`: counts, dropped line ranges and why, topics) and, given the two folders of
// generated questions, which files exist and their frontmatter (ids, titles, topics, tags, lines).
// Answer bodies are left to compare-builds, which compares what the site renders from them.
//   node scripts/check/compare-ingest.ts BEFORE_REPORT AFTER_REPORT [BEFORE_QUESTIONS AFTER_QUESTIONS]
// Exits 1 when anything differs, printing each difference.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

/** Paths (a.b[2].c) at which two JSON values differ. */
export function jsonDifferences(a: unknown, b: unknown, at = ''): string[] {
  if (isDeepStrictEqual(a, b)) return [];
  const objects = a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
  if (!objects) return [`${at || '(root)'}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`];
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  return [...keys].flatMap((k) =>
    jsonDifferences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], Array.isArray(a) ? `${at}[${k}]` : at ? `${at}.${k}` : k),
  );
}

/** Generated question files by path, as their parsed frontmatter. */
export function frontmatters(dir: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.md')) out.set(relative(dir, p), parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(p, 'utf8'))?.[1] ?? ''));
    }
  };
  walk(dir);
  return out;
}

function main(args: string[]): number {
  if (args.length !== 2 && args.length !== 4) {
    console.error('usage: node scripts/check/compare-ingest.ts BEFORE_REPORT AFTER_REPORT [BEFORE_QUESTIONS AFTER_QUESTIONS]');
    return 2;
  }
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as unknown;
  const problems = jsonDifferences(read(args[0]!), read(args[1]!)).map((d) => `report ${d}`);
  if (args.length === 4) {
    const before = frontmatters(args[2]!);
    const after = frontmatters(args[3]!);
    for (const p of before.keys()) if (!after.has(p)) problems.push(`${p}: only before`);
    for (const [p, fm] of after) {
      if (!before.has(p)) problems.push(`${p}: only after`);
      else problems.push(...jsonDifferences(before.get(p), fm).map((d) => `${p} ${d}`));
    }
  }
  console.log(`compare-ingest: ${problems.length ? `${problems.length} difference(s)` : 'the same'}`);
  for (const p of problems) console.log(`- ${p}`);
  return problems.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
