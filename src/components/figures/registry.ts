/**
 * The book's interactive figures as plain data: the gallery, the embed pages and the browser
 * tests read this list. Each figure's owner keeps its parameter list in step with its island.
 */

/** One URL parameter a figure reads (`?seed=7&step=3`). */
export interface FigureParam {
  /** The query key. */
  name: string;
  /** What it changes, in Chinese. */
  meaning: string;
  /** The value used when the key is absent, as written in the URL. */
  default: string;
}

/** The ids of the five figures, kebab-case: also their embed URLs `/embed/<id>/`. */
export type FigureId = 'memory-layout' | 'ipc-compare' | 'tlb-flush' | 'context-switch' | 'task-cost';

/** One interactive figure of the book. */
export interface FigureEntry {
  /** Kebab-case id. */
  id: FigureId;
  /** Chinese title, as the frame shows it. */
  title: string;
  /** The MDX tag and island file name: `src/components/figures/<tag>.tsx`. */
  tag: string;
  /** One line on what the reader can do with it, in Chinese. */
  description: string;
  /** The chapter that uses it, relative to the site root, with a trailing slash. */
  chapter: string;
  /** Its URL parameters, `seed` and `step` first where the figure has them. */
  params: readonly FigureParam[];
}

const SEED: FigureParam = { name: 'seed', meaning: '模拟器的随机种子，同一种子重现同一过程', default: '1' };
const STEP: FigureParam = { name: 'step', meaning: '显示第几步（0 为初始状态）', default: '0' };

/** All figures, in the order the book introduces them. */
export const FIGURES: readonly FigureEntry[] = [
  {
    id: 'memory-layout',
    title: '虚拟地址空间布局',
    tag: 'MemoryLayout',
    description: '一个进程的代码、堆、共享库与栈在虚拟地址空间中的位置，以及新线程的栈与保护页从哪里来。',
    chapter: 'basics/address-space/',
    params: [
      SEED,
      STEP,
      {
        name: 'ev',
        meaning:
          '事件序列：逗号分隔的“动作字母+进程号[.线程号]”（m 分配 64 KiB，M 分配 1 MiB，c 调用，r 返回，t 建线程，f fork，w 写堆，s 映射共享内存，W 写共享内存，e exec，x 退出）',
        default: 'm1000,M1000,c1000,t1000,m1000.1001,s1000,f1000,w1002,W1002',
      },
      { name: 'pie', meaning: '是否为 PIE 程序：1 是（0x555555554000），0 否（0x400000）', default: '1' },
      { name: 'aslr', meaning: '是否启用地址随机化：1 启用，0 关闭', default: '0' },
    ],
  },
  {
    id: 'context-switch',
    title: '上下文切换',
    tag: 'ContextSwitch',
    description: '逐步观察进程切换、线程切换、中断与系统调用时保存和恢复了哪些上下文，以及各自的代价。',
    chapter: 'switching/context-switch/',
    params: [
      STEP,
      {
        name: 'kind',
        meaning: '切换类型：process（进程切换）、thread（线程切换）、interrupt（中断）或 syscall（系统调用）',
        default: 'process',
      },
      { name: 'pcid', meaning: '进程切换时是否启用 PCID：1 启用，0 不启用', default: '0' },
    ],
  },
  {
    id: 'tlb-flush',
    title: 'TLB 与地址空间切换',
    tag: 'TlbFlush',
    description:
      '线程在一个 CPU 上轮流运行时 TLB 的命中与缺失；比较线程切换、无 PCID 的进程切换与带 PCID 的进程切换。',
    chapter: 'switching/tlb-page-tables/',
    params: [
      SEED,
      STEP,
      {
        name: 'policy',
        meaning:
          '切换方式：thread-switch（同一进程的线程）、process-switch（无 PCID）、process-switch-pcid（有 PCID）',
        default: 'process-switch',
      },
      { name: 'compare', meaning: '是否并排比较三种切换方式：1 是，0 否', default: '0' },
      { name: 'entries', meaning: 'TLB 条目数（1–64，须是路数 4 的整数倍）', default: '16' },
      {
        name: 'trace',
        meaning:
          '访问模式：sequential（顺序）、strided（固定步长）、random（随机）、working-set（工作集循环）',
        default: 'sequential',
      },
    ],
  },
  {
    id: 'ipc-compare',
    title: '进程间通信方式对比',
    tag: 'IpcCompare',
    description:
      '由模拟器生成的 IPC 对比表（可排序、筛选，按消息大小与条数重算拷贝、系统调用与估计耗时），以及一条消息经所选方式传递的逐步动画。',
    chapter: 'communication/ipc-overview/',
    params: [
      STEP,
      { name: 'size', meaning: '对比表中每条消息的字节数（1 到 1 GiB）', default: '100' },
      { name: 'count', meaning: '对比表中的消息条数', default: '1000' },
      {
        name: 'sync',
        meaning: '共享内存的等待方式：semaphore（信号量 P/V）或 spin（自旋）',
        default: 'semaphore',
      },
      {
        name: 'mech',
        meaning:
          '动画演示的方式：pipe、fifo、signal、posix-mq、sysv-mq、shm-sem、unix-socket、tcp-loopback、mmap-file',
        default: 'pipe',
      },
      { name: 'xfer', meaning: '动画中消息的字节数（1 到 4 MiB）', default: '100000' },
      {
        name: 'sort',
        meaning: '按哪一列排序（如 latency、syscalls、bytesCopied）；缺省为书中的顺序',
        default: '',
      },
      { name: 'dir', meaning: '排序方向：ascending（升序）或 descending（降序）', default: 'ascending' },
      { name: 'q', meaning: '按名称或特性筛选的文字', default: '' },
      { name: 'kin', meaning: '只看需要亲缘关系的方式：1 是', default: '0' },
      { name: 'hosts', meaning: '只看能跨主机的方式：1 是', default: '0' },
    ],
  },
  {
    id: 'task-cost',
    title: '并发任务的代价',
    tag: 'TaskCost',
    description:
      '同样数量的任务（1 到 1000 万）分别用进程、线程、有栈协程、libco 共享栈协程和 async 任务承载时的虚拟内存、驻留内存与创建耗时，以及 libco 千万协程的内存账。',
    chapter: 'design/concurrency-models/',
    params: [
      { name: 'n', meaning: '并发任务数（1 到 10,000,000）', default: '10000' },
      {
        name: 'stack',
        meaning: '线程栈字节数：8388608（8 MiB，默认）、2097152、524288 或 65536',
        default: '8388608',
      },
    ],
  },
];

/** Looks a figure up by id; undefined when there is none. */
export function findFigure(id: string): FigureEntry | undefined {
  return FIGURES.find((figure) => figure.id === id);
}
