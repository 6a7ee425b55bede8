/** Runs a command while sampling the memory of its whole process tree (Linux /proc), for the benchmarks. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process and all its descendants, in bytes (0 once it has exited). */
export function treeRss(pid: number): number {
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) total += treeRss(Number(child));
    }
  } catch {
    // the process ended between two reads
  }
  return total;
}

/** What a measured run took: wall time, CPU time of the tree, peak resident memory of the tree. */
export interface Measured {
  readonly ok: boolean;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakBytes: number;
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
    const timer = setInterval(() => {
      peakBytes = Math.max(peakBytes, treeRss(child.pid!));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      done({ ok: code === 0, wallMs, cpuMs: childrenCpuMs() - cpuBefore, peakBytes, output });
    });
  });
}
