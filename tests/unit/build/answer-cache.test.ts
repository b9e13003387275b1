// The render cache may only hand back an answer made by the same pipeline from the same Markdown.
// These tests change, in a temporary copy of the site's code, one thing that decides how answers
// render (a KaTeX option, a Shiki theme, a plugin's code, a dependency's version) and check that
// the pipeline key, and so every cached answer's key, changes; and that an unchanged copy keeps it.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnswerCache, answerKey, pipelineKey } from '../../../src/lib/content/answer-cache.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of src/ and package-lock.json, with `edit` applied; returns its pipeline key for `base`. */
async function keyOfCopy(edit: (root: string) => void, base = '/'): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'atlas-pipeline-'));
  copies.push(root);
  cpSync(join(ROOT, 'src'), join(root, 'src'), { recursive: true });
  cpSync(join(ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  edit(root);
  const mod = (await import(join(root, 'src/lib/content/answer-cache.ts'))) as { pipelineKey: (base: string) => string };
  return mod.pipelineKey(base);
}

function replaceIn(root: string, file: string, from: string, to: string) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}: update this test`);
  writeFileSync(path, text.replace(from, to));
}

describe('pipelineKey', () => {
  it('is the same for the same code, settings and dependencies, wherever the project is', async () => {
    expect(await keyOfCopy(() => {})).toBe(pipelineKey('/'));
  });

  it('changes with the base path the site is built under (links in answers carry it)', () => {
    expect(pipelineKey('/atlas/')).not.toBe(pipelineKey('/'));
  });

  it('changes with a KaTeX option', async () => {
    expect(await keyOfCopy((r) => replaceIn(r, 'src/lib/markdown/plugins.ts', "output: 'mathml' as const", "output: 'htmlAndMathml' as const"))).not.toBe(pipelineKey('/'));
  });

  it('changes with a Shiki theme', async () => {
    expect(await keyOfCopy((r) => replaceIn(r, 'src/lib/markdown/render.ts', "dark: 'github-dark-high-contrast'", "dark: 'github-dark'"))).not.toBe(pipelineKey('/'));
  });

  it("changes with a plugin's code, even where its settings stay the same", async () => {
    expect(await keyOfCopy((r) => replaceIn(r, 'src/lib/markdown/plugins.ts', "children: [{ type: 'text', value: '#' }]", "children: [{ type: 'text', value: '¶' }]"))).not.toBe(pipelineKey('/'));
  });

  it("changes with the code that makes an answer's plain text", async () => {
    expect(await keyOfCopy((r) => replaceIn(r, 'src/lib/describe.ts', "return ' ';", "return ' . ';"))).not.toBe(pipelineKey('/'));
  });

  it('changes with any dependency version (package-lock.json)', async () => {
    expect(await keyOfCopy((r) => replaceIn(r, 'package-lock.json', '"node_modules/katex": {\n      "version": "', '"node_modules/katex": {\n      "version": "0'))).not.toBe(pipelineKey('/'));
  });

  it('does not change with the time a file was touched', async () => {
    expect(await keyOfCopy((r) => utimesSync(join(r, 'src/lib/markdown/plugins.ts'), new Date(0), new Date(0)))).toBe(pipelineKey('/'));
  });
});

describe('AnswerCache', () => {
  const answer = (n: number) => ({ html: `<p>${n}</p>`, text: `${n}`, readable: `${n}` });

  it('gives back what was stored under a key, and nothing under another pipeline', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
    copies.push(root);
    const cache = new AnswerCache('pipeline-a', root);
    const key = answerKey('pipeline-a', 'Some *Markdown*');
    cache.set(key, answer(1));
    expect(cache.get(key)).toEqual(answer(1));
    expect(new AnswerCache('pipeline-b', root).get(answerKey('pipeline-b', 'Some *Markdown*'))).toBeUndefined();
    expect(answerKey('pipeline-a', 'Some *Markdown*')).not.toBe(answerKey('pipeline-b', 'Some *Markdown*'));
  });

  it('drops old versions of edited answers once they outnumber the answers in use, and pipelines beyond the last three', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
    copies.push(root);
    ['p1', 'p2', 'p3'].forEach((p, i) => {
      new AnswerCache(p, root).prune(new Set());
      utimesSync(join(root, p, '.used'), new Date(1000 * (i + 1)), new Date(1000 * (i + 1))); // last used in this order
    });
    const cache = new AnswerCache('p4', root);
    const keys = Array.from({ length: 7 }, (_, i) => answerKey('p4', String(i)));
    keys.forEach((k, i) => cache.set(k, answer(i)));
    cache.prune(new Set(keys.slice(0, 4))); // 7 stored, 4 in use: not yet twice as many
    expect(keys.every((k) => cache.has(k))).toBe(true);
    cache.prune(new Set(keys.slice(0, 3))); // 7 stored, 3 in use: the 4 others go
    expect(keys.map((k) => cache.has(k))).toEqual([true, true, true, false, false, false, false]);
    expect(['p1', 'p2', 'p3', 'p4'].map((p) => existsSync(join(root, p)))).toEqual([false, true, true, true]);
  });
});

