// Browsing by topic as a reader does: home -> topic -> question -> next -> a related question;
// the theme choice survives a reload without a flash, and "Auto" follows the system again; the
// difficulty filter; small screens (every page with a formula, table or code), tables, print,
// copy link, the 404 page and keyboard focus.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionPaths } from '../helpers/dist.ts';

const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';

/** Question pages (relative to the base) whose answer has a formula, a table or code, per the built HTML. */
function questionPagesWith(pattern: RegExp): string[] {
  const out: string[] = [];
  for (const path of questionPaths(DIST)) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const answer = html.slice(html.indexOf('<div class="answer"'));
    if (pattern.test(answer)) out.push(path);
  }
  return out.sort();
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('home -> topic -> question -> next -> related question from another source', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('ML Interview Atlas');
  const card = page.locator('.topic-grid li').filter({ has: page.getByRole('link', { name: 'Model Evaluation & Metrics', exact: true }) });
  const count = Number(await card.locator('.count').textContent());
  await card.getByRole('link', { name: 'Model Evaluation & Metrics', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model Evaluation & Metrics');
  await expect(page.locator('[data-concept]')).toHaveCount(count);

  // Walk the topic with "Next" until a question that was also asked in another source.
  await page.locator('[data-concept] a').first().click();
  let related = page.locator('.related li a');
  for (let i = 0; i < 40 && (await related.count()) === 0; i++) {
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('link', { name: /^Next/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title!);
    await expect(page).toHaveTitle(/ · Model Evaluation & Metrics · ML Interview Atlas$/);
    related = page.locator('.related li a');
  }
  expect(await related.count(), 'some question of the topic has a related question').toBeGreaterThan(0);
  const fromSource = await page.locator('.question-meta a').first().textContent();
  const target = await related.first().textContent();
  await related.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target!);
  await expect(page.locator('.question-meta a').first()).not.toHaveText(fromSource!);
  // Breadcrumbs name the topic; the page links its source, with no line number (it means nothing to a reader).
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Home');
  await expect(page.locator('.question-meta a').first()).toHaveAttribute('href', /\/sources\/[^/]+\/$/);
  await expect(page.locator('.question-meta')).not.toContainText(/line \d+/);
});

test('the theme toggle survives a reload and is applied before the page paints', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // On reload the saved theme is set by the blocking head script, before any module runs.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 21, 28)');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the difficulty filter changes what a topic page lists, without a reload, and keeps it in the URL', async ({ page }) => {
  await page.goto('topics/nlp/');
  const items = page.locator('[data-concept]');
  const all = await items.count();
  // A concept is listed as advanced when one of its questions is ("<source>:advanced" in its facets).
  const advanced = page.locator('[data-concept][data-facets*=":advanced"]');
  const advancedCount = await advanced.count();
  expect(advancedCount).toBeGreaterThan(0);
  expect(advancedCount).toBeLessThan(all);
  // Each choice says how many of the page's concepts it lists.
  const options = await page.locator('question-filter select option').evaluateAll((os) =>
    os.map((o) => ({ name: (o.parentElement as HTMLSelectElement).name, value: (o as HTMLOptionElement).value, text: o.textContent })),
  );
  expect(options.filter((o) => o.name === 'difficulty' && o.value).length).toBeGreaterThan(1);
  expect(options.filter((o) => o.name === 'source' && o.value).length).toBeGreaterThan(1);
  for (const o of options.filter((x) => x.value)) {
    const n = await page.locator(o.name === 'source' ? `[data-concept][data-facets*="${o.value}:"]` : `[data-concept][data-facets*=":${o.value}"]`).count();
    expect(o.text, `${o.name} ${o.value}`).toMatch(new RegExp(` \\(${n}\\)$`));
  }
  expect(options.find((o) => o.value === 'advanced')!.text).toBe(`Advanced (${advancedCount})`);
  expect(options.find((o) => o.value === 'unrated')?.text).toMatch(/^Not rated \(\d+\)$/);
  // A value on window survives only if the page is not reloaded.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.locator('question-filter').getByLabel('Difficulty').selectOption('advanced');
  await expect(page.locator('[data-concept]:visible')).toHaveCount(advancedCount);
  await expect(page.locator('.filter-count')).toHaveText(`Showing ${advancedCount} of ${all} questions`);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  await expect(page).toHaveURL(/\?difficulty=advanced$/);
  await page.reload();
  await expect(page.locator('[data-concept]:visible')).toHaveCount(advancedCount);
  await page.locator('question-filter').getByLabel('Difficulty').selectOption('');
  await expect(page.locator('[data-concept]:visible')).toHaveCount(all);
});

