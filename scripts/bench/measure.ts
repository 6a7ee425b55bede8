/** Runs a command while sampling the memory of its whole process tree (Linux /proc), for the benchmarks. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of each process of a tree (a process and its descendants), in bytes, by name. */
export function treeRss(
  pid: number,
  found: { name: string; bytes: number }[] = [],
): { name: string; bytes: number }[] {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? '?';
    found.push({ name, bytes: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024 });
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) treeRss(Number(child), found);
    }
  } catch {
    // the process ended between two reads
  }
  return found;
}

/** What a measured run took: wall time, CPU time of the tree, peak resident memory of the tree. */
export interface Measured {
  readonly ok: boolean;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakBytes: number;
  /** The processes at the moment of the peak, largest first (`node 1.2 GiB, pagefind 0.1 GiB`). */
  readonly peakBreakdown: string;
  readonly output: string;
}

/** CPU time (user + system) of the children this process has waited for, in ms (from /proc/self/stat). */
function childrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[13]) + Number(fields[14]); // cutime + cstime (fields 16 and 17 of stat)
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** Runs `command args` in `cwd`, sampling memory every 100 ms. */
export function measure(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<Measured> {
  return new Promise((done) => {
    const started = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    let peakBreakdown = '';
    const timer = setInterval(() => {
      const processes = treeRss(child.pid!);
      const total = processes.reduce((sum, p) => sum + p.bytes, 0);
      if (total <= peakBytes) return;
      peakBytes = total;
      peakBreakdown = processes
        .sort((a, b) => b.bytes - a.bytes)
        .map((p) => `${p.name} ${Math.round(p.bytes / 2 ** 20)} MiB`)
        .join(', ');
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      done({ ok: code === 0, wallMs, cpuMs: childrenCpuMs() - cpuBefore, peakBytes, peakBreakdown, output });
    });
  });
}
