/**
 * The search-quality set: what a reader types, and the page that must come first, judged by the
 * page's topic (the chapter that explains a concept, not a page that lists it). Chinese, English,
 * mixed, with and without spaces, one-character typos, and questions. Used by the browser suite
 * (P@1 and MRR thresholds) and by `npm run perf` (latency and bytes per query).
 */

/** One query of the set: what is typed, the page (path under the base) that must rank first, and why it is here. */
export interface SearchCase {
  /** Exactly what the reader types. */
  query: string;
  /** The page that must come first, e.g. `basics/linux-threads/`. */
  expect: string;
  /** The kind of query, for the report. */
  kind: 'zh' | 'en' | 'mixed' | 'spaces' | 'typo' | 'question';
}

const P = {
  processThread: 'basics/process-and-thread/',
  addressSpace: 'basics/address-space/',
  lifecycle: 'basics/creation-lifecycle/',
  linuxThreads: 'basics/linux-threads/',
  contextSwitch: 'switching/context-switch/',
  switchCost: 'switching/switch-cost/',
  tlb: 'switching/tlb-page-tables/',
  ipc: 'communication/ipc-overview/',
  pipe: 'communication/linux-pipe/',
  mq: 'communication/message-queue/',
  shm: 'communication/shared-memory-semaphore/',
  signals: 'communication/signals/',
  socket: 'communication/socket-mmap-frameworks/',
  sync: 'communication/thread-sync/',
  models: 'design/concurrency-models/',
  daemon: 'design/daemon/',
  reliability: 'design/reliability/',
  rust: 'design/rust-send-sync/',
  glossary: 'study/glossary/',
  corrections: 'study/corrections/',
  exercises: 'study/exercises/',
  method: 'study/method/',
  figures: 'figures/',
} as const;

