// The keys of Astro's incremental build (src/lib/catalogue/page-keys.ts): a page whose key is the
// same is copied from the last build, so a key must change with everything its page shows, and
// should change with nothing else. Checked on the fixture site, changing one question at a time.
import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput, type QuestionFile } from '../../../src/lib/catalogue/index.ts';
import { questionPageKey, topicPageKey, topicAnswersKey } from '../../../src/lib/catalogue/page-keys.ts';
import { fixtureInput } from '../../helpers/fixture-site.ts';

/** Every page's key: question pages by id, topic pages and sheets by slug. */
function keys(input: CatalogueInput) {
  const c = buildCatalogue(input);
  return new Map([
    ...c.questions.map((q) => [q.id, questionPageKey(c, q.id)] as const),
    ...c.topics.flatMap((t) => [[`topic ${t.slug}`, topicPageKey(c, t.slug)] as const, [`sheet ${t.slug}`, topicAnswersKey(c, t.slug)] as const]),
  ]);
}

/** The fixture with one question file changed. */
function changed(id: string, change: (q: QuestionFile) => QuestionFile): CatalogueInput {
  const input = fixtureInput();
  return { ...input, questions: input.questions.map((q) => (q.id === id ? change(q) : q)) };
}

/** The pages whose key differs between two versions of the site. */
function differing(a: Map<string, string>, b: Map<string, string>) {
  return [...a.keys()].filter((k) => a.get(k) !== b.get(k)).sort();
}

const before = keys(fixtureInput());

describe('incremental build keys', () => {
  it('are the same for the same site, and differ from page to page', () => {
    expect(keys(fixtureInput())).toEqual(before);
    expect(new Set(before.values()).size).toBe(before.size);
  });

  it('change, after an answer is edited, for its page, its concept’s other pages and its topic’s sheet, and for no page of another topic', () => {
    const edited = keys(changed('alpha/what-is-self-attention', (q) => ({ ...q, body: `${q.body}\n\nOne more sentence about queries and keys.\n` })));
    const diff = differing(before, edited);
    expect(diff).toEqual(expect.arrayContaining(['alpha/what-is-self-attention', 'alpha/explain-self-attention', 'sheet attention']));
    expect(diff.filter((k) => k.includes('training') || k.includes('dropout') || k.includes('optimizers') || k.includes('softmax'))).toEqual([]);
    // The topic page lists titles, not answers.
    expect(diff).not.toContain('topic attention');
  });

  it('change, after a title is edited, for every page that names the question', () => {
    const edited = keys(changed('beta/what-is-dropout', (q) => ({ ...q, data: { ...q.data, title: 'What does dropout do?' } })));
    const diff = differing(before, edited);
    // Its own page, the other answer of its concept, its topic page and sheet.
    expect(diff).toEqual(expect.arrayContaining(['beta/what-is-dropout', 'alpha/what-is-dropout', 'topic training', 'sheet training']));
    expect(diff.filter((k) => k.includes('attention'))).toEqual([]);
  });

  it('stay the same when a question only moves down its source (an edit above it added lines)', () => {
    const moved = keys(changed('alpha/compare-optimizers', (q) => ({ ...q, data: { ...q.data, line: q.data.line + 3, endLine: q.data.endLine + 3 } })));
    expect(differing(before, moved).filter((k) => !k.startsWith('topic ') && !k.startsWith('sheet '))).toEqual([]);
  });
});