test('pages fit a 360 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['./', 'topics/', 'topics/attention-transformers/', 'questions/ml-dl-llm-2025/what-is-the-implementation-difference-between-mha-mqa-and-gqa/', 'sources/ml-dl-llm-2025/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  // The header takes two compact rows: the name with search (an icon, still named "Search") and
  // the theme button, then the links.
  const header = page.getByRole('banner');
  const search = header.getByRole('link', { name: 'Search' });
  await expect(search).toBeVisible();
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(100);
  const [brand, icon] = [await header.getByRole('link', { name: 'ML Interview Atlas' }).boundingBox(), await search.boundingBox()];
  expect(Math.abs(brand!.y + brand!.height / 2 - (icon!.y + icon!.height / 2))).toBeLessThan(8);
  expect(icon!.width).toBeLessThan(60);
  // At 1280 px it is one row, with the search button's text.
  await page.setViewportSize({ width: 1280, height: 800 });
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(70);
  await expect(search.getByText('Search', { exact: true })).toBeVisible();
});

test('every question page with a formula, a table or code fits a 360 px screen', async ({ page }) => {
  const pages = questionPagesWith(/<math|<table|<pre/);
  expect(pages.length).toBeGreaterThan(50);
  test.setTimeout(pages.length * 1500);
  await page.setViewportSize({ width: 360, height: 740 });
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const px = await overflow(page);
    if (px > 0) wide.push(`${path} scrolls sideways by ${px} px`);
  }
  expect(wide).toEqual([]);
});

test('table cells never break inside a word; a wide table scrolls in its own focusable region', async ({ page }) => {
  const pages = questionPagesWith(/<table/);
  expect(pages.length).toBeGreaterThan(5);
  test.setTimeout(pages.length * 3000);
  const broken: string[] = [];
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of pages) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      expect(await overflow(page), `${path} at ${width} px`).toBeLessThanOrEqual(0);
      // Each word of each cell is laid out on one line, never split (a line may end after a
      // hyphen, as in "Human-|readable", so the parts between hyphens are the words here).
      const split = await page.evaluate(() => {
        const out: string[] = [];
        for (const cell of document.querySelectorAll('.answer th, .answer td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (const m of n.textContent!.matchAll(/[^\s\-‐–—]+/g)) {
              const r = document.createRange();
              r.setStart(n, m.index!);
              r.setEnd(n, m.index! + m[0].length);
              const lines = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
              if (lines.size > 1) out.push(m[0]);
            }
          }
        }
        return out;
      });
      if (split.length) broken.push(`${path} at ${width} px: ${split.slice(0, 5).join(', ')}`);
    }
  }
  expect(broken).toEqual([]);
  // At 360 px the five-column table of the bias-variance question scrolls inside its region.
  await page.goto('questions/ai-engineer/bias-vs-variance-tradeoff/');
  const region = page.getByRole('region', { name: /^Table: Type, Description/ });
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('code uses the site\'s mono fonts at readable sizes: blocks at 0.9rem, inline code at 0.9em of its text', async ({ page }) => {
  const sizes = async (path: string, sel: string) => {
    await page.goto(path);
    return page.locator(sel).first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), family: s.fontFamily, parent: parseFloat(getComputedStyle(el.parentElement!).fontSize) };
    });
  };
  const block = await sizes('questions/ml-dl-llm-2025/what-is-the-implementation-difference-between-mha-mqa-and-gqa/', '.answer pre.astro-code code');
  expect(block.size).toBeCloseTo(16 * 0.9, 1);
  expect(block.family).toMatch(/^ui-monospace, /);
  const pre = await page.locator('.answer pre.astro-code').first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(pre).toMatch(/^ui-monospace, /);
  const inline = await sizes('questions/ai-engineer/beam-search/', '.answer p > code');
  expect(inline.size).toBeCloseTo(inline.parent * 0.9, 1);
  expect(inline.size).toBeGreaterThan(14);
});

