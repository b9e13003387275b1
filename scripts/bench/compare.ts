// `npm run bench -- --peer`: the project's full build (node scripts/build.ts: ingest, astro build,
// Pagefind) and the peer's (scripts/bench/peer.ts: Starlight on the same generated Markdown, with
// its own Pagefind step), built in turn on this machine: A B A B ..., cold then warm in each pair,
// so that both sides see the same machine load. The figures to quote are the ratios of each pair
// and their median, not absolute times. Each pair then times the project's rebuild after editing
// one answer (and again after undoing it), against its own cold build.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { projectCopy } from '../check/project-copy.ts';
import { checkEdit, editOneAnswer, questionHashes } from './edit.ts';
import { run, type Measured } from './measure.ts';
import { buildProject, clean, PROJECT_COLD } from './project-build.ts';
import { PEER_ASTRO, PEER_CACHES, preparePeer, STARLIGHT } from './peer.ts';

const node = process.execPath;
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const f1 = (n: number) => n.toFixed(1);

interface Pair {
  project: Measured;
  peer: Measured;
}

function row(label: string, project: Measured, peer: Measured, ratio: number) {
  const side = (m: Measured) => `${f1(m.s).padStart(6)} s ${m.peakMiB.toFixed(0).padStart(5)} MiB (cpu ${f1(m.cpuS).padStart(4)} s)`;
  return `  ${label.padEnd(8)} ${side(project)}   ${side(peer)}   ${ratio.toFixed(2).padStart(5)}`;
}

function table(kind: string, pairs: Pair[]) {
  console.log(`\n${kind}\n  ${''.padEnd(8)} ${'project'.padEnd(34)} ${'Starlight'.padEnd(34)} ratio (project / Starlight)`);
  pairs.forEach((p, i) => console.log(row(`pair ${i + 1}`, p.project, p.peer, p.project.s / p.peer.s)));
  const med = (side: 'project' | 'peer') => ({ s: median(pairs.map((p) => p[side].s)), peakMiB: median(pairs.map((p) => p[side].peakMiB)), cpuS: median(pairs.map((p) => p[side].cpuS)), output: '' });
  console.log(`${row('median', med('project'), med('peer'), median(pairs.map((p) => p.project.s / p.peer.s)))}   (ratio: the median of the pairs' ratios)`);
}

export async function comparePeer(pairs: number): Promise<void> {
  const dir = projectCopy('atlas-bench-peer-');
  try {
    console.log(`bench --peer: project copy in ${dir}; first build (its Markdown is the peer's content) ...`);
    await buildProject(dir);
    const peer = preparePeer(join(dir, 'content/questions'));
    console.log(`bench --peer: ${pairs} pairs, each: project cold, Starlight cold, project warm, Starlight warm, project site rebuilt, project after editing one answer, and after undoing the edit`);
    const cold: Pair[] = [];
    const warm: Pair[] = [];
    const rebuilt: Pair[] = [];
    const edits: Measured[] = [];
    const problems: string[] = [];
    for (let i = 0; i < pairs; i++) {
      const before = load();
      clean(dir, PROJECT_COLD);
      const projectCold = await buildProject(dir);
      clean(peer, PEER_CACHES);
      const peerCold = await run(node, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: peer });
      const projectWarm = await buildProject(dir);
      const peerWarm = await run(node, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: peer });
      const projectRebuilt = await buildProject(dir, { rebuild: true });
      cold.push({ project: projectCold, peer: peerCold });
      warm.push({ project: projectWarm, peer: peerWarm });
      rebuilt.push({ project: projectRebuilt, peer: peerWarm });
      const hashes = questionHashes(dir);
      const edit = editOneAnswer(dir);
      const edited = await buildProject(dir);
      problems.push(...[checkEdit(dir, edit, hashes, true)].filter((p): p is string => !!p));
      const editedHashes = questionHashes(dir);
      edit.undo();
      const undone = await buildProject(dir);
      problems.push(...[checkEdit(dir, edit, editedHashes, false)].filter((p): p is string => !!p));
      edits.push(edited, undone);
      console.log(`  pair ${i + 1} done (load average ${before} before, ${load()} after)`);
      console.log(`    project cold: ${projectCold.notes}`);
      console.log(`    project warm: ${projectWarm.notes}`);
      console.log(`    project site rebuilt: ${projectRebuilt.notes}`);
      console.log(`    project edit: ${edited.notes}`);
    }
    console.log(`\nStarlight ${STARLIGHT} on Astro ${PEER_ASTRO}; wall time, peak memory of the process tree, CPU time (user + system)`);
    table('cold: output and every cache removed', cold);
    table('warm: nothing changed since the last build', warm);
    table('warm, site rebuilt anyway (ATLAS_REBUILD: astro and Pagefind run, Astro copies the pages whose code and keys are unchanged): against the same Starlight warm build', rebuilt);
    const coldMedian = median(cold.map((p) => p.project.s));
    const editMedian = median(edits.map((m) => m.s));
    console.log(`\nedit one answer, then rebuild (project): ${edits.map((m) => `${f1(m.s)} s`).join(', ')}`);
    console.log(`  median ${f1(editMedian)} s = ${(editMedian / coldMedian).toFixed(2)} x the project's cold median (${f1(coldMedian)} s); peak ${median(edits.map((m) => m.peakMiB)).toFixed(0)} MiB`);
    for (const p of problems) console.log(`  warning: ${p}`);
    console.log(`\nload average at the end: ${load()} (2 cores: figures taken above ~2 are disturbed by other work)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
