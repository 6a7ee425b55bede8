import type { CpuView, CtxStep, SwitchKind } from './model.ts';

/**
 * The ordered steps of each kind of switch on x86-64 Linux, from task A
 * running in user mode to whoever runs next. Sources: the notes (三步：切换页目录、
 * 切换内核栈、切换硬件上下文) and Linux's sources named below.
 *
 * Two facts that older textbooks get wrong:
 * - Since 4.15 `TSS.sp0` points to a per-CPU entry (trampoline) stack and is not
 *   changed per task; the current task's kernel stack top is the per-CPU variable
 *   `cpu_current_top_of_stack`, which `__switch_to()` writes, and entry code reads it
 *   (`entry_SYSCALL_64` directly, interrupts through `sync_regs()`).
 * - Since 5.2 `__switch_to()` saves the old task's FPU registers but does not load
 *   the new task's: it sets `TIF_NEED_FPU_LOAD`, and the return to user mode loads
 *   them (`switch_fpu_return()`).
 *
 * @see https://github.com/torvalds/linux/blob/master/arch/x86/kernel/process_64.c (`__switch_to`)
 * @see https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/switch_to.h (`update_task_stack`: "sp0 always points to the entry trampoline stack")
 * @see https://github.com/torvalds/linux/blob/master/arch/x86/kernel/cpu/common.c (`cpu_init`: `load_sp0(cpu_entry_stack(cpu) + 1)`)
 * @see https://github.com/torvalds/linux/blob/master/arch/x86/entry/entry_64.S (`entry_SYSCALL_64`)
 * @see https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/fpu/sched.h (`switch_fpu`, `TIF_NEED_FPU_LOAD`)
 * @see https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/idtentry.h (`sysvec_apic_timer_interrupt`)
 * @see https://github.com/torvalds/linux/blob/master/kernel/sched/core.c (`context_switch`)
 * @see https://github.com/torvalds/linux/blob/master/arch/x86/mm/tlb.c (`switch_mm_irqs_off`)
 */

const start: CpuView = { mode: 'user', task: 'A', registers: 'A', stack: 'A-user', cr3: 'A', tlb: 'A' };

function running(): CtxStep {
  return {
    id: 'running',
    title: 'A 在用户态运行',
    detail: '寄存器里是 A 的值，RSP 指向 A 的用户栈，CR3 指向 A 的页表，TLB 里是 A 的条目。',
    where: '用户程序',
    layer: null,
    saves: [],
    restores: [],
    cpu: start,
  };
}

function enter(trigger: 'interrupt' | 'syscall' | 'schedule'): CtxStep {
  const how =
    trigger === 'syscall'
      ? 'syscall 指令把返回地址存进 RCX、RFLAGS 存进 R11，CPU 进入特权级 0；入口代码把 RSP 换成每 CPU 变量 cpu_current_top_of_stack 记着的 A 的内核栈顶'
      : 'CPU 响应中断，进入特权级 0：从 TSS.sp0 取本 CPU 固定的入口栈，把 SS、RSP、RFLAGS、CS、RIP 压在上面；入口代码再把这些值搬到 cpu_current_top_of_stack 指向的 A 的内核栈上';
  return {
    id: 'enter-kernel',
    title: trigger === 'syscall' ? '系统调用：进入内核态' : '中断：进入内核态',
    detail: `${how}。${trigger === 'schedule' ? '（时钟中断或阻塞的系统调用让 A 进入内核，调度从这里开始。）' : ''}`,
    where:
      trigger === 'syscall'
        ? 'syscall → entry_SYSCALL_64'
        : trigger === 'schedule'
          ? '本地 APIC 时钟中断 → asm_sysvec_apic_timer_interrupt'
          : '中断门 → asm_common_interrupt',
    layer: 'user-level',
    saves:
      trigger === 'syscall'
        ? ['用户 RIP（在 RCX）', 'RFLAGS（在 R11）', '用户 RSP']
        : ['SS', 'RSP', 'RFLAGS', 'CS', 'RIP'],
    restores:
      trigger === 'syscall'
        ? ['A 的内核栈顶（cpu_current_top_of_stack）']
        : ['入口栈（TSS.sp0，每 CPU 固定）', 'A 的内核栈顶（cpu_current_top_of_stack）'],
    cpu: { ...start, mode: 'kernel', stack: 'A-kernel' },
  };
}

function saveRegs(): CtxStep {
  return {
    id: 'save-registers',
    title: '保存用户寄存器',
    detail: '入口代码把其余通用寄存器压进 A 内核栈顶的 pt_regs：这是 A 回到用户态时要恢复的寄存器上下文。',
    where: 'PUSH_AND_CLEAR_REGS（entry_64.S）',
    layer: 'register',
    saves: ['RAX…R15 → A 的 pt_regs'],
    restores: [],
    cpu: { ...start, mode: 'kernel', stack: 'A-kernel', registers: 'kernel' },
  };
}

function pick(thread: boolean): CtxStep {
  return {
    id: 'pick-next',
    title: '调度器选中 B',
    detail: `schedule() 在运行队列里挑出下一个任务 B（${thread ? '与 A 同属一个进程，共用 mm_struct' : '另一个进程，有自己的 mm_struct'}）。`,
    where: 'schedule() → pick_next_task()',
    layer: 'system-level',
    saves: [],
    restores: ['B 的 task_struct'],
    cpu: { ...start, mode: 'kernel', stack: 'A-kernel', registers: 'kernel' },
  };
}

