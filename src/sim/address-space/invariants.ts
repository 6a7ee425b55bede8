/**
 * Invariants of the address-space model, as sentences a student can read. Tests assert that
 * `checkAddressSpace(state)` returns no problems after every step.
 */
import { PAGE_SIZE } from './constants.ts';
import type { AddressSpaceState } from './model.ts';

/** Lists every broken invariant: reference counts, overlapping regions, pages outside regions, stack pointers. */
export function checkAddressSpace(s: AddressSpaceState): string[] {
  const problems: string[] = [];
  const counted = s.frames.map(() => 0);
  for (const frames of Object.values(s.objects)) for (const pfn of frames) counted[pfn]! += 1;
  for (const p of s.processes) {
    for (const [key, pte] of Object.entries(p.ptes)) {
      counted[pte.pfn] = (counted[pte.pfn] ?? 0) + 1;
      const addr = Number(key) * PAGE_SIZE;
      if (!p.regions.some((r) => r.start <= addr && addr < r.end))
        problems.push(`进程 ${p.pid} 的页 ${addr} 不在任何区域内`);
    }
    for (let i = 1; i < p.regions.length; i++) {
      if (p.regions[i]!.start < p.regions[i - 1]!.end)
        problems.push(`进程 ${p.pid} 的区域 ${p.regions[i - 1]!.name} 与 ${p.regions[i]!.name} 重叠`);
    }
    for (const t of p.threads) {
      const r = p.regions.find((x) => x.name === t.stack);
      if (!r || t.sp < r.start || t.sp > r.end)
        problems.push(`线程 ${t.tid} 的栈指针不在它的栈 ${t.stack} 内`);
    }
  }
  counted.forEach((n, pfn) => {
    if (n !== s.frames[pfn])
      problems.push(`页框 ${pfn} 的引用计数是 ${s.frames[pfn]}，但有 ${n} 处映射或持有`);
  });
  return problems;
}
