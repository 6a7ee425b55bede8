/**
 * Processes vs threads vs coroutines as a calculator: for N tasks, the virtual memory reserved,
 * a resident-memory estimate and the creation cost, each split into named parts.
 */
import { formatCount } from '../format.ts';
import { KiB, PAGE_SIZE } from '../units.ts';
import * as C from './constants.ts';
import { explainLibco } from './libco.ts';
import { touched, type TasksScenario } from './model.ts';

/** The five ways to run N tasks. */
export type TaskKind = 'process' | 'thread' | 'coroutine' | 'shared-stack' | 'async';

/** All kinds, heaviest first. */
export const TASK_KINDS: readonly TaskKind[] = ['process', 'thread', 'coroutine', 'shared-stack', 'async'];

/** Chinese names of the kinds. */
export const TASK_KIND_NAMES: Record<TaskKind, string> = {
  process: '进程（fork）',
  thread: '线程（pthread）',
  coroutine: '有栈协程（私有栈）',
  'shared-stack': '共享栈协程（libco）',
  async: '无栈协程（async 任务）',
};

/** One named part of the memory bill for all N tasks. */
export interface CostPart {
  /** Chinese label. */
  label: string;
  /** Virtual address space reserved, bytes (user space). */
  virtualBytes: number;
  /** Memory actually used, bytes (kernel structures included). */
  residentBytes: number;
  /** Where the numbers come from. */
  basis: string;
}

/** The estimate for one kind. */
export interface TaskCost {
  /** Kind. */
  kind: TaskKind;
  /** Number of tasks. */
  n: number;
  /** The parts of the bill. */
  parts: CostPart[];
  /** Sum of virtual reservations. */
  virtualBytes: number;
  /** Sum of resident estimates. */
  residentBytes: number;
  /** Time to create all N tasks, ns. */
  createNs: number;
  /** Whether the reservations fit one address space (processes: each its own). */
  fitsAddressSpace: boolean;
  /** Whether the resident estimate fits the machine's RAM. */
  fitsRam: boolean;
}

const EST = '模型估计';
const part = (label: string, virtualBytes: number, residentBytes: number, basis: string): CostPart => ({
  label,
  virtualBytes,
  residentBytes,
  basis,
});

/** Page-table pages needed to map `bytes`: the PTE pages plus one page at each of the three upper levels. */
export function pageTableBytes(bytes: number): number {
  const pages = Math.ceil(bytes / PAGE_SIZE);
  return (Math.ceil(pages / C.PTE_PER_PAGE) + 3) * PAGE_SIZE;
}

const LIBCO_RUN = `每 ${formatCount(C.LIBCO_GROUP)} 个协程共用一个 ${C.LIBCO_SHARED_STACK_BYTES / KiB} KiB 的栈`;

/**
 * Where the shared-stack figures come from: the libco run only when the scenario uses its numbers
 * (the authors reported 100,000 coroutines per 128 KiB stack and nothing else); a scenario's own
 * group or stack size is the scenario's, with the libco run beside it for comparison.
 */
function sharedStackBasis(libco: TasksScenario['libco']): string {
  const group = `每 ${formatCount(libco.group)} 个协程共用一个`;
  return libco.group === C.LIBCO_GROUP && libco.sharedStackBytes === C.LIBCO_SHARED_STACK_BYTES
    ? `${group}（libco 作者公布的千万协程测试）`
    : `${group}（场景给定；libco 作者的测试是${LIBCO_RUN}）`;
}

/** Where the per-connection figure comes from: given, the libco run's, or the scenario's own libco figures. */
function perConnectionBasis(sc: TasksScenario): string {
  if (sc.perConnectionBytes !== undefined) return '场景给定';
  const l = sc.libco;
  const isRun =
    l.coroutines === C.LIBCO_COROUTINES &&
    l.group === C.LIBCO_GROUP &&
    l.sharedStackBytes === C.LIBCO_SHARED_STACK_BYTES &&
    l.reportedTotalBytes === C.LIBCO_REPORTED_TOTAL_BYTES;
  return isRun ? 'libco 实测总量减去共享栈，按连接平摊' : '场景给定的总量减去共享栈，按协程平摊';
}

