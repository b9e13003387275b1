// Search as a reader uses it: the header dialog, the shareable /search/ page, filters,
// keyboard, highlighting on the opened question, and no search bytes before search is opened.
import { test, expect, type Page } from '@playwright/test';

const QUESTION = 'questions/ml-dl-llm-2025/what-is-flash-attention/';
const SOURCE_TITLES: Record<string, string> = {
  'ml-llm-qa': 'ML & LLM Interview Q&A: 100+ Questions',
  'ai-engineer': 'AI Engineer Interview Questions (70+ Detailed Q&A)',
  'llm-fifty': 'LLM Interview Questions',
  'ml-dl-llm-2025': 'Comprehensive ML/DL/LLM Interview Questions 2025',
  'nlp-interview-master': 'NLP Interview Master',
};

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const results = (scope: ReturnType<Page['locator']>) => scope.locator('.search-results li > a');

test('reading a question page fetches nothing from Pagefind until search is opened', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto(QUESTION);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);

  await page.getByRole('link', { name: /Search/ }).click();
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type('dropout');
  await expect(results(dialog(page)).first()).toBeVisible();
  expect(fetched.some((u) => /\/pagefind\/wasm\.en\.pagefind$/.test(u))).toBe(true);
});

test('"/" opens the dialog; results show title, topic, source and a highlighted excerpt; Escape closes', async ({ page }) => {
  await page.goto(QUESTION);
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  // Typed straight away, while the search code is still loading: no key is lost.
  await page.keyboard.type('vanishing gradient');
  const first = results(dialog(page)).first();
  await expect(first).toBeVisible();
  await expect(dialog(page).getByRole('searchbox')).toHaveValue('vanishing gradient');
  await expect(first.locator('.result-title')).toContainText(/vanishing/i);
  // "Topic · Source", the source being the one of the question the result opens.
  const sourceId = (await first.getAttribute('href'))!.split('/questions/')[1]!.split('/')[0]!;
  await expect(first.locator('.result-meta')).toContainText(` · ${SOURCE_TITLES[sourceId]}`);
  await expect(first.locator('.result-excerpt mark').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
});

test('Ctrl+K opens the dialog; arrow keys move and Enter opens the question with the words highlighted', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type('kv cache');
  await expect(results(dialog(page)).nth(1)).toBeVisible();
  const second = await results(dialog(page)).nth(1).locator('.result-title').textContent();
  await page.keyboard.press('ArrowDown');
  await expect(results(dialog(page)).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(dialog(page)).nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/highlight=kv/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!);
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
});

test('filters narrow the results and a filter alone lists its questions', async ({ page }) => {
  await page.goto('search/?q=attention');
  const panel = page.locator('[data-search-page]');
  await expect(results(panel).first()).toBeVisible();
  const status = panel.locator('.search-status');
  const all = Number((await status.textContent())!.match(/\d+/)![0]);
  await panel.getByLabel('Topic').selectOption('computer-vision');
  await expect(status).not.toHaveText(new RegExp(`^${all} `));
  const narrowed = Number((await status.textContent())!.match(/\d+/)![0]);
  expect(narrowed).toBeLessThan(all);
  for (const meta of await panel.locator('.result-meta').allTextContents()) expect(meta).toContain('Computer Vision');
  await expect(page).toHaveURL(/topic=computer-vision/);

  await panel.getByRole('searchbox').fill('');
  await expect(results(panel).first()).toBeVisible();
  for (const meta of await panel.locator('.result-meta').allTextContents()) expect(meta).toContain('Computer Vision');
});

test('the search page URL is shareable and stays in step with typing', async ({ page }) => {
  await page.goto('search/?q=nesterov');
  const panel = page.locator('[data-search-page]');
  await expect(panel.getByRole('searchbox')).toHaveValue('nesterov');
  await expect(results(panel).filter({ hasText: /Nesterov/ }).first()).toBeVisible();
  await panel.getByRole('searchbox').fill('batch normalization');
  await expect(page).toHaveURL(/\?q=batch\+normalization$/);
  await expect(results(panel).first()).toContainText(/batch norm/i);
  await page.reload();
  await expect(panel.getByRole('searchbox')).toHaveValue('batch normalization');
});

