/**
 * The CPU and the memory it points into, after one step of a switch: mode, current task,
 * general registers, RSP → which stack, CR3 → which page table, what the TLB holds. Rows the
 * step changed are highlighted; arrows follow RSP and CR3.
 */
import type { JSX } from 'preact';
import type { CpuView, SwitchKind } from '../../../sim/context-switch/index.ts';

/** Props of {@link CtxCpu}. */
export interface CtxCpuProps {
  kind: SwitchKind;
  cpu: CpuView;
  changed: readonly (keyof CpuView)[];
}

const STACKS: CpuView['stack'][] = ['A-user', 'A-kernel', 'B-kernel', 'B-user'];

/** Chinese text of each CPU field value. */
export function cpuText(kind: SwitchKind, field: keyof CpuView, cpu: CpuView): string {
  const who = (t: 'A' | 'B') => (kind === 'thread' ? `线程 ${t}` : kind === 'process' ? `进程 ${t}` : t);
  switch (field) {
    case 'mode':
      return cpu.mode === 'user' ? '用户态（特权级 3）' : '内核态（特权级 0）';
    case 'task':
      return who(cpu.task);
    case 'registers':
      return cpu.registers === 'kernel' ? '内核在用（用户值已存入 pt_regs）' : `${who(cpu.registers)} 的值`;
    case 'stack':
      return stackText(kind, cpu.stack);
    case 'cr3':
      return kind === 'thread' ? '本进程的页表（A、B 共用）' : `${who(cpu.cr3)} 的页表`;
    case 'tlb':
      return cpu.tlb === 'A'
        ? kind === 'thread'
          ? '本进程的条目（保留）'
          : `${who('A')} 的条目`
        : cpu.tlb === 'A+B'
          ? 'A、B 的条目（各带 PCID）'
          : '只剩内核全局页';
  }
}

function stackText(kind: SwitchKind, s: CpuView['stack']): string {
  const [t, where] = s.split('-') as ['A' | 'B', 'user' | 'kernel'];
  const who = kind === 'thread' ? `线程 ${t}` : kind === 'process' ? `进程 ${t}` : t;
  return `${who} 的${where === 'user' ? '用户栈' : '内核栈'}`;
}

const ROWS: [keyof CpuView, string][] = [
  ['mode', '特权级'],
  ['task', 'current'],
  ['registers', '通用寄存器'],
  ['stack', 'RSP →'],
  ['cr3', 'CR3 →'],
  ['tlb', 'TLB'],
];

/** The SVG diagram: the CPU on top, the stacks and page tables it can point to below. */
export function CtxCpu({ kind, cpu, changed }: CtxCpuProps): JSX.Element {
  const rowY = (i: number) => 30 + i * 26;
  const usedStacks = kind === 'interrupt' || kind === 'syscall' ? STACKS.slice(0, 2) : STACKS;
  const tables: ('A' | 'B')[] = kind === 'process' ? ['A', 'B'] : ['A'];
  const memTop = 206;
  const box = (i: number) => ({ x: 8 + (i % 2) * 176, y: memTop + 18 + Math.floor(i / 2) * 32 });
  const stackRows = Math.ceil(usedStacks.length / 2);
  const tableBox = (i: number) => box(stackRows * 2 + i);
  const height = tableBox(tables.length - 1).y + 34;
  return (
    <svg
      data-figure-main
      viewBox={`0 0 360 ${height}`}
      role="group"
      aria-label="CPU 寄存器、栈与页表"
      style={{ maxWidth: '480px' }}
    >
      <title>CPU 状态与它指向的内存</title>
      <rect
        x={4}
        y={4}
        width={352}
        height={194}
        rx={6}
        fill="none"
        stroke="currentColor"
        stroke-opacity={0.5}
      />
      <text x={12} y={20} font-size="14" font-weight="700" fill="currentColor">
        CPU
      </text>
      {ROWS.map(([field, label], i) => {
        const hot = changed.includes(field);
        return (
          <g key={field} data-cpu-row={field} data-changed={hot ? 'true' : undefined}>
            <rect
              x={8}
              y={rowY(i)}
              width={344}
              height={24}
              rx={3}
              fill={hot ? 'var(--ff-accent, #4d5ef5)' : 'none'}
              fill-opacity={hot ? 0.18 : 0}
            />
            <text x={14} y={rowY(i) + 16} font-size="13" fill="currentColor" opacity={0.8}>
              {label}
            </text>
            <text x={88} y={rowY(i) + 16} font-size="13" fill="currentColor" font-weight={hot ? 700 : 400}>
              {cpuText(kind, field, cpu)}
            </text>
          </g>
        );
      })}
      <text x={8} y={memTop + 10} font-size="13" fill="currentColor" opacity={0.8}>
        内存：RSP 和 CR3 此刻指向的位置已高亮
      </text>
      {usedStacks.map((s, i) => (
        <MemoryBox
          key={s}
          at={box(i)}
          data={{ 'data-stack': s }}
          active={s === cpu.stack}
          fill="var(--ff-accent, #4d5ef5)"
          label={stackText(kind, s)}
          pointer="RSP"
        />
      ))}
      {tables.map((t, i) => (
        <MemoryBox
          key={t}
          at={tableBox(i)}
          data={{ 'data-pgd': t }}
          active={t === cpu.cr3}
          fill="#2ba37a"
          label={kind === 'process' ? `进程 ${t} 的页表` : '本进程的页表'}
          pointer="CR3"
        />
      ))}
    </svg>
  );
}

/** One block of memory (a stack or a page table), highlighted while `pointer` (RSP or CR3) points at it. */
function MemoryBox(props: {
  at: { x: number; y: number };
  data: Record<string, string | number>;
  active: boolean;
  fill: string;
  label: string;
  pointer: string;
}): JSX.Element {
  const { at, active } = props;
  return (
    <g {...props.data} data-active={active ? 'true' : undefined}>
      <rect
        x={at.x}
        y={at.y}
        width={168}
        height={26}
        rx={3}
        fill={active ? props.fill : 'none'}
        fill-opacity={0.2}
        stroke="currentColor"
        stroke-opacity={active ? 0.9 : 0.4}
      />
      <text x={at.x + 6} y={at.y + 17} font-size="13" fill="currentColor" font-weight={active ? 700 : 400}>
        {props.label}
        {active ? ` ← ${props.pointer}` : ''}
      </text>
    </g>
  );
}
