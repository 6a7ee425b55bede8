/**
 * Chinese narration of events and traces, for the figure's caption and the CLI.
 * Every number in a sentence comes from the event or the trace.
 */
import { PAGE_SIZE } from './constants.ts';
import type { AddressSpaceEvent, TraceEntry } from './model.ts';
import { formatAddr } from '../units.ts';

/** Formats a byte count exactly: `64 KiB`, `1.5 MiB`, `100 B` (bytes when no unit gives two exact decimals). */
export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [2 ** 40, 'TiB'],
    [2 ** 30, 'GiB'],
    [2 ** 20, 'MiB'],
    [2 ** 10, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size && ((bytes * 100) / size) % 1 === 0) return `${String(bytes / size)} ${unit}`;
  }
  return `${bytes} B`;
}

/** What the program does, in one sentence (the question, before the answer). */
export function describeEvent(e: AddressSpaceEvent): string {
  const who = `进程 ${e.pid}`;
  switch (e.type) {
    case 'malloc':
      return `${who}${e.tid !== undefined ? ` 的线程 ${e.tid}` : ''} 调用 malloc(${formatSize(e.bytes)})。`;
    case 'free':
      return `${who} 调用 free 释放块 #${e.alloc}。`;
    case 'call':
      return `${who} 的线程${e.tid ?? ''}调用函数 ${e.fn ?? ''}，栈帧 ${formatSize(e.bytes)}。`;
    case 'return':
      return `${who} 的线程${e.tid ?? ''}从函数返回。`;
    case 'pthread_create':
      return `${who} 调用 pthread_create 创建一个线程。`;
    case 'fork':
      return `${who} 调用 fork。`;
    case 'write':
      return `${who} 写区域 ${e.region} 的第 ${e.page ?? 0} 页。`;
    case 'exec':
      return `${who} 调用 execve 运行 ${e.program ?? '同一个程序'}。`;
    case 'exit':
      return `${who} 退出。`;
    case 'shm':
      return `${who} 用 shm_open("${e.name}") + mmap(MAP_SHARED) 映射 ${formatSize(e.bytes)} 共享内存。`;
    case 'mmap-file':
      return `${who} 用 mmap(${e.shared ? 'MAP_SHARED' : 'MAP_PRIVATE'}) 映射文件 ${e.path} 的 ${formatSize(e.bytes)}。`;
  }
}

const faultText = {
  'demand-zero': '缺页：分配一个清零的新页框',
  'cow-copy': '写时复制：复制出一个私有页框',
  'cow-reuse': '写时复制，但已没有别人共享这个页框：直接改为可写，不复制',
} as const;

const segvText = {
  'read-only': '写了只读或未映射的地址',
  guard: '越过栈底碰到了保护页',
  'stack-limit': '栈超过了 RLIMIT_STACK 上限',
} as const;

