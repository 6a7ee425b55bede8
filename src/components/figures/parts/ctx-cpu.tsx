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

/** The SVG diagram. */
export function CtxCpu({ kind, cpu, changed }: CtxCpuProps): JSX.Element {
  const rowY = (i: number) => 34 + i * 30;
  const stackY = (i: number) => 24 + i * 34;
  const usedStacks = kind === 'interrupt' || kind === 'syscall' ? STACKS.slice(0, 2) : STACKS;
  const tables: ('A' | 'B')[] = kind === 'process' ? ['A', 'B'] : ['A'];
  const tableY = (t: 'A' | 'B') => 24 + 4 * 34 + 10 + (t === 'A' ? 0 : 30);
  const sIdx = usedStacks.indexOf(cpu.stack);
  return (
    <svg
      data-figure-main
      viewBox="0 0 660 250"
      role="group"
      aria-label="CPU 寄存器、栈与页表"
      style={{ maxWidth: '720px' }}
    >
      <title>CPU 状态与它指向的内存</title>
      <defs>
        <marker
          id="ctx-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0 0 L10 5 L0 10 z" fill="currentColor" />
        </marker>
      </defs>
      <rect
        x={6}
        y={8}
        width={340}
        height={200}
        rx={6}
        fill="none"
        stroke="currentColor"
        stroke-opacity={0.5}
      />
      <text x={14} y={24} font-size="12" font-weight="700" fill="currentColor">
        CPU
      </text>
      {ROWS.map(([field, label], i) => {
        const hot = changed.includes(field);
        return (
          <g key={field} data-cpu-row={field} data-changed={hot ? 'true' : undefined}>
            <rect
              x={12}
              y={rowY(i) - 4}
              width={328}
              height={26}
              rx={3}
              fill={hot ? 'var(--ff-accent, #4d5ef5)' : 'none'}
              fill-opacity={hot ? 0.18 : 0}
            />
            <text x={18} y={rowY(i) + 13} font-size="11" fill="currentColor" opacity={0.8}>
              {label}
            </text>
            <text x={100} y={rowY(i) + 13} font-size="11" fill="currentColor" font-weight={hot ? 700 : 400}>
              {cpuText(kind, field, cpu)}
            </text>
          </g>
        );
      })}
      {usedStacks.map((s, i) => (
        <g key={s} data-stack={s} data-active={s === cpu.stack ? 'true' : undefined}>
          <rect
            x={430}
            y={stackY(i)}
            width={220}
            height={26}
            rx={3}
            fill={s === cpu.stack ? 'var(--ff-accent, #4d5ef5)' : 'none'}
            fill-opacity={0.2}
            stroke="currentColor"
            stroke-opacity={0.5}
          />
          <text x={438} y={stackY(i) + 17} font-size="11" fill="currentColor">
            {stackText(kind, s)}
          </text>
        </g>
      ))}
      {tables.map((t) => (
        <g key={t} data-pgd={t} data-active={t === cpu.cr3 ? 'true' : undefined}>
          <rect
            x={430}
            y={tableY(t)}
            width={220}
            height={24}
            rx={3}
            fill={t === cpu.cr3 ? '#2ba37a' : 'none'}
            fill-opacity={0.2}
            stroke="currentColor"
            stroke-opacity={0.5}
          />
          <text x={438} y={tableY(t) + 16} font-size="11" fill="currentColor">
            {kind === 'process' ? `进程 ${t} 的页表（pgd）` : '本进程的页表（pgd）'}
          </text>
        </g>
      ))}
      {sIdx >= 0 && (
        <path
          d={`M340 ${rowY(3) + 9} C 385 ${rowY(3) + 9}, 385 ${stackY(sIdx) + 13}, 428 ${stackY(sIdx) + 13}`}
          fill="none"
          stroke="currentColor"
          marker-end="url(#ctx-arrow)"
        />
      )}
      <path
        d={`M340 ${rowY(4) + 9} C 390 ${rowY(4) + 9}, 390 ${tableY(cpu.cr3) + 12}, 428 ${tableY(cpu.cr3) + 12}`}
        fill="none"
        stroke="#2ba37a"
        marker-end="url(#ctx-arrow)"
      />
    </svg>
  );
}
