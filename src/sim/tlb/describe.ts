import type { SwitchPolicy, TlbEvent, TlbSimState } from './model.ts';
import { formatAddr } from '../units.ts';

/** Chinese names of the three policies. */
export const POLICY_LABELS: Record<SwitchPolicy, string> = {
  'thread-switch': '线程切换（同一进程）',
  'process-switch': '进程切换（无 PCID）',
  'process-switch-pcid': '进程切换（有 PCID）',
};

const hex = (n: number) => '0x' + n.toString(16);

/** One event as a Chinese sentence. */
export function describeTlbEvent(e: TlbEvent): string {
  switch (e.type) {
    case 'hit':
      return `线程 ${e.tid} 访问 ${formatAddr(e.va)}：TLB 命中（页 ${hex(e.vpn)} → 帧 ${e.pfn}${e.global ? '，全局页' : ''}）`;
    case 'miss':
      return `线程 ${e.tid} 访问 ${formatAddr(e.va)}：TLB 未命中`;
    case 'walk':
      return `遍历四级页表（CR3 = 帧 ${e.root}），读了 ${e.refs} 次内存，找到帧 ${e.pfn}`;
    case 'evict':
      return `组已满，按 LRU 换出槽 ${e.slot} 中的页 ${hex(e.vpn)}${e.global ? '（全局页）' : ''}`;
    case 'fill':
      return `把页 ${hex(e.vpn)} → 帧 ${e.pfn} 填入槽 ${e.slot}${e.global ? '（全局页）' : e.pcid ? `（PCID ${e.asid + 1}）` : ''}`;
    case 'flush':
      return e.reason === 'cr3-write'
        ? `写 CR3 且没有 PCID：清掉全部 ${e.slots.length} 个非全局条目，内核的全局条目保留`
        : `动态标签已用完：新地址空间抢走最旧的标签 ${e.asid + 1}，清掉它的 ${e.slots.length} 个条目`;
    case 'switch':
      if (e.kind === 'thread') return `调度：线程 ${e.from} → 线程 ${e.to}，同一进程，不写 CR3，TLB 原样保留`;
      return e.pcid
        ? `调度：线程 ${e.from} → 线程 ${e.to}，换进程，写 CR3（PCID ${e.asid + 1}，不清 TLB）`
        : `调度：线程 ${e.from} → 线程 ${e.to}，换进程，写 CR3`;
    case 'syscall':
      return `线程 ${e.tid} 发起系统调用：进入内核态，地址空间不变，不刷新 TLB`;
    case 'interrupt':
      return `中断到来：线程 ${e.tid} 被打断，进入内核态，地址空间不变`;
    case 'return':
      return `${e.reason === 'syscall' ? '系统调用' : '中断处理'}结束，回到线程 ${e.tid} 的用户态`;
  }
}

/** The events of one step as one short paragraph. */
export function describeTlbStep(events: readonly TlbEvent[]): string {
  return events.map(describeTlbEvent).join('；') + (events.length > 0 ? '。' : '');
}

/** Where the simulation stands, in one sentence. */
export function describeTlbState(s: TlbSimState): string {
  const t = s.tasks[s.current]!;
  const used = s.tlb.valid.reduce((a, b) => a + b, 0);
  const mode = s.mode === 'kernel' ? '内核态' : '用户态';
  return `第 ${s.time} 次访问之后：线程 ${t.tid}（进程 ${t.pid}）在${mode}运行，TLB 用了 ${used}/${s.tlb.valid.length} 个条目。`;
}