function partsFor(kind: TaskKind, sc: TasksScenario): { parts: CostPart[]; perTaskNs: number } {
  const n = sc.n;
  const kernelTask = part(
    'task_struct 与内核栈',
    0,
    n * (C.TASK_STRUCT_BYTES + C.KERNEL_STACK_BYTES),
    `${EST}；内核栈 16 KiB`,
  );
  switch (kind) {
    case 'process': {
      const parentPages = Math.ceil(sc.parentResidentBytes / PAGE_SIZE);
      const cowPages = Math.round(parentPages * sc.cowWriteFraction);
      return {
        parts: [
          part('地址空间（与父进程写时共享）', n * sc.parentVirtualBytes, 0, 'fork(2)：写时复制，不拷贝页'),
          part('页表副本', 0, n * pageTableBytes(sc.parentResidentBytes), 'fork(2)：复制页表和任务结构'),
          part('写时复制产生的私有页', 0, n * cowPages * PAGE_SIZE, `子进程写过的页：${EST}的比例`),
          kernelTask,
          part('mm_struct 等进程结构', 0, n * C.PROCESS_KERNEL_EXTRA_BYTES, EST),
        ],
        perTaskNs: C.FORK_BASE_NS + parentPages * C.FORK_PER_PAGE_NS + cowPages * C.COW_FAULT_NS,
      };
    }
    case 'thread': {
      const arenas = Math.min(n, C.ARENAS_PER_CORE * sc.cores - 1);
      return {
        parts: [
          part(
            '线程栈',
            n * sc.threadStackBytes,
            n * touched(sc, sc.threadStackBytes),
            'pthread_create(3)：默认取 RLIMIT_STACK；驻留为实际用到的栈',
          ),
          part('保护页', n * C.GUARD_PAGE_BYTES, 0, '栈下方一页 4 KiB（pthread_attr_setguardsize(3)）'),
          part('TCB 与 TLS', 0, n * C.TCB_TLS_BYTES, EST),
          part(
            `malloc arena（${arenas} 个）`,
            arenas * C.ARENA_RESERVE_BYTES,
            0,
            'glibc malloc/arena.c：每个 64 MiB；上限 8 × 核数（mallopt(3) 的 M_ARENA_MAX）',
          ),
          kernelTask,
        ],
        perTaskNs: C.THREAD_CREATE_NS,
      };
    }
    case 'coroutine':
      return {
        parts: [
          part(
            '私有栈',
            n * sc.coroutineStackBytes,
            n * touched(sc, sc.coroutineStackBytes),
            sc.coroutineStackBytes === C.COROUTINE_STACK_BYTES
              ? `libco 默认 ${C.COROUTINE_STACK_BYTES / KiB} KiB`
              : '场景给定的栈大小',
          ),
          part('协程控制块', n * C.COROUTINE_CONTROL_BYTES, n * C.COROUTINE_CONTROL_BYTES, EST),
        ],
        perTaskNs: C.COROUTINE_CREATE_NS,
      };
    case 'shared-stack': {
      const stackBytes = Math.ceil(n / sc.libco.group) * sc.libco.sharedStackBytes;
      const perConnection = sc.perConnectionBytes ?? explainLibco(sc.libco).perConnectionBytes;
      return {
        parts: [
          part('共享栈', stackBytes, stackBytes, sharedStackBasis(sc.libco)),
          part('每连接状态', n * perConnection, n * perConnection, perConnectionBasis(sc)),
        ],
        perTaskNs: C.SHARED_COROUTINE_CREATE_NS,
      };
    }
    case 'async':
      return {
        parts: [part('任务状态机', n * sc.asyncTaskBytes, n * sc.asyncTaskBytes, EST)],
        perTaskNs: C.ASYNC_SPAWN_NS,
      };
  }
}

/** Estimates memory and creation cost of N tasks of one kind. */
export function estimateTasks(kind: TaskKind, sc: TasksScenario): TaskCost {
  const { parts, perTaskNs } = partsFor(kind, sc);
  const virtualBytes = parts.reduce((s, p) => s + p.virtualBytes, 0);
  const residentBytes = parts.reduce((s, p) => s + p.residentBytes, 0);
  return {
    kind,
    n: sc.n,
    parts,
    virtualBytes,
    residentBytes,
    createNs: sc.n * perTaskNs,
    // Each process has its own address space; everything else shares one.
    fitsAddressSpace: (kind === 'process' ? virtualBytes / sc.n : virtualBytes) <= C.USER_SPACE_BYTES,
    fitsRam: residentBytes <= sc.ramBytes,
  };
}

/** All five kinds for one scenario, heaviest first. */
export function compareTasks(sc: TasksScenario): TaskCost[] {
  return TASK_KINDS.map((k) => estimateTasks(k, sc));
}
