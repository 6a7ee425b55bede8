/**
 * One process of the memory-layout figure as an SVG column: its regions at their places on the
 * broken scale, coloured by role, dashed while copy-on-write, with each thread's stack pointer.
 * Every region is focusable; hover or focus reports it through `onHover`.
 */
import type { JSX } from 'preact';
import { formatApproxSize } from '../../../sim/address-space/describe.ts';
import type { RegionInfo, RegionKind } from '../../../sim/address-space/index.ts';
import type { MemoryScale } from './scale.tsx';
import { regionKey } from './view-model.ts';

/** Fill colours by region role (readable on light and dark backgrounds at 35% opacity). */
export const REGION_COLORS: Record<RegionKind, string> = {
  text: '#3f74c9',
  rodata: '#6f8fbf',
  data: '#2f9a6f',
  bss: '#5fb37d',
  heap: '#e0832a',
  'lib-text': '#5a62c9',
  'lib-data': '#3d9a9a',
  'anon-mmap': '#c49a1c',
  arena: '#d9a05b',
  'arena-reserve': '#8a8a8a',
  'file-mmap': '#8d6cc4',
  shm: '#b04fb0',
  'thread-stack': '#d0555c',
  guard: '#8a8a8a',
  stack: '#c9383f',
};

/** A Chinese label for a region name: `stack:1001` → `线程 1001 栈`. */
export function regionLabel(name: string): string {
  const [head, tail] = name.split(/:(.*)/s) as [string, string | undefined];
  const fixed: Record<string, string> = {
    text: '代码 .text',
    rodata: '只读数据 .rodata',
    data: '数据 .data',
    bss: '未初始化数据 .bss',
    heap: '堆 [heap]',
    stack: '主线程栈 [stack]',
  };
  if (tail === undefined) return fixed[head] ?? head;
  if (head === 'stack') return `线程 ${tail} 栈`;
  if (head === 'guard') return `线程 ${tail} 的保护页`;
  if (head === 'arena') return `线程 ${tail} 的 arena`;
  if (head === 'arena-reserve') return `线程 ${tail} 的 arena 预留`;
  if (head === 'mmap') return `malloc 块 #${tail}（mmap）`;
  if (head === 'shm') return `共享内存 ${tail}`;
  if (head === 'file') return `文件映射 ${tail}`;
  return `${head} ${tail === 'text' ? '代码' : '数据'}`;
}

export { regionKey } from './view-model.ts';

/** Props of {@link MemoryColumn}. */
export interface MemoryColumnProps {
  pid: number;
  title: string;
  x: number;
  width: number;
  regions: readonly RegionInfo[];
  threads: readonly { tid: number; sp: number }[];
  scale: MemoryScale;
  hovered: string | null;
  onHover(key: string | null): void;
  /** Label size in SVG units. Default: 10. */
  fontSize?: number;
  /**
   * On a slide: labels without “· 写时复制” (the dashed border and the legend say it; the
   * region's accessible name and 显示全部细节 keep the words), so they fit a narrower column.
   */
  slide?: boolean;
}

/** One process column. */
export function MemoryColumn(props: MemoryColumnProps): JSX.Element {
  const { pid, x, width, scale, hovered, onHover } = props;
  const fs = props.fontSize ?? 10;
  return (
    <g class="memory-column" data-pid={pid}>
      <text
        x={x + width / 2}
        y={12}
        text-anchor="middle"
        font-size="12"
        font-weight="600"
        style={{ fill: 'currentColor' }}
      >
        {props.title}
      </text>
      {props.regions.map((r) => {
        const key = regionKey(pid, r.name);
        const top = scale.y(r.end);
        const height = Math.max(2, scale.y(r.start) - top);
        const color = REGION_COLORS[r.kind];
        const active = hovered === key;
        // After fork only the calling thread exists in the child; the other stacks stay mapped.
        const orphan = r.kind === 'thread-stack' && r.thread === undefined;
        const label = regionLabel(r.name) + (orphan ? '（无此线程）' : '');
        const leave = () => onHover(null);
        const cow = r.cow > 0 ? ' · 写时复制' : '';
        const shown = `${label} · ${formatApproxSize(r.size)}`;
        const residentText = `${r.resident} 页`;
        return (
          <g
            key={r.name}
            class="memory-region"
            data-region={r.name}
            data-cow={r.cow > 0 ? 'true' : undefined}
            tabIndex={0}
            role="button"
            // The visible words first and together (WCAG 2.5.3, label in name): on a slide the label has
            // no “写时复制”, so the name says it after them.
            aria-label={
              props.slide
                ? `${shown} ${residentText}${cow}，权限 ${r.perms}`
                : `${shown}${cow} ${residentText}，权限 ${r.perms}`
            }
            onMouseEnter={() => onHover(key)}
            onMouseLeave={leave}
            onFocus={() => onHover(key)}
            onBlur={leave}
            style={{ cursor: 'pointer', outline: 'none' }}
          >
            <rect
              x={x}
              y={top}
              width={width}
              height={height}
              fill={color}
              fill-opacity={active ? 0.6 : 0.3}
              stroke={color}
              stroke-width={active ? 2.5 : 1}
              stroke-dasharray={r.cow > 0 ? '5 3' : undefined}
            />
            {height >= fs + 2 && (
              <text
                x={x + 4}
                y={top + height / 2 + fs * 0.35}
                font-size={fs}
                style={{ fill: 'currentColor' }}
              >
                {props.slide ? shown : shown + cow}
                {r.resident > 0 && (
                  <tspan x={x + width - 4} text-anchor="end" font-size={fs}>
                    {` ${residentText}`}
                  </tspan>
                )}
              </text>
            )}
          </g>
        );
      })}
      {props.threads.map((t) => {
        const y = scale.y(t.sp);
        return (
          <g key={t.tid} class="memory-sp" aria-hidden="true">
            <line x1={x} x2={x + width} y1={y} y2={y} stroke="currentColor" stroke-dasharray="2 2" />
            <path d={`M${x - 7},${y - 4} L${x - 1},${y} L${x - 7},${y + 4} Z`} fill="currentColor" />
          </g>
        );
      })}
    </g>
  );
}
