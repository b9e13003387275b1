// How well the concepts (scripts/ingest/concepts/) find the same question across the shipped
// sources, measured against tests/corpus/concept-labels.yaml: groups of questions labelled by hand
// as asking the same thing (exhaustive over the corpus) and look-alike pairs labelled distinct.
//   recall     share of the labelled same-question pairs that share a concept;
//   precision  share of the pairs that share a concept, with at least one labelled question (or a
//              labelled distinct pair), whose two questions are in one labelled group.
// Computed without content/concepts.yaml's merges and splits (and the file may not name a labelled
// question), so the figures are the algorithm's own. The weights were tuned on the even-indexed
// groups; the odd-indexed ones check that the tuning holds on questions it did not see.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptFeatures } from '../../scripts/ingest/concepts/features.ts';
import { findConcepts, type Concept, type ConceptMember } from '../../scripts/ingest/concepts/index.ts';
import { NO_OVERRIDES, readOverrides } from '../../scripts/ingest/concepts/overrides.ts';
import { readSynonyms } from '../../scripts/ingest/concepts/synonyms.ts';
import { assignSlugs, lockPath, readLock } from '../../scripts/ingest/ids.ts';
import { readSource } from '../../scripts/ingest/ingest.ts';
import { readManifest } from '../../scripts/ingest/manifest.ts';
import { proseOf } from '../../scripts/ingest/mdast/prose.ts';

interface Labels {
  groups: { concept: string; ids: string[] }[];
  distinct: { ids: [string, string]; why: string }[];
}
const labels = parse(readFileSync('tests/corpus/concept-labels.yaml', 'utf8')) as Labels;
const MANIFEST = 'content/sources/sources.json';

/** The shipped questions in reading order, as the ingest gives them to the concepts. */
function shippedQuestions(): ConceptMember[] {
  const lock = readLock(lockPath(MANIFEST));
  return readManifest(MANIFEST).sources.flatMap((entry) => {
    const { result } = readSource(entry, MANIFEST);
    const { slugs } = assignSlugs(result.questions, lock[entry.id]);
    return result.questions.map((q, i) => ({ id: `${entry.id}/${slugs[i]!}`, title: q.title, text: proseOf(q.answer) }));
  });
}

type Half = 'even' | 'odd' | 'all';
const inHalf = (half: Half, index: number) => half === 'all' || index % 2 === (half === 'even' ? 0 : 1);
const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Recall and precision over one half of the labels, with the pairs missed and the pairs wrongly joined. */
function measure(concepts: readonly Concept[], half: Half) {
  const conceptOf = new Map(concepts.flatMap((c) => c.members.map((id) => [id, c.id] as const)));
  const groupOf = new Map(labels.groups.flatMap((g, i) => g.ids.map((id) => [id, i] as const)));
  const missed: string[] = [];
  let found = 0;
  labels.groups.forEach((g, i) => {
    if (!inHalf(half, i)) return;
    g.ids.forEach((a, k) => g.ids.slice(k + 1).forEach((b) => (conceptOf.get(a) === conceptOf.get(b) ? found++ : missed.push(`${g.concept}: ${a} | ${b}`))));
  });
  const distinct = new Set(labels.distinct.filter((_, i) => inHalf(half, i)).map((d) => key(...d.ids)));
  const wrong: string[] = [];
  let right = 0;
  for (const c of concepts) {
    c.members.forEach((a, k) => {
      for (const b of c.members.slice(k + 1)) {
        const ga = groupOf.get(a);
        const gb = groupOf.get(b);
        if (!((ga !== undefined && inHalf(half, ga)) || (gb !== undefined && inHalf(half, gb)) || distinct.has(key(a, b)))) continue;
        if (ga !== undefined && ga === gb) right++;
        else wrong.push(`${a} | ${b}`);
      }
    });
  }
  return { recall: found / (found + missed.length), precision: right / (right + wrong.length || 1), missed, wrong };
}

