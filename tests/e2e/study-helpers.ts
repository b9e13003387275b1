// Shared by the study browser tests: questions picked by URL, the stored study state, and the
// practice page's screens and moves.
import { expect, type Page } from '@playwright/test';

export const FLASH = 'ml-dl-llm-2025/what-is-flash-attention';
export const MHA = 'ml-dl-llm-2025/what-is-the-implementation-difference-between-mha-mqa-and-gqa';
export const ATTENTION = 'attention-transformers';
export const KEY = 'atlas:study';
export const q = (id: string) => `questions/${id}/`;

export const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
export const setStored = (page: Page, value: string) => page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, value]);

/** The study index as the site serves it: [id, title, topic, difficulty code, concept (when not the id itself)][]. */
export async function studyIndex(page: Page): Promise<[string, string, string, string, string?][]> {
  return (await (await page.request.get('study-index.json')).json()).q;
}

/** The concept of each question of the index, and the questions of each concept (index order). */
export function conceptsOf(index: [string, string, string, string, string?][]) {
  const conceptOf = new Map(index.map((r) => [r[0], r[4] || r[0]]));
  const members = new Map<string, string[]>();
  for (const [id] of index) members.set(conceptOf.get(id)!, [...(members.get(conceptOf.get(id)!) ?? []), id]);
  return {
    conceptOf: (id: string) => conceptOf.get(id)!,
    members: (concept: string) => members.get(concept)!,
    /** The first of `ids` of each concept: the card practice deals for it when none has a card. */
    onePerConcept: (ids: string[]) => ids.filter((id, i) => ids.findIndex((x) => conceptOf.get(x) === conceptOf.get(id)) === i),
  };
}

/**
 * Waits until the practice page shows what its keys act on: <practice-session data-state> is set
 * once the setup form, a question, its answer or the summary is on screen and ready for keys.
 */
export const practiceState = (page: Page, state: 'setup' | 'question' | 'answer' | 'done') =>
  expect(page.locator('practice-session')).toHaveAttribute('data-state', state);

/** Ticks a topic or source on the practice form, unfolding "Topics and sources" first. */
export async function tick(page: Page, name: 'topic' | 'source', value: string) {
  const choices = page.locator('details.practice-choices');
  if (!(await choices.evaluate((d: HTMLDetailsElement) => d.open))) await choices.locator('summary').click();
  await page.locator(`input[name=${name}][value="${value}"]`).check();
}

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

export const DAY = 86_400_000;
export const progressText = (page: Page) => page.locator('.practice-card .practice-progress-text');
/** The current card's question id, once the card has one (the link is filled in when a card is shown). */
export async function cardId(page: Page): Promise<string> {
  const link = page.locator('.practice-link');
  await expect(link).toHaveAttribute('href', /\/questions\/.+\/$/);
  return decodeURIComponent(/\/questions\/(.+)\/$/.exec((await link.getAttribute('href'))!)![1]!);
}

/** Reveals the current card with S and grades it with a key (1–4) once its answer shows. */
export async function gradeWithKey(page: Page, key: '1' | '2' | '3' | '4') {
  await practiceState(page, 'question');
  await page.keyboard.press('s');
  await practiceState(page, 'answer');
  await page.keyboard.press(key);
}

/** Saves these questions from their pages, then starts practising the saved ones. */
export async function startSaved(page: Page, ids: string[]) {
  for (const id of ids) await mark(page, id, 'Save for later');
  await page.goto('practice/?only=saved');
  await page.getByRole('button', { name: 'Start practice' }).click();
}

/** Walks a started practice session to its end with S then 3 (Good), and returns its cards' ids. */
export async function sessionIds(page: Page): Promise<string[]> {
  await expect(progressText(page)).toHaveText(/^0 of \d+ known/);
  const total = Number(/^0 of (\d+) known/.exec((await progressText(page).textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(0);
  const ids: string[] = [];
  for (let i = 0; i < total; i++) {
    await practiceState(page, 'question');
    ids.push(await cardId(page));
    await gradeWithKey(page, '3');
    if (i < total - 1) await expect(progressText(page)).toContainText(`${i + 1} of ${total} known`);
  }
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  return ids;
}