test('a search that matches nothing says so, and how many match without the filters, with a button that clears them', async ({ page }) => {
  // llm-fifty has neither difficulty labels nor sections that name a level, so this combination has no result.
  await page.goto('search/?q=attention&source=llm-fifty&difficulty=beginner');
  const panel = page.locator('[data-search-page]');
  await expect(panel.locator('.search-status')).toHaveText('No question matches “attention” with these filters.');
  await expect(panel.locator('.search-results li')).toHaveCount(0);
  await expect(panel.getByText(/^\d+ without filters\.$/)).toBeVisible();
  const without = Number((await panel.getByText(/without filters/).textContent())!.match(/\d+/)![0]);
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await expect(panel.locator('.search-status')).toHaveText(`${without} questions for “attention”`);
  await expect(page).toHaveURL(/\/search\/\?q=attention$/);
  await expect(panel.getByRole('searchbox')).toBeFocused();
  await expect(panel.getByRole('button', { name: 'Clear filters' })).toBeHidden();
});

test('a typo is corrected and searched at once, saying so, with a way back to what was typed; gibberish asks to check the spelling', async ({ page }) => {
  await page.goto('search/?q=transfromer+atention');
  const panel = page.locator('[data-search-page]');
  const corrected = panel.locator('.search-corrected');
  // A correction fetches the word list and searches again: on a busy machine that takes a while.
  await expect(corrected).toHaveText('Showing results for transformer attention · search for transfromer atention instead', { timeout: 15_000 });
  await expect(panel.locator('.search-status')).toHaveText(/^\d+ questions for “transformer attention”$/);
  await expect(panel.locator('.result-title').first()).toContainText(/transformer|attention/i);
  // The box keeps what was typed; the opened question highlights the words searched.
  await expect(panel.getByRole('searchbox')).toHaveValue('transfromer atention');
  await expect(panel.locator('.search-results li > a').first()).toHaveAttribute('href', /highlight=transformer%20attention$/);
  await corrected.getByRole('button').click();
  await expect(panel.locator('.search-status')).toHaveText('No question contains “transfromer” or “atention”.');
  await expect(corrected).toBeHidden();
  await expect(panel.getByText('Check the spelling or try fewer words.')).toBeVisible();

  await page.goto('search/?q=quantisation');
  await expect(panel.locator('.result-title').first()).toContainText(/quantization/i);
  await page.goto('search/?q=xyzzyqq');
  await expect(panel.locator('.search-status')).toHaveText('No question contains “xyzzyqq”.');
  await expect(panel.getByText('Check the spelling or try fewer words.')).toBeVisible();
  await expect(corrected).toBeHidden();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and the site stays usable', async ({ page }) => {
    await page.goto('search/?q=dropout');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.locator('[data-search-page]')).toBeHidden();
    await page.locator('#search-needs-js').getByRole('link', { name: 'topic', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics');
    await page.goto(QUESTION);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is Flash Attention?');
    // The header's search is a plain link to the search page.
    await expect(page.getByRole('banner').getByRole('link', { name: /Search/ })).toHaveAttribute('href', /\/search\/$/);
  });
});

test('code is searchable and each formula is indexed once, as its TeX', async ({ page }) => {
  await page.goto('search/?q=K_shared');
  const titles = page.locator('[data-search-page] .result-title');
  await expect(titles.filter({ hasText: 'What is the implementation difference between MHA, MQA, and GQA?' })).toBeVisible();

  // A formula's TeX finds the question that shows it...
  await page.goto('search/?q=softmax+frac+sqrt');
  await expect(titles.filter({ hasText: 'How are attention scores calculated in transformers?' })).toBeVisible();
  // ...because only the TeX annotation is indexed: the MathML layout is excluded.
  await page.goto('questions/llm-fifty/how-are-attention-scores-calculated-in-transformers/');
  const formulas = await page.locator('.answer math').count();
  expect(formulas).toBeGreaterThan(0);
  expect(await page.locator('.answer math semantics > :first-child[data-pagefind-ignore]').count()).toBe(formulas);
  expect(await page.locator('.answer .katex-html').count()).toBe(0);
});