describe('concepts of the shipped sources, against the hand-labelled groups', () => {
  let questions: ConceptMember[] = [];
  let concepts: Concept[] = [];
  beforeAll(() => {
    questions = shippedQuestions();
    // As the ingest finds them: titles read with the shipped synonyms, no overrides.
    concepts = findConcepts(questions, NO_OVERRIDES, conceptFeatures(questions, readSynonyms('content/synonyms.yaml')));
  });

  it('label only questions that exist', () => {
    const ids = new Set(questions.map((q) => q.id));
    const named = [...labels.groups.flatMap((g) => g.ids), ...labels.distinct.flatMap((d) => d.ids)];
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
    expect(labels.groups.length).toBeGreaterThanOrEqual(100);
  });

  it('are measured without overrides: content/concepts.yaml merges and splits no labelled question', () => {
    const overrides = readOverrides('content/concepts.yaml');
    const labelled = new Set([...labels.groups.flatMap((g) => g.ids), ...labels.distinct.flatMap((d) => d.ids)]);
    expect([...overrides.merge, ...overrides.split].flat().filter((id) => labelled.has(id))).toEqual([]);
  });

  it('find most same-question pairs and join few different questions, on both halves of the labels', () => {
    const figures = (['even', 'odd', 'all'] as const).map((half) => [half, measure(concepts, half)] as const);
    const all = figures[2]![1];
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(
      [
        ...figures.map(([half, f]) => `concepts, ${half} groups: recall ${pct(f.recall)}, precision ${pct(f.precision)}`),
        `missed same-question pairs (${all.missed.length}):`,
        ...all.missed.map((m) => `  ${m}`),
        `pairs joined that the labels keep apart (${all.wrong.length}):`,
        ...all.wrong.map((w) => `  ${w}`),
      ].join('\n'),
    );
    // The issue asks for recall >= 90% and precision >= 95%. Precision is reached on both halves
    // (96.0% even, 96.6% odd, 96.7% over all groups); recall is not (77.5% even, 64.7% odd, 72.2%
    // over all: the pairs missed above mostly ask the same thing in other words, "How is attention
    // computed?" / "What is scaled dot-product attention?", "PCA" / "eigenvectors and dimensionality
    // reduction"). Synonyms (content/synonyms.yaml) took "model" / "knowledge distillation" and
    // "bootstrap aggregating" / "bagging". These floors keep both from falling.
    for (const [half, f] of figures) {
      expect(f.recall, `${half} recall`).toBeGreaterThanOrEqual(half === 'even' ? 0.75 : 0.63);
      expect(f.precision, `${half} precision`).toBeGreaterThanOrEqual(0.95);
    }
    expect(all.recall).toBeGreaterThanOrEqual(0.7);
    expect(all.precision).toBeGreaterThanOrEqual(0.96);
  });

  it('keep the look-alike pairs labelled distinct apart, all but a few', () => {
    const conceptOf = new Map(concepts.flatMap((c) => c.members.map((id) => [id, c.id] as const)));
    const joined = labels.distinct.filter((d) => conceptOf.get(d.ids[0]) === conceptOf.get(d.ids[1])).map((d) => `${d.ids.join(' | ')}: ${d.why}`);
    if (joined.length) console.log(`distinct pairs joined (${joined.length} of ${labels.distinct.length}):\n  ${joined.join('\n  ')}`);
    // Today four: "zero-shot learning" in its classical and its LLM sense, prompt tuning for
    // vision-language models, multimodal LLMs vs multimodal learning, the learning rate of boosting.
    expect(joined.length).toBeLessThanOrEqual(4);
  });

  it('gather the issue’s example: three sources asking "What is tokenization?"', () => {
    const c = concepts.find((x) => x.members.includes('nlp-interview-master/what-is-tokenization'))!;
    expect(c.members).toEqual([
      'llm-fifty/what-does-tokenization-entail-and-why-is-it-critical-for-llms',
      'ml-dl-llm-2025/what-is-tokenization-and-why-is-it-important',
      'nlp-interview-master/what-is-tokenization',
    ]);
    expect(c.title).toBe('What is Tokenization?');
  });
});
