/**
 * The default scenario of the CLI and the figure: one process grows its heap, maps a large block,
 * calls a function, starts a thread, maps shared memory, forks, and both sides write.
 */
import { configWith } from '../config.ts';
import type { AddressSpaceScenario } from '../model.ts';

/** A tour of the layout in ten events (pid 1000; the thread is 1001, the child 1002). */
export const defaultScenario: AddressSpaceScenario = {
  title: '一个进程的一生：堆、mmap、函数调用、线程与它的 arena、共享内存与 fork',
  config: configWith(),
  seed: 1,
  events: [
    { type: 'malloc', pid: 1000, bytes: 64 * 1024 },
    { type: 'malloc', pid: 1000, bytes: 1024 * 1024 },
    { type: 'call', pid: 1000, bytes: 8 * 1024, fn: 'parse' },
    { type: 'pthread_create', pid: 1000 },
    { type: 'malloc', pid: 1000, tid: 1001, bytes: 4 * 1024 },
    { type: 'shm', pid: 1000, name: '/demo', bytes: 16 * 1024 },
    { type: 'fork', pid: 1000 },
    { type: 'write', pid: 1002, region: 'heap', page: 0 },
    { type: 'write', pid: 1002, region: 'shm:/demo', page: 0 },
    { type: 'write', pid: 1000, region: 'data', page: 0 },
  ],
};
