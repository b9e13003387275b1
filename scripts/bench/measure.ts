// Runs one build step as a child process and measures its wall time and peak memory.
//
// Peak memory is that of the step's whole process tree (Astro is one Node process, but the
// Pagefind step runs Pagefind's native binary as a child). Node reports no child's max RSS
// (process.resourceUsage() covers the calling process only, and getrusage(RUSAGE_CHILDREN) is not
// exposed), and /usr/bin/time may not be installed, so the tree is sampled from /proc every 50 ms:
// peak = max(largest sum of VmRSS over the tree at one sample, largest VmHWM (a process's own
// high-water mark, which catches spikes between samples) of any one process). Linux only;
// elsewhere the figure is reported as unknown (NaN). CPU time is summed over the tree from the
// same samples (each process's utime + stime as last seen, so a process's last 50 ms may be missed).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  s: number;
  peakMiB: number;
  /** CPU seconds (user + system) of the process tree: less disturbed by other load than wall time. */
  cpuS: number;
  /** What the step printed (stdout and stderr). */
  output: string;
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;
const procKb = (status: string, key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

/** The pid and all its descendants, from the parent ids in /proc/<pid>/stat. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const p = queue.shift()!;
    out.push(p);
    queue.push(...(children.get(p) ?? []));
  }
  return out;
}

export function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const linux = process.platform === 'linux';
    let peakKb = 0;
    const cpuTicks = new Map<number, number>();
    const sample = () => {
      if (!linux || child.pid === undefined) return;
      let sum = 0;
      for (const pid of tree(child.pid)) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          sum += procKb(status, 'VmRSS');
          peakKb = Math.max(peakKb, procKb(status, 'VmHWM'));
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          cpuTicks.set(pid, Number(fields[11]) + Number(fields[12])); // utime, stime
        } catch {
          /* exited between listing and reading */
        }
      }
      peakKb = Math.max(peakKb, sum);
    };
    const timer = setInterval(sample, 50);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const s = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} failed (${code ?? signal}):\n${output.slice(-4000)}`));
      const cpuS = [...cpuTicks.values()].reduce((n, t) => n + t, 0) / TICKS_PER_S;
      resolve({ s, peakMiB: linux ? peakKb / 1024 : NaN, cpuS: linux ? cpuS : NaN, output });
    });
  });
}
