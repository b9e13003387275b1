import { describe, expect, it } from 'vitest';
import { ConceptGroups, conceptOf } from '../../../src/lib/search/concepts';
import type { HitData } from '../../../src/lib/search/pipeline';

const hit = (id: string, concept?: string): HitData => ({
  url: `/questions/${id}/`,
  meta: { title: id },
  ...(concept ? { filters: { concept: [concept] } } : {}),
  content: '',
  locations: [],
});

describe('one result per concept', () => {
  it('shows a concept’s first answer and gathers its other answers under it, in rank order', () => {
    const g = new ConceptGroups();
    const kd = [hit('ml-dl-llm-2025/what-is-knowledge-distillation-078f9b', 'kd'), hit('nlp-interview-master/what-is-knowledge-distillation', 'kd')];
    const mha = hit('ml-llm-qa/what-is-multi-head-attention', 'mha');
    expect(g.add(kd[0]!)).toEqual({ group: { lead: kd[0], others: [] }, opened: true });
    expect(g.add(mha).opened).toBe(true);
    const joined = g.add(kd[1]!);
    expect(joined.opened).toBe(false);
    expect(joined.group).toEqual({ lead: kd[0], others: [kd[1]] });
    expect(g.groups.map((x) => x.lead)).toEqual([kd[0], mha]);
  });

  it('keeps a result without a concept on its own, and adds each result once', () => {
    const g = new ConceptGroups();
    const a = hit('alpha/one');
    const b = hit('alpha/two');
    g.add(a);
    g.add(b);
    g.add(a);
    expect(g.groups).toEqual([
      { lead: a, others: [] },
      { lead: b, others: [] },
    ]);
    expect(conceptOf(a)).toBe('/questions/alpha/one/');
  });
});
