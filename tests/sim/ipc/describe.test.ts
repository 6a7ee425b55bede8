import { describe, expect, test } from 'vitest';
import { MECHANISM_IDS, describeTransfer, initTransfer, runTransfer } from '../../../src/sim/ipc/index.ts';

describe('describeTransfer', () => {
  test('names the bytes and the direction of a copy', () => {
    expect(
      describeTransfer({
        kind: 'copy',
        from: 'writer-user',
        to: 'kernel',
        segment: { start: 0, end: 65_536 },
      }),
    ).toBe('内核把第 0–65535 字节（64 KiB）从写进程的用户缓冲区拷贝进内核缓冲区。');
    expect(describeTransfer({ kind: 'block', who: 'writer', reason: 'buffer-full' })).toBe(
      '内核缓冲区已满，写进程阻塞（睡眠）。',
    );
    expect(
      describeTransfer({
        kind: 'sem',
        who: 'reader',
        op: 'P',
        sem: 'full',
        value: 0,
        blocked: true,
        wakes: false,
      }),
    ).toBe('读进程对信号量 full 做 P 操作：值为 0，只能等待。');
    expect(
      describeTransfer({
        kind: 'sem',
        who: 'writer',
        op: 'V',
        sem: 'full',
        value: 0,
        blocked: false,
        wakes: true,
      }),
    ).toBe('写进程对信号量 full 做 V 操作：有进程在等，直接把它唤醒，值仍为 0。');
  });

  test.each(MECHANISM_IDS)('every event of a %s transfer gets one Chinese sentence', (id) => {
    const [, steps] = runTransfer(
      initTransfer(id, { size: 70_000, capacity: id === 'shm-sem' ? 32_768 : undefined }),
    );
    for (const entry of steps.flat()) {
      const sentence = describeTransfer(entry);
      expect(sentence).toMatch(/[\u4e00-\u9fff]/);
      expect(sentence).toMatch(/。$/);
    }
  });
});
