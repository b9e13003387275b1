// Shared by the study browser tests: questions picked by URL, the stored study state, and the
// practice page's screens.
import { expect, type Page } from '@playwright/test';

export const FLASH = 'ml-dl-llm-2025/what-is-flash-attention';
export const MHA = 'ml-dl-llm-2025/what-is-the-implementation-difference-between-mha-mqa-and-gqa';
export const ATTENTION = 'attention-transformers';
export const KEY = 'atlas:study';
export const q = (id: string) => `questions/${id}/`;

export const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
export const setStored = (page: Page, value: string) => page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, value]);

/** The study index as the site serves it: [id, title, topic, difficulty code][]. */
export async function studyIndex(page: Page): Promise<[string, string, string, string][]> {
  return (await (await page.request.get('study-index.json')).json()).q;
}

/**
 * Waits until the practice page shows what its keys act on: <practice-session data-state> is set
 * once the setup form, a question, its answer or the summary is on screen and ready for keys.
 */
export const practiceState = (page: Page, state: 'setup' | 'question' | 'answer' | 'done') =>
  expect(page.locator('practice-session')).toHaveAttribute('data-state', state);

export async function mark(page: Page, id: string, name: 'Mark as learned' | 'Save for later') {
  await page.goto(q(id));
  const b = page.getByRole('button', { name });
  await expect(b).toHaveAttribute('aria-pressed', 'false');
  await b.click();
  await expect(b).toHaveAttribute('aria-pressed', 'true');
}

/** A version 2 state holding only these cards (and default everything else). */
export function stateWith(cards: Record<string, object>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ version: 2, learned: {}, saved: {}, cards, log: {}, notes: {}, settings: { retention: 0.9, testYourself: false, at: 0 }, ...extra });
}

/** An FSRS review card due at `due` (ms), last reviewed a few days before. */
export const reviewCard = (due: number) => ({ due, stability: 3, difficulty: 5, state: 2, reps: 1, lapses: 0, step: 0, days: 3, at: due - 3 * 86_400_000 });