// Pagefind answers a word it does not know with the longest indexed word that starts it
// (Pagefind/pagefind#315): "xyzzyqq" matched every "x". The search says so instead.
test.describe('a word no question contains', () => {
  const panel = (page: Page) => page.locator('[data-search-page]');

  test('gibberish says no question contains it, with no made-up results', async ({ page }) => {
    for (const q of ['xyzzyqq', 'qqqzzz']) {
      await page.goto(`search/?q=${q}`);
      await expect(panel(page).locator('.search-status')).toHaveText(`No question contains “${q}”.`);
      await expect(panel(page).locator('.search-results li')).toHaveCount(0);
      await expect(panel(page).getByText('Closest matches:')).toBeHidden();
    }
  });

  test('a typo in one word is corrected in the dialog; searched as typed, it shows the closest matches for the rest, under a label', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('/');
    await page.keyboard.type('vanshing gradient');
    const d = dialog(page);
    await expect(d.locator('.search-corrected')).toHaveText('Showing results for vanishing gradient · search for vanshing gradient instead', { timeout: 15_000 });
    await expect(results(d).first()).toContainText(/vanishing/i);
    await d.locator('.search-corrected').getByRole('button').click();
    await expect(d.locator('.search-status')).toHaveText('No question contains “vanshing”.');
    await expect(d.getByText('Closest matches:')).toBeVisible();
    await expect(results(d).first()).toBeVisible();
    for (const title of await d.locator('.result-title').allTextContents()) expect(title).not.toMatch(/VAE|Gumbel/);
    await expect(results(d).first()).toContainText(/gradient/i);
    // A new query is corrected again.
    await d.getByRole('searchbox').fill('transformerz');
    await expect(d.locator('.search-corrected')).toHaveText(/^Showing results for transformers? · search for transformerz instead$/);
  });

  test('a near miss searched as typed keeps its closest matches', async ({ page }) => {
    await page.goto('search/?q=transformerz');
    await panel(page).locator('.search-corrected').getByRole('button').click({ timeout: 15_000 });
    await expect(panel(page).locator('.search-status')).toHaveText('No question contains “transformerz”.');
    await expect(panel(page).getByText('Closest matches:')).toBeVisible();
    await expect(results(panel(page)).first()).toContainText(/transformer/i);
  });

  test('a word Pagefind finds by its stem stays a normal search', async ({ page }) => {
    // British spelling: "regularisation" is found through the stem of "regularization".
    await page.goto('search/?q=dropout+regularisation');
    await expect(panel(page).locator('.search-status')).toHaveText(/^\d+ questions? for “dropout regularisation”$/);
    await expect(panel(page).getByText('Closest matches:')).toBeHidden();
    await expect(results(panel(page)).first()).toBeVisible();
  });
});

test('stop words neither narrow the search nor light up the opened page', async ({ page }) => {
  await page.goto('search/?q=what+is+the+dropout');
  const first = results(page.locator('[data-search-page]')).first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', /[?&]highlight=dropout$/);
  await first.click();
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  const marked = (await page.locator('mark.search-hit').allTextContents()).map((t) => t.toLowerCase());
  expect(marked.filter((t) => !t.startsWith('dropout'))).toEqual([]);
});

test('Enter pressed on a cold page before any result is shown opens the first result once it arrives', async ({ page }) => {
  // Slow Pagefind down so the Enter surely comes first.
  await page.route('**/pagefind/**', async (route) => {
    await new Promise((r) => setTimeout(r, 300));
    await route.continue();
  });
  await page.goto(QUESTION);
  await page.keyboard.press('/');
  await page.keyboard.type('dropout');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/questions\/[^?]+\/\?highlight=dropout$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/dropout/i);
});

