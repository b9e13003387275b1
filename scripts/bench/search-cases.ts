// The hand-written search relevance cases (tests/corpus/search-queries.yaml): what a reader types,
// the kind of query, and every question that is a right first answer. Read by the relevance test
// (tests/e2e/search-relevance.spec.ts) and the search benchmark (MRR@3 per kind), and run the same
// way by both: typed into the /search/ page of the built site, the first results read off the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';

export const KINDS = ['concept', 'acronym', 'two-word', 'natural-language', 'misspelling'] as const;
export type Kind = (typeof KINDS)[number];

export interface SearchCase {
  query: string;
  kind: Kind;
  /** Question ids (`<source>/<slug>`), any of which is a right first answer. */
  expect: string[];
  note?: string;
}

export const CASES_FILE = join(import.meta.dirname, '../../tests/corpus/search-queries.yaml');

export function readCases(file = CASES_FILE): SearchCase[] {
  const raw = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a list of cases`);
  return raw.map((c: Partial<SearchCase>, i) => {
    if (typeof c.query !== 'string' || !c.query.trim()) throw new Error(`${file}: case ${i + 1} has no query`);
    if (!KINDS.includes(c.kind as Kind)) throw new Error(`${file}: "${c.query}" has an unknown kind ${String(c.kind)}`);
    if (!Array.isArray(c.expect) || !c.expect.length) throw new Error(`${file}: "${c.query}" expects nothing`);
    return { query: c.query, kind: c.kind as Kind, expect: c.expect.map(String), note: c.note };
  });
}

/**
 * Types `query` into the search page's box (the page must be /search/, its index loaded or
 * loading) and returns the question ids of the first `n` results, once the results of exactly
 * this query are on screen.
 */
export async function topResults(page: Page, query: string, n = 3): Promise<string[]> {
  const panel = page.locator('[data-search-page]');
  await panel.getByRole('searchbox').fill(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]')?.dataset.query === q, query.trim(), { polling: 20 });
  const hrefs = await panel.locator('.search-results li > a').evaluateAll((as, k) => as.slice(0, k).map((a) => new URL((a as HTMLAnchorElement).href).pathname), n);
  return hrefs.map((p) => /\/questions\/([^/]+\/[^/]+)\/?$/.exec(p)?.[1] ?? p);
}

/** 1-based rank of the first expected question among `top`, or 0 when none is there. */
export const rankOf = (top: readonly string[], c: SearchCase) => top.findIndex((id) => c.expect.includes(id)) + 1;
