// Stable question ids: <source-id>/<slug>. The slug comes from the title only, so adding,
// removing or reordering other questions never changes it. Titles that repeat inside one
// source get a suffix computed from the question's own section and answer (never from its
// position), so reordering the twins keeps their ids too.
import { createHash } from 'node:crypto';
import { slug as githubSlug } from 'github-slugger';
import type { Question } from './model.ts';

const MAX_SLUG = 80;

export function titleSlug(title: string): string {
  let s = githubSlug(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (s.length > MAX_SLUG) {
    const cut = s.slice(0, MAX_SLUG);
    s = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
  }
  return s || 'question';
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/** Slugs for the questions of one source, in the same order. */
export function assignSlugs(questions: readonly Question[]): string[] {
  const base = questions.map((q) => titleSlug(q.title));
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  const used = new Set<string>();
  return questions.map((q, i) => {
    let s = base[i]!;
    if (count.get(s)! > 1) {
      s = `${s}-${shortHash(`${q.sectionPath.join('/')}\n${q.title}\n${q.body}`)}`;
      // Identical twins (same section, title and answer): fall back to the printed number.
      if (used.has(s) && q.number !== undefined) s = `${s}-${q.number}`;
      let n = 2;
      const stem = s;
      while (used.has(s)) s = `${stem}-${n++}`;
    }
    used.add(s);
    return s;
  });
}