/** The queries, grouped by kind. */
export const SEARCH_CASES: readonly SearchCase[] = [
  // Chinese terms, as a reader types them.
  { kind: 'zh', query: '进程', expect: P.processThread },
  { kind: 'zh', query: '线程', expect: P.processThread },
  { kind: 'zh', query: '内核线程', expect: P.linuxThreads },
  { kind: 'zh', query: '轻量级进程', expect: P.linuxThreads },
  { kind: 'zh', query: '写时复制', expect: P.lifecycle },
  { kind: 'zh', query: '僵尸进程', expect: P.lifecycle },
  { kind: 'zh', query: '孤儿进程', expect: P.lifecycle },
  { kind: 'zh', query: '内存布局', expect: P.addressSpace },
  { kind: 'zh', query: '虚拟地址空间', expect: P.addressSpace },
  { kind: 'zh', query: '上下文切换', expect: P.contextSwitch },
  { kind: 'zh', query: '切换开销', expect: P.switchCost },
  { kind: 'zh', query: '页表', expect: P.tlb },
  { kind: 'zh', query: '快表', expect: P.tlb },
  { kind: 'zh', query: '管道', expect: P.pipe },
  { kind: 'zh', query: '命名管道', expect: P.pipe },
  { kind: 'zh', query: '消息队列', expect: P.mq },
  { kind: 'zh', query: '共享内存', expect: P.shm },
  { kind: 'zh', query: '信号量', expect: P.shm },
  { kind: 'zh', query: '信号', expect: P.signals },
  { kind: 'zh', query: '套接字', expect: P.socket },
  { kind: 'zh', query: '内存映射文件', expect: P.socket },
  { kind: 'zh', query: '互斥锁', expect: P.sync },
  { kind: 'zh', query: '死锁', expect: P.sync },
  { kind: 'zh', query: '协程', expect: P.models },
  { kind: 'zh', query: '守护进程', expect: P.daemon },
  { kind: 'zh', query: '故障隔离', expect: P.reliability },
  { kind: 'zh', query: '进程间通信', expect: P.ipc },
  { kind: 'zh', query: '术语表', expect: P.glossary },
  { kind: 'zh', query: '勘误', expect: P.corrections },
  { kind: 'zh', query: '练习', expect: P.exercises },
  { kind: 'zh', query: '交互图', expect: P.figures },
  { kind: 'zh', query: '学习方法', expect: P.method },
  // English terms the book gives as aliases.
  { kind: 'en', query: 'kernel thread', expect: P.linuxThreads },
  { kind: 'en', query: 'named pipe', expect: P.pipe },
  { kind: 'en', query: 'page table', expect: P.tlb },
  { kind: 'en', query: 'coroutine', expect: P.models },
  { kind: 'en', query: 'context switch', expect: P.contextSwitch },
  { kind: 'en', query: 'copy-on-write', expect: P.lifecycle },
  { kind: 'en', query: 'fork', expect: P.lifecycle },
  { kind: 'en', query: 'shared memory', expect: P.shm },
  { kind: 'en', query: 'semaphore', expect: P.shm },
  { kind: 'en', query: 'deadlock', expect: P.sync },
  { kind: 'en', query: 'daemon', expect: P.daemon },
  { kind: 'en', query: 'TLB', expect: P.tlb },
  { kind: 'en', query: 'IPC', expect: P.ipc },
  { kind: 'en', query: 'mmap', expect: P.socket },
  { kind: 'en', query: 'futex', expect: P.sync },
  { kind: 'en', query: 'zombie', expect: P.lifecycle },
  { kind: 'en', query: 'message queue', expect: P.mq },
  { kind: 'en', query: 'address space', expect: P.addressSpace },
  { kind: 'en', query: 'virtual memory', expect: P.addressSpace },
  { kind: 'en', query: 'task_struct', expect: P.linuxThreads },
  { kind: 'en', query: 'ksoftirqd', expect: P.linuxThreads },
  { kind: 'en', query: 'glossary', expect: P.glossary },
  { kind: 'en', query: 'Send Sync', expect: P.rust },
  // Chinese and English together.
  { kind: 'mixed', query: 'fork 写时复制', expect: P.lifecycle },
  { kind: 'mixed', query: 'Linux 线程', expect: P.linuxThreads },
  { kind: 'mixed', query: 'TLB 刷新', expect: P.tlb },
  { kind: 'mixed', query: 'Rust 线程安全', expect: P.rust },
  { kind: 'mixed', query: 'Unix 域套接字', expect: P.socket },
  { kind: 'mixed', query: 'pthread_create 创建线程', expect: P.lifecycle },
  // With spaces where a reader might put them, and English without them.
  { kind: 'spaces', query: '内核 线程', expect: P.linuxThreads },
  { kind: 'spaces', query: '上下文 切换', expect: P.contextSwitch },
  { kind: 'spaces', query: '进程 线程 区别', expect: P.processThread },
  { kind: 'spaces', query: 'pagetable', expect: P.tlb },
  { kind: 'spaces', query: 'namedpipe', expect: P.pipe },
  { kind: 'spaces', query: 'contextswitch', expect: P.contextSwitch },
  // One character wrong.
  { kind: 'typo', query: '守护进城', expect: P.daemon },
  { kind: 'typo', query: '写实复制', expect: P.lifecycle },
  { kind: 'typo', query: '上下问切换', expect: P.contextSwitch },
  { kind: 'typo', query: '进程间通行', expect: P.ipc },
  { kind: 'typo', query: 'semaphroe', expect: P.shm },
  { kind: 'typo', query: 'deadlok', expect: P.sync },
  { kind: 'typo', query: 'corutine', expect: P.models },
  { kind: 'typo', query: 'kernal thread', expect: P.linuxThreads },
  // Questions, as typed into a search box.
  { kind: 'question', query: '进程和线程的区别', expect: P.processThread },
  { kind: 'question', query: '什么是上下文切换', expect: P.contextSwitch },
  { kind: 'question', query: '线程切换为什么比进程切换快', expect: P.switchCost },
  { kind: 'question', query: '如何创建守护进程', expect: P.daemon },
  { kind: 'question', query: '僵尸进程是怎么产生的', expect: P.lifecycle },
  { kind: 'question', query: '进程间通信有哪些方式', expect: P.ipc },
  { kind: 'question', query: 'TLB 不命中就是缺页吗', expect: P.tlb },
  { kind: 'question', query: '共享内存为什么需要信号量', expect: P.shm },
  { kind: 'question', query: 'Rc 为什么不能跨线程', expect: P.rust },
];
