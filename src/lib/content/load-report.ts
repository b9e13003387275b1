// What the questions loader did in a build, as it reports it: in Astro's log, and in the file
// scripts/build.ts reads (ATLAS_LOADER_REPORT), which prints it on the astro step's line.
export interface LoadReport {
  questions: number;
  /** Entries whose file and pipeline were unchanged: kept as the data store held them. */
  unchanged: number;
  /** Answers read back from the render cache. */
  cached: number;
  rendered: number;
  threads: number;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "886 questions: 885 unchanged, 1 answer from the render cache, 0 rendered". */
export function describeLoad(r: LoadReport): string {
  const by = r.threads > 1 ? ` on ${r.threads} threads` : '';
  return `${count(r.questions, 'question', 'questions')}: ${r.unchanged} unchanged, ${count(r.cached, 'answer', 'answers')} from the render cache, ${r.rendered} rendered${by}`;
}