/** One sentence per trace entry. */
export function describeEntry(t: TraceEntry): string {
  switch (t.kind) {
    case 'map':
      return `进程 ${t.pid} 新增区域 ${t.region}：${formatAddr(t.start)}–${formatAddr(t.end)}（${formatSize(t.end - t.start)}，${t.perms}）。`;
    case 'unmap':
      return `进程 ${t.pid} 解除映射 ${t.region}（${formatSize(t.end - t.start)}），页框随之释放。`;
    case 'brk':
      return `进程 ${t.pid} 的 brk 从 ${formatAddr(t.from)} 移到 ${formatAddr(t.to)}，堆增长 ${formatSize(t.to - t.from)}。`;
    case 'malloc':
      return {
        heap: `块 #${t.alloc}（${formatSize(t.bytes)}）在堆上，地址 ${formatAddr(t.addr)}。`,
        mmap: `块 #${t.alloc}（${formatSize(t.bytes)}）不小于 mmap 阈值，单独 mmap 到 ${formatAddr(t.addr)}。`,
        arena: `块 #${t.alloc}（${formatSize(t.bytes)}）来自这个线程自己的 arena，地址 ${formatAddr(t.addr)}。`,
      }[t.via];
    case 'arena':
      return `线程 ${t.tid} 第一次 malloc：glibc 为它预留 ${formatSize(t.end - t.start)} 的 arena（${formatAddr(t.start)} 起，按大小对齐，先全部设为不可访问），免得与其他线程争用主堆的锁。`;
    case 'protect':
      return `进程 ${t.pid} 用 mprotect 把 ${t.region} 的可读写部分从 ${formatAddr(t.from)} 扩到 ${formatAddr(t.to)}。`;
    case 'free':
      return t.via !== 'mmap'
        ? `块 #${t.alloc} 回到 malloc 的空闲链表；${t.via === 'heap' ? 'brk ' : 'arena 的可读写边界'}不动，页仍驻留。`
        : `块 #${t.alloc} 是单独映射的，free 直接 munmap。`;
    case 'stack':
      return t.to < t.from
        ? `线程 ${t.tid} 压入 ${t.fn} 的栈帧（${formatSize(t.from - t.to)}），栈指针到 ${formatAddr(t.to)}${t.grew ? '，主栈区域随之向下扩展' : ''}。`
        : `线程 ${t.tid} 从 ${t.fn} 返回，栈指针回到 ${formatAddr(t.to)}；页仍驻留。`;
    case 'fault':
      return `进程 ${t.pid} 写 ${formatAddr(t.addr)}：${faultText[t.reason]}（页框 ${t.pfn}${t.oldPfn !== undefined ? `，原页框 ${t.oldPfn}` : ''}）。`;
    case 'write':
      return `进程 ${t.pid} 写 ${formatAddr(t.addr)}：页已可写，直接写入页框 ${t.pfn}。`;
    case 'thread':
      return `进程 ${t.pid} 新线程 ${t.tid} 的栈是 ${t.stack}（在 mmap 区，下方有 ${formatSize(PAGE_SIZE)} 保护页）；其余一切与其他线程共享。`;
    case 'fork':
      return `fork：子进程 ${t.child} 复制了父进程 ${t.parent} 的页表，${t.sharedPages} 个页共享同样的页框，可写的私有页改为写时复制。`;
    case 'exec':
      return `进程 ${t.pid} 执行 ${t.program}：丢弃旧映像的 ${t.unmappedPages} 个页映射，建立全新的地址空间。`;
    case 'exit':
      return `进程 ${t.pid} 结束，解除 ${t.unmappedPages} 个页映射。`;
    case 'segv':
      return `线程 ${t.tid} 在 ${formatAddr(t.addr)} 触发 SIGSEGV：${segvText[t.why]}。`;
    case 'shared':
      return `进程 ${t.pid} 的 ${t.region} 指向 ${t.object} 的 ${t.pages} 个页框，映射同一对象的进程看到的是同样的页框。`;
    case 'rejected':
      return `此步无效：${t.why}。`;
  }
}

/** Narrates one step: consecutive faults of the same kind are summed into one sentence. */
export function describeTrace(trace: readonly TraceEntry[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < trace.length; i++) {
    const t = trace[i]!;
    let j = i;
    while (
      t.kind === 'fault' &&
      trace[j + 1]?.kind === 'fault' &&
      (trace[j + 1] as typeof t).reason === t.reason
    )
      j++;
    if (j > i && t.kind === 'fault') {
      out.push(`进程 ${t.pid} 写了 ${j - i + 1} 个页：每页${faultText[t.reason]}。`);
      i = j;
    } else out.push(describeEntry(t));
  }
  return out;
}

/** A size for people: exact when short (`64 KiB`), else three significant digits in the largest unit (`约 85.3 TiB`). */
export function formatApproxSize(bytes: number): string {
  const exact = formatSize(bytes);
  if (bytes < 1024 || Number(exact.split(' ')[0]) < 10000) return exact;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  const power = Math.min(units.length, Math.floor(Math.log2(bytes) / 10));
  return `约 ${String(Number((bytes / 2 ** (10 * power)).toPrecision(3)))} ${units[power - 1]!}`;
}
