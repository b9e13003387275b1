// Relevance: the hand-written cases of tests/corpus/search-queries.yaml (concepts, acronyms,
// two-word queries, whole questions, misspellings and British spellings), each with every
// question a reader would accept first. Every query must have one of them in the first three
// results, and at least 95% first. Typed into the real search page over the built index.
import { test, expect } from '@playwright/test';
import { KINDS, rankOf, readCases, topResults } from '../../scripts/bench/search-cases.ts';

const CASES = readCases();

test('every hand-written query finds an expected question in the top 3, and first for at least 95%', async ({ page }) => {
  test.setTimeout(600_000);
  expect(CASES.length).toBeGreaterThanOrEqual(200);
  for (const kind of KINDS) expect(CASES.filter((c) => c.kind === kind).length, kind).toBeGreaterThan(0);
  expect(CASES.filter((c) => c.kind === 'misspelling').length).toBeGreaterThanOrEqual(40);
  await page.goto('search/');
  const misses: string[] = [];
  const notFirst: string[] = [];
  for (const c of CASES) {
    const top = await topResults(page, c.query);
    const rank = rankOf(top, c);
    if (!rank) misses.push(`${c.query} [${c.kind}]: expected ${c.expect.join(' or ')}, got ${top.join(', ')}`);
    else if (rank > 1) notFirst.push(`${c.query}: #${rank}`);
  }
  const first = CASES.length - misses.length - notFirst.length;
  console.log(`first: ${first}/${CASES.length}; second or third: ${notFirst.join('; ') || 'none'}`);
  expect(misses).toEqual([]);
  expect(first / CASES.length).toBeGreaterThanOrEqual(0.95);
});

test('the quirks stay fixed: "bagging" is not bag-of-words, "attention" is not the Attention-Free Transformer', async ({ page }) => {
  await page.goto('search/');
  const bagging = await topResults(page, 'bagging', 3);
  expect(bagging[0]).toMatch(/^ml-dl-llm-2025\/(?:what-is-bagging-and-how-does-it-reduce-variance|explain-bootstrap-aggregating-bagging)$/);
  for (const id of bagging) expect(id).not.toMatch(/bag-of-words|bow/);
  const attention = await topResults(page, 'attention', 3);
  expect(attention).not.toContain('ml-dl-llm-2025/what-is-the-attention-free-transformer-aft');
});