test('Enter pressed while a new query is still searching opens its result, not the previous one', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await page.keyboard.type('kv cache');
  await expect(results(dialog(page)).first()).toContainText(/kv/i);
  let slow = true;
  await page.route('**/pagefind/**', async (route) => {
    if (slow) await new Promise((r) => setTimeout(r, 500));
    await route.continue();
  });
  // The "kv cache" results stay on screen until the new ones replace them.
  await dialog(page).getByRole('searchbox').selectText();
  await page.keyboard.type('dropout');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/highlight=dropout$/);
  slow = false;
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/dropout/i);
});

test('typing while a result has focus adds to the query instead of replacing it', async ({ page }) => {
  await page.goto('search/?q=attention');
  const panel = page.locator('[data-search-page]');
  const box = panel.getByRole('searchbox');
  await expect(results(panel).first()).toBeVisible();
  await box.focus();
  await box.selectText(); // as after "/" on this page, or a click that selected the query
  await page.keyboard.press('ArrowDown');
  await expect(results(panel).first()).toBeFocused();
  await page.keyboard.type(' mask');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('attention mask');
  await expect(panel.locator('.search-status')).toContainText('attention mask');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Backspace');
  await expect(box).toHaveValue('attention mas');
});

test('"/" opens search from a checkbox, radio, select or button, but types into a text field; Ctrl+K always opens', async ({ page }) => {
  await page.goto('practice/');
  // The topics are folded under "Topics and sources": unfold them, from the keyboard.
  const choices = page.locator('details.practice-choices summary');
  await choices.focus();
  await page.keyboard.press('Enter');
  for (const control of [
    choices,
    page.getByRole('checkbox', { name: 'ML Foundations' }),
    page.getByRole('radio').first(),
    page.getByRole('combobox').first(),
    page.getByRole('button', { name: 'Start practice' }),
  ]) {
    await control.focus();
    await page.keyboard.press('/');
    await expect(dialog(page), `"/" from ${control}`).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
  }
  await page.goto('./');
  const filter = page.locator('main').getByRole('searchbox');
  await filter.focus();
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeHidden();
  await expect(filter).toHaveValue('/');
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
});

test('closing the dialog returns focus to the search button', async ({ page }) => {
  await page.goto(QUESTION);
  const button = page.getByRole('banner').getByRole('link', { name: /Search/ });
  await button.click();
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
  // And from the keyboard: Enter on the focused button opens it, Escape comes back.
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await dialog(page).getByRole('button', { name: 'Close search' }).click();
  await expect(button).toBeFocused();
});

test('"/" right after Escape opens search again, every time', async ({ page }) => {
  await page.goto(QUESTION);
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('/');
    await expect(dialog(page).getByRole('searchbox'), `open ${i + 1}`).toBeFocused();
    await page.keyboard.press('Escape');
    // No wait for the dialog to be hidden: the next "/" comes at once.
  }
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('searchbox')).toHaveValue('');
  // The dialog's close event comes a task after Escape; keys go first in Chromium, and a rendering
  // update in between takes the focus off the hidden box: on a busy machine the next "/" is
  // handled before that close event. All of it in one task, so that order is certain.
  await page.evaluate(() => {
    const key = (target: EventTarget, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    const box = document.querySelector<HTMLInputElement>('dialog.search-dialog input')!;
    key(box, 'Escape');
    box.blur(); // what the rendering update does to the focus of a hidden element
    key(document.body, '/');
  });
  await page.waitForTimeout(100); // the close event has fired
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
});