function switchMm(thread: boolean, pcid: boolean): CtxStep {
  const base: CpuView = { ...start, mode: 'kernel', stack: 'A-kernel', registers: 'kernel' };
  if (thread) {
    return {
      id: 'switch-mm',
      title: '切换页表：跳过',
      detail: 'A 和 B 的 mm_struct 相同，switch_mm_irqs_off 直接返回：不写 CR3，TLB 原样保留。',
      where: 'switch_mm_irqs_off()（arch/x86/mm/tlb.c）',
      layer: 'system-level',
      saves: [],
      restores: [],
      cpu: base,
      skipped: '同一地址空间',
    };
  }
  return {
    id: 'switch-mm',
    title: '切换页表：写 CR3',
    detail: pcid
      ? 'CR3 ← B 的页全局目录（pgd）和 B 的 PCID，第 63 位置 1：不清 TLB，A 的条目带着标签留下。'
      : 'CR3 ← B 的页全局目录（pgd）。没有 PCID，这次写入清掉全部非全局 TLB 条目，只剩内核的全局页。',
    where: 'switch_mm_irqs_off() → load_new_mm_cr3()',
    layer: 'system-level',
    saves: [],
    restores: ['B 的 mm_struct', 'B 的 pgd → CR3'],
    cpu: { ...base, cr3: 'B', tlb: pcid ? 'A+B' : 'B-empty' },
  };
}

function switchTo(thread: boolean, pcid: boolean): CtxStep {
  const tlb = thread ? 'A' : pcid ? 'A+B' : 'B-empty';
  return {
    id: 'switch-stack',
    title: '切换内核栈与被调用者保存寄存器',
    detail:
      '__switch_to_asm 把 A 的 RBX、RBP、R12–R15 压到 A 的内核栈，把 RSP 存进 A 的 task_struct，再装入 B 的 RSP 并弹出 B 的这些寄存器：从此在 B 的内核栈上运行。',
    where: 'switch_to() → __switch_to_asm',
    layer: 'register',
    saves: ['A 的 RBX、RBP、R12–R15', 'A 的 RSP → task_struct.thread.sp'],
    restores: ['B 的 RSP', 'B 的 RBX、RBP、R12–R15'],
    cpu: { mode: 'kernel', task: 'B', registers: 'kernel', stack: 'B-kernel', cr3: thread ? 'A' : 'B', tlb },
  };
}

function switchState(thread: boolean, pcid: boolean): CtxStep {
  const prev = switchTo(thread, pcid).cpu;
  return {
    id: 'switch-state',
    title: '切换其余系统级上下文',
    detail:
      '__switch_to 把 A 还留在 CPU 上的 FPU 寄存器存回 A 的 task_struct，给 B 置上 TIF_NEED_FPU_LOAD（B 的 FPU 状态等返回用户态前再装），换线程局部存储（FS 基址），把 cpu_current_top_of_stack 改成 B 的内核栈顶，current 指向 B。TSS.sp0 不动：它一直指向本 CPU 的入口栈。',
    where: '__switch_to()（arch/x86/kernel/process_64.c）',
    layer: 'system-level',
    saves: ['A 的 FPU 状态', 'A 的 FS 基址'],
    restores: ['B 的 FS 基址', 'cpu_current_top_of_stack ← B 的内核栈顶', 'current ← B'],
    cpu: prev,
  };
}

function back(who: 'A' | 'B', cpuBefore: CpuView, syscall: boolean): CtxStep {
  // Only a task switched in carries TIF_NEED_FPU_LOAD; A after a system call or an
  // interrupt still has its FPU registers on the CPU.
  const fpu = who === 'B';
  return {
    id: 'return-user',
    title: `返回 ${who} 的用户态`,
    detail: `${fpu ? '返回前看到 TIF_NEED_FPU_LOAD，先装入 B 的 FPU 状态；再' : ''}从 ${who} 的 pt_regs 弹出通用寄存器，${syscall ? 'sysret' : 'iret'} 回到用户态：${who} 从上次停下的地方继续。`,
    where: `${fpu ? 'switch_fpu_return()；' : ''}${syscall ? 'entry_SYSCALL_64 → sysretq' : 'swapgs_restore_regs_and_return_to_usermode → iretq'}`,
    layer: 'user-level',
    saves: [],
    restores: [...(fpu ? ['B 的 FPU 状态'] : []), `${who} 的 pt_regs`, '用户 RIP、RSP、RFLAGS'],
    cpu: { ...cpuBefore, mode: 'user', registers: who, stack: `${who}-user` },
  };
}

function handler(syscall: boolean): CtxStep {
  return {
    id: syscall ? 'run-syscall' : 'run-handler',
    title: syscall ? '在 A 的上下文里执行系统调用' : '执行中断处理程序',
    detail: syscall
      ? 'current 仍是 A，地址空间仍是 A 的：内核代码和数据走全局页，TLB 不用刷新。'
      : '处理程序在 A 的内核栈（或中断栈）上运行，不属于任何进程；不换 current，不写 CR3。',
    where: syscall ? 'do_syscall_64() → sys_*' : 'common_interrupt() → 设备的处理函数',
    layer: null,
    saves: [],
    restores: [],
    cpu: { ...start, mode: 'kernel', stack: 'A-kernel', registers: 'kernel' },
  };
}

/** The ordered steps of one kind of switch (step 0 is the moment before). */
export function contextSwitchSteps(kind: SwitchKind, pcid: boolean): CtxStep[] {
  if (kind === 'interrupt' || kind === 'syscall') {
    const s = kind === 'syscall';
    const h = handler(s);
    return [running(), enter(kind), saveRegs(), h, back('A', h.cpu, s)];
  }
  const thread = kind === 'thread';
  const st = switchState(thread, pcid);
  return [
    running(),
    enter('schedule'),
    saveRegs(),
    pick(thread),
    switchMm(thread, pcid),
    switchTo(thread, pcid),
    st,
    back('B', st.cpu, false),
  ];
}
