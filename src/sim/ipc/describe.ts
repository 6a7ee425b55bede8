/** Chinese sentences for the transfer trace, for the figure's narration and the CLI. */
import { formatBytes } from '../format.ts';
import type { TransferTrace } from './model.ts';

const WHO = { writer: '写进程', reader: '读进程' } as const;
const REASON = {
  'buffer-full': '内核缓冲区已满',
  'buffer-empty': '内核缓冲区是空的',
  'semaphore-zero': '信号量为 0',
  'no-signal': '还没有信号到达',
} as const;

const range = (s: { start: number; end: number }): string =>
  `第 ${s.start}–${s.end - 1} 字节（${formatBytes(s.end - s.start)}）`;

/** Describes one trace entry in one Chinese sentence. */
export function describeTransfer(entry: TransferTrace): string {
  switch (entry.kind) {
    case 'syscall':
      return `${WHO[entry.who]}调用 ${entry.name}()${entry.bytes > 0 ? `，${formatBytes(entry.bytes)}` : ''}。`;
    case 'copy':
      return entry.to === 'kernel'
        ? `内核把${range(entry.segment)}从写进程的用户缓冲区拷贝进内核缓冲区。`
        : `内核把${range(entry.segment)}从内核缓冲区拷贝到读进程的用户缓冲区。`;
    case 'shm-write':
      return `写进程直接把${range(entry.segment)}写进共享内存，内核不拷贝。`;
    case 'shm-read':
      return `读进程直接从共享内存读到${range(entry.segment)}，内核不拷贝。`;
    case 'block':
      return `${REASON[entry.reason]}，${WHO[entry.who]}阻塞（睡眠）。`;
    case 'wake':
      return `${WHO[entry.who]}被唤醒，回到就绪状态。`;
    case 'resume':
      return `${WHO[entry.who]}在原来的 ${entry.name}() 调用里醒来继续（不是新的系统调用）。`;
    case 'sem':
      if (entry.blocked) return `${WHO[entry.who]}对信号量 ${entry.sem} 做 P 操作：值为 0，只能等待。`;
      return entry.wakes
        ? `${WHO[entry.who]}对信号量 ${entry.sem} 做 V 操作：有进程在等，直接把它唤醒，值仍为 0。`
        : `${WHO[entry.who]}对信号量 ${entry.sem} 做 ${entry.op} 操作，之后值为 ${entry.value}。`;
    case 'signal-send':
      return '内核在目标进程上记下一个挂起的信号：只有信号编号，没有数据。';
    case 'signal-deliver':
      return '读进程从内核返回用户态前，内核让它先运行信号处理函数。';
    case 'still-blocked':
      return `${WHO[entry.who]}仍在睡眠，什么也不做。`;
    case 'idle':
      return `${WHO[entry.who]}已经没有事要做。`;
    case 'done':
      return entry.bytes > 0
        ? `传输完成：${formatBytes(entry.bytes)}按顺序各到达一次。`
        : '传输完成：信号已送达。';
  }
}