test('the close button is a quiet "Close", with an Esc hint only where there is a keyboard and mouse', async ({ page }) => {
  await page.goto(QUESTION);
  await page.keyboard.press('/');
  const close = dialog(page).getByRole('button', { name: 'Close search' });
  await expect(close).toBeVisible();
  await expect(close).toContainText('Close');
  await expect(close.locator('kbd')).toHaveText('Esc');
  await expect(close.locator('kbd')).toBeVisible(); // desktop Chrome: fine pointer
  // Not the accent fill of a primary button.
  const [bg, accent] = await close.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).getPropertyValue('--accent')]);
  expect(bg).toBe('rgba(0, 0, 0, 0)');
  expect(accent).not.toBe('');
});

test.describe('on a phone (360 px, touch)', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  /** Elements of a panel that reach past its right edge or the viewport's. */
  const overflowing = (panel: ReturnType<Page['locator']>) =>
    panel.evaluate((root) => {
      const edge = Math.min(root.getBoundingClientRect().right, document.documentElement.clientWidth);
      return [root, ...root.querySelectorAll('*')]
        .filter((e) => e.checkVisibility() && e.getBoundingClientRect().width > 0)
        .filter((e) => e.getBoundingClientRect().right > edge + 0.5 || e.getBoundingClientRect().left < -0.5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className || e.getAttribute('name')}: ${Math.round(e.getBoundingClientRect().left)}–${Math.round(e.getBoundingClientRect().right)} past ${edge}`);
    });

  test('the filters of the dialog and of /search/ fit, in the site font, and the Esc hint is gone', async ({ page }) => {
    await page.goto(QUESTION);
    await page.getByRole('link', { name: /Search/ }).click();
    const d = dialog(page);
    await d.getByLabel('Source').selectOption('ml-dl-llm-2025'); // the longest source title
    await expect(d.locator('.search-status')).not.toBeEmpty();
    expect(await overflowing(d.locator('[data-search-panel]'))).toEqual([]);
    expect(await d.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(360);
    const [selectFont, bodyFont] = await d.getByLabel('Source').evaluate((s) => [getComputedStyle(s).fontFamily, getComputedStyle(document.body).fontFamily]);
    expect(selectFont).toBe(bodyFont);
    await expect(d.getByRole('button', { name: 'Close search' }).locator('kbd')).toBeHidden();

    await page.goto('search/?q=attention&source=ml-dl-llm-2025&topic=attention-transformers');
    const panel = page.locator('[data-search-page] [data-search-panel]');
    await expect(results(panel).first()).toBeVisible();
    expect(await overflowing(panel)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('the three filters sit on one row on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const scope of ['dialog', 'page'] as const) {
    if (scope === 'dialog') {
      await page.goto(QUESTION);
      await page.keyboard.press('/');
    } else await page.goto('search/');
    const root = scope === 'dialog' ? dialog(page) : page.locator('[data-search-page]');
    const tops = await root.locator('.search-filters select').evaluateAll((ss) => ss.map((s) => Math.round(s.getBoundingClientRect().top)));
    expect(tops, scope).toHaveLength(3);
    expect(new Set(tops).size, `${scope}: ${tops}`).toBe(1);
  }
});

test('filters in the dialog narrow its results', async ({ page }) => {
  await page.goto(QUESTION);
  await page.keyboard.press('/');
  await page.keyboard.type('attention');
  const d = dialog(page);
  const status = d.locator('.search-status');
  await expect(status).toHaveText(/^\d+ questions for “attention”$/);
  const all = Number((await status.textContent())!.match(/\d+/)![0]);
  await d.getByLabel('Source').selectOption('llm-fifty');
  await expect(status).not.toHaveText(new RegExp(`^${all} `));
  expect(Number((await status.textContent())!.match(/\d+/)![0])).toBeLessThan(all);
  for (const meta of await d.locator('.result-meta').allTextContents()) expect(meta).toContain('LLM Interview Questions');
  await d.getByLabel('Difficulty').selectOption('beginner');
  await expect(status).toHaveText('No question matches “attention” with these filters.');
  // The dialog does not put its search in the page URL.
  expect(new URL(page.url()).search).toBe('');
});

test.describe('what is indexed', () => {
  // Only the question and its answer are indexed: the page's own words (buttons, breadcrumbs,
  // related questions, the other answers' frame, the pager, the footer) would otherwise make
  // every page match them.
  for (const phrase of ['Mark as learned', 'Save for later', 'Copy link', 'Also asked as', 'Next in', 'Previous in', 'Random question in', 'Question 8 of', 'Questions and answers come from the documents', 'On its own page', 'more answers to the same question']) {
    test(`page furniture is not searchable: "${phrase}"`, async ({ page }) => {
      await page.goto(`search/?q=${encodeURIComponent(`"${phrase}"`)}`);
      await expect(page.locator('[data-search-page] .search-status')).toHaveText(`No question matches “"${phrase}"”.`);
    });
  }
  test('while a phrase of an answer is found', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('"Recompute attention for all tokens"')}`);
    await expect(page.locator('[data-search-page] .result-title').first()).toHaveText('How does KV caching work?');
  });
});