test('printing a question shows the question and answer without navigation', async ({ page }) => {
  await page.goto('questions/ml-dl-llm-2025/what-is-flash-attention/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('article .answer')).toBeVisible();
});

test('printing a topic in the dark theme: the light palette, the questions, no navigation, filter or buttons', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() => localStorage.setItem('atlas-theme', 'dark'));
  await page.goto('topics/nlp/');
  await expect(page.locator('question-filter')).toBeVisible();
  const muted = () => page.locator('main .muted').first().evaluate((el) => getComputedStyle(el).color);
  expect(await muted()).toBe('rgb(163, 171, 186)'); // the dark palette's muted grey on screen
  await page.emulateMedia({ media: 'print' });
  expect(await muted()).toBe('rgb(90, 98, 112)');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(27, 31, 39)');
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.locator('question-filter')).toBeHidden();
  for (const r of await page.locator('random-question').all()) await expect(r).toBeHidden();
  await expect(page.locator('main button:visible')).toHaveCount(0);
  // "Take it with you" downloads files: left off the paper, its deck button with it.
  await expect(page.getByRole('heading', { name: 'Take it with you' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const items = page.locator('[data-concept]');
  expect(await items.count()).toBeGreaterThan(10);
  await expect(page.locator('[data-concept]:visible')).toHaveCount(await items.count());
});

test('with no saved theme the page follows the system; "Auto" goes back to following it', async ({ page }) => {
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  expect(await bg()).toBe('rgb(18, 21, 28)');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const auto = page.getByRole('button', { name: /Auto/ });
  await expect(auto).toBeHidden();
  // Choose light: kept while the system stays dark, and after a reload.
  await toggle.click();
  expect(await bg()).toBe('rgb(255, 255, 255)');
  await page.reload();
  expect(await bg()).toBe('rgb(255, 255, 255)');
  // Back to the system's choice: nothing saved, and the page follows the system live.
  await page.getByRole('button', { name: /Auto/ }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  expect(await page.evaluate(() => localStorage.getItem('atlas-theme'))).toBeNull();
  expect(await bg()).toBe('rgb(18, 21, 28)');
  await expect(toggle).toBeFocused();
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await bg()).toBe('rgb(255, 255, 255)');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await bg()).toBe('rgb(18, 21, 28)');
  await page.reload();
  expect(await bg()).toBe('rgb(18, 21, 28)');
  await expect(page.getByRole('button', { name: /Auto/ })).toBeHidden();
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('copies the address the page is served at, with the part of the page it is on', async ({ page, baseURL }) => {
    const path = 'questions/ml-dl-llm-2025/what-is-flash-attention/';
    await page.goto(`${path}?q=flash`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('copy-link [role="status"]')).toHaveText('Link copied');
    // The served origin (not ATLAS_SITE's), without the search query.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(path, baseURL).href);
    await page.goto(`${path}#also-asked-as`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(path, baseURL).href}#also-asked-as`);
  });

  test('without the Clipboard API, shows the address selected in a read-only field', async ({ page, baseURL }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    const path = 'questions/ml-dl-llm-2025/what-is-flash-attention/';
    await page.goto(path);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: 'Link to this page' });
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(new URL(path, baseURL).href);
    await expect(field).toHaveAttribute('readonly', '');
    await expect(field).toBeFocused();
    expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, new URL(path, baseURL).href.length]);
    await expect(page.locator('copy-link [role="status"]')).toHaveText(/Link copied|Copy the selected link/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});

test('a mistyped or trimmed question address still leads somewhere', async ({ page }) => {
  // A question that does not exist: the 404 page offers a search for the words of its address.
  const res = await page.goto('questions/ml-llm-qa/derive-mle-for-linear-regresion/');
  expect(res!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const box = page.getByRole('main').getByRole('searchbox');
  await expect(box).toHaveValue('derive mle for linear regresion');
  await expect(page.getByRole('main').getByRole('link', { name: 'topics', exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Start from the home page' })).toBeVisible();
  // Other missing pages leave the box empty.
  await page.goto('nothing-here/');
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('');
  // /questions/<source>/ goes to the source's page; /questions/ lists the sources.
  await page.goto('questions/ml-llm-qa/');
  await expect(page).toHaveURL(/\/sources\/ml-llm-qa\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ML & LLM Interview Q&A: 100+ Questions');
  await page.goto('questions/');
  await page.getByRole('main').getByRole('link', { name: 'LLM Interview Questions', exact: true }).click();
  await expect(page).toHaveURL(/\/sources\/llm-fifty\/$/);
});

test('section headings have a "#" link that shows on hover and on keyboard focus', async ({ page }) => {
  await page.goto('topics/nlp/');
  const heading = page.getByRole('heading', { level: 2 }).first();
  const anchor = heading.getByRole('link', { name: 'Link to this section' });
  const id = await heading.getAttribute('id');
  await expect(anchor).toHaveAttribute('href', `#${id}`);
  const opacity = () => anchor.evaluate((el) => getComputedStyle(el).opacity);
  await page.mouse.move(0, 0);
  expect(await opacity()).toBe('0');
  await heading.hover();
  expect(await opacity()).toBe('1');
  await page.mouse.move(0, 0);
  await anchor.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await opacity()).toBe('1');
  await anchor.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto('./');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { tag: el.tagName, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style, `focus on ${outline.tag}`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('every page reads without JavaScript and script-only controls stay hidden', async ({ page }) => {
    await page.goto('topics/attention-transformers/');
    await expect(page.locator('[data-concept]').first()).toBeVisible();
    await expect(page.locator('question-filter')).toBeHidden();
    await expect(page.locator('theme-toggle')).toBeHidden();
    await page.locator('[data-concept] a').first().click();
    await expect(page.locator('article .answer')).toBeVisible();
  });
});
