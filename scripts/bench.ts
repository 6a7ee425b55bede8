/**
 * `npm run bench`: throughput of the TLB simulation's fast path (accesses per
 * second, several configurations) and the time of one animation step
 * (p50/p99 of stepTlbSim). Prints a table and whether each target is met.
 * Not a unit test: timings depend on the machine and its load.
 */
import { runImportBench } from './bench/import.ts';
import { initTlbSim, runTlbSim, stepTlbSim } from '../src/sim/tlb/index.ts';
import { tlbScenarioSchema } from '../src/sim/tlb/schema.ts';
import type { TlbScenarioInput } from '../src/sim/tlb/index.ts';
import { initContextSwitch, stepContextSwitch } from '../src/sim/context-switch/index.ts';
import { contextSwitchScenarioSchema } from '../src/sim/context-switch/schema.ts';

/** Target for the fast path, in accesses per second. */
const TARGET_RATE = 10_000_000;
/** Target for one animation step at the 99th percentile, in ms. */
const TARGET_P99_MS = 1;
const ACCESSES = 4_000_000;
const RUNS = 3;

const configs: [string, TlbScenarioInput][] = [
  ['顺序扫描，2 进程，64 项 4 路', { trace: { kind: 'sequential', pages: 16 } }],
  ['步长 4 KiB，2 进程，64 项 4 路', { trace: { kind: 'strided', pages: 128 } }],
  [
    '随机，2 线程，64 项全相联',
    { policy: 'thread-switch', tlb: { ways: 'full' }, trace: { kind: 'random', pages: 64 } },
  ],
  [
    '工作集循环，7 进程 PCID，64 项 4 路',
    { policy: 'process-switch-pcid', tasks: 7, trace: { kind: 'working-set', pages: 32 } },
  ],
  // The hardest case: a CR3 write every 64 accesses empties the TLB, so about 98% of accesses
  // miss and take the whole miss path (set scan, remembered walk, six column writes, the flush
  // list). Profiled without inlining (node --cpu-prof --max-inlined-bytecode-size=0), the time
  // splits: set lookup 25%, access generation and scheduling 17%, flush 7%, fill 7%, the rest
  // in the walk memo and the generator. Typed columns, a per-set count of valid entries (a
  // lookup in a nearly empty set stops after one way) and a plain scan instead of the hash
  // index for 12 ways took it from 6.9 to 8.4–10.2 M/s of CPU time on the 2-core VM at a load
  // average of 13–20; below that the limit is the miss path itself.
  [
    '随机，2 进程，1536 项 12 路（STLB）',
    { tlb: { entries: 1536, ways: 12 }, trace: { kind: 'random', pages: 4096 }, syscallEvery: 500 },
  ],
];

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const pad = (s: string, n: number) =>
  s + ' '.repeat(Math.max(0, n - [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
const mps = (n: number) => `${(n / 1e6).toFixed(1)} M/s`;

console.log(
  `TLB 快速路径吞吐量（每种配置 ${ACCESSES.toLocaleString('en')} 次访问，取 ${RUNS} 次中最好的一次）`,
);
console.log(pad('配置', 40) + pad('命中率', 10) + pad('墙钟', 12) + pad('CPU 时间', 12) + '达标（≥ 10 M/s）');
let allRates = true;
for (const [name, input] of configs) {
  const sc = tlbScenarioSchema.parse(input);
  runTlbSim(initTlbSim(sc), 200_000); // warm up the JIT
  let bestWall = 0;
  let bestCpu = 0;
  let hitRate = 0;
  for (let r = 0; r < RUNS; r++) {
    const s = initTlbSim(sc);
    const w0 = performance.now();
    const c0 = cpuMs();
    const end = runTlbSim(s, ACCESSES);
    hitRate = end.metrics.hits / end.metrics.accesses;
    bestWall = Math.max(bestWall, ACCESSES / ((performance.now() - w0) / 1000));
    bestCpu = Math.max(bestCpu, ACCESSES / ((cpuMs() - c0) / 1000));
  }
  // The wall clock counts time the process waited for a CPU; CPU time does not.
  const ok = Math.max(bestWall, bestCpu) >= TARGET_RATE;
  allRates &&= ok;
  console.log(
    pad(name, 40) +
      pad(`${(hitRate * 100).toFixed(1)}%`, 10) +
      pad(mps(bestWall), 12) +
      pad(mps(bestCpu), 12) +
      (ok ? '是' : '否'),
  );
}

function percentiles(samples: number[]): [number, number] {
  const s = [...samples].sort((a, b) => a - b);
  return [s[Math.floor(s.length * 0.5)]!, s[Math.min(s.length - 1, Math.floor(s.length * 0.99))]!];
}

console.log('\n动画单步耗时（毫秒）');
console.log(pad('步进函数', 40) + pad('p50', 12) + pad('p99', 12) + '达标（p99 ≤ 1 ms）');
let allSteps = true;
const stepConfigs: [string, TlbScenarioInput][] = [
  ['stepTlbSim，64 项', {}],
  ['stepTlbSim，1536 项', { tlb: { entries: 1536, ways: 12 }, trace: { kind: 'random', pages: 512 } }],
];
for (const [name, input] of stepConfigs) {
  let s = initTlbSim(tlbScenarioSchema.parse(input));
  const times: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const t0 = performance.now();
    s = stepTlbSim(s)[0];
    times.push(performance.now() - t0);
  }
  const [p50, p99] = percentiles(times.slice(500));
  allSteps &&= p99 <= TARGET_P99_MS;
  console.log(
    pad(name, 40) + pad(p50.toFixed(4), 12) + pad(p99.toFixed(4), 12) + (p99 <= TARGET_P99_MS ? '是' : '否'),
  );
}
{
  let s = initContextSwitch(contextSwitchScenarioSchema.parse({}));
  const times: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const t0 = performance.now();
    s = stepContextSwitch(s, { type: i % 16 < 8 ? 'next' : 'prev' })[0];
    times.push(performance.now() - t0);
  }
  const [p50, p99] = percentiles(times.slice(500));
  allSteps &&= p99 <= TARGET_P99_MS;
  console.log(
    pad('stepContextSwitch', 40) +
      pad(p50.toFixed(4), 12) +
      pad(p99.toFixed(4), 12) +
      (p99 <= TARGET_P99_MS ? '是' : '否'),
  );
}

console.log(
  `\n吞吐量目标：${allRates ? '全部达标' : '未全部达标'}；单步目标：${allSteps ? '全部达标' : '未全部达标'}`,
);

// The Obsidian import benchmark: generated vaults of 200/1,000/2,000 notes, import and build (scripts/bench/import.ts).
await runImportBench();