test('a word in one question’s title ranks that question above the many answers that mention it', async ({ page }) => {
  // "penalty" is in one title ("Explain the KL penalty in RLHF...") and in the answers of many more.
  await page.goto('search/?q=penalty');
  const panel = page.locator('[data-search-page]');
  await expect(results(panel).first()).toBeVisible();
  const n = Number((await panel.locator('.search-status').textContent())!.match(/\d+/)![0]);
  expect(n).toBeGreaterThanOrEqual(10);
  const titles = await panel.locator('.result-title').allTextContents();
  expect(titles[0]).toMatch(/penalty/i);
  expect(titles.slice(1).filter((t) => /penalty/i.test(t))).toEqual([]);
});

test('an excerpt starts with the answer, not the title again, and marks words without their punctuation', async ({ page }) => {
  await page.goto('search/?q=kv+caching');
  const panel = page.locator('[data-search-page]');
  await expect(results(panel).first()).toBeVisible();
  const items = await results(panel).evaluateAll((as) =>
    as.slice(0, 8).map((a) => ({
      title: a.querySelector('.result-title')!.textContent!,
      excerpt: a.querySelector('.result-excerpt')!.textContent!,
      marks: [...a.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent!),
    })),
  );
  expect(items.length).toBeGreaterThan(3);
  for (const { title, excerpt, marks } of items) {
    expect(excerpt.replace(/^… /, '').startsWith(title.slice(0, 20)), `${title}: ${excerpt}`).toBe(false);
    for (const m of marks) expect(m, title).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u);
  }
  expect(items.flatMap((i) => i.marks).length).toBeGreaterThan(0);
});

test('a formula in an excerpt reads as text, not as TeX source', async ({ page }) => {
  await page.goto('search/?q=softmax+frac+sqrt');
  const excerpt = page
    .locator('[data-search-page] .search-results li > a')
    .filter({ hasText: 'How are attention scores calculated in transformers?' })
    .locator('.result-excerpt');
  await expect(excerpt).toBeVisible();
  await expect(excerpt).not.toContainText('\\');
  await expect(excerpt).not.toContainText('{');
  await expect(excerpt).toContainText('softmax');
  await expect(excerpt).toContainText('√');
});

test('results carry the learned and saved marks, as every other list does', async ({ page }) => {
  await page.goto(QUESTION);
  await page.getByRole('button', { name: 'Mark as learned' }).click();
  await expect(page.getByRole('button', { name: 'Mark as learned' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('search/?q=flash+attention');
  const panel = page.locator('[data-search-page]');
  // One result per concept: the question may lead its concept's result or be one of its "+N other
  // answers"; either way the result stands for it, and is marked, as a concept is on a topic page.
  const item = panel.locator('.search-results > li', { has: page.locator(`a[href*="${QUESTION}"]`) });
  await expect(item).toBeVisible();
  await expect(item.locator('.study-mark-learned')).toHaveText(/learned/);
  // Another result, not learned, has no mark.
  await expect(panel.locator('.search-results li:not(:has(.study-mark-learned))').first()).toBeVisible();
});
