/**
 * One transfer drawn as three boxes: the writer's user buffer, the kernel buffer (or the shared
 * region with its two semaphores, or the pending signal) and the reader's user buffer. The arrows
 * light up for what the current step did; a sleeping process is drawn dashed with "阻塞".
 */
import type { JSX } from 'preact';
import { getMechanism } from '../../../sim/ipc/mechanisms.ts';
import type { TransferState, TransferTrace } from '../../../sim/ipc/model.ts';
import { bufferedBytes, deliveredBytes } from '../../../sim/ipc/segments.ts';
import { formatBytes } from '../../../sim/format.ts';

/** Props of {@link IpcTransfer}. */
export interface IpcTransferProps {
  /** The state after the current step. */
  state: TransferState;
  /** What the current step did (empty at step 0). */
  trace: readonly TransferTrace[];
  /** The width available in pixels (null on the server). */
  width?: number | null | undefined;
}

/**
 * Narrowest the drawing may be shown, in pixels: its smallest labels (12 units) stay at 11 px or
 * more; a narrower screen scrolls the drawing sideways inside its own box, never the page.
 */
export const TRANSFER_MIN_PX = 660;

/** Below this width (phones) the drawing keeps {@link TRANSFER_MIN_PX}; wider pages scale it. */
export const NARROW_PX = 560;

/** The drawing's size. */
export const TRANSFER_VIEW = { width: 720, height: 210 } as const;

const BOX = { w: 180, h: 120, y: 40 };
const X = { writer: 10, middle: 270, reader: 530 };

function Bar(p: { x: number; y: number; w: number; part: number; label: string; kind: string }): JSX.Element {
  const fill = Math.max(0, Math.min(1, p.part));
  return (
    <g data-bar={p.kind}>
      <rect x={p.x} y={p.y} width={p.w} height={18} class="ipc-bar-bg" rx={3} />
      <rect x={p.x} y={p.y} width={p.w * fill} height={18} class={`ipc-bar ipc-bar--${p.kind}`} rx={3} />
      <text x={p.x + p.w / 2} y={p.y + 34} text-anchor="middle" class="ipc-small">
        {p.label}
      </text>
    </g>
  );
}

function Process(p: { x: number; title: string; blocked: boolean; children: JSX.Element }): JSX.Element {
  return (
    <g data-process={p.title} data-blocked={p.blocked ? 'true' : 'false'}>
      <rect
        x={p.x}
        y={BOX.y}
        width={BOX.w}
        height={BOX.h}
        rx={8}
        class={p.blocked ? 'ipc-box ipc-box--blocked' : 'ipc-box'}
      />
      <text x={p.x + 10} y={BOX.y + 22} class="ipc-title">
        {p.title}
      </text>
      <text
        x={p.x + BOX.w - 10}
        y={BOX.y + 22}
        text-anchor="end"
        class={p.blocked ? 'ipc-blocked' : 'ipc-small'}
      >
        {p.blocked ? '阻塞' : '运行'}
      </text>
      {p.children}
    </g>
  );
}

function Arrow(p: { x1: number; x2: number; active: boolean; label: string }): JSX.Element {
  const y = BOX.y + BOX.h / 2;
  return (
    <g
      class={p.active ? 'ipc-arrow ipc-arrow--active' : 'ipc-arrow'}
      data-active={p.active ? 'true' : 'false'}
    >
      <line x1={p.x1} y1={y} x2={p.x2 - 8} y2={y} />
      <path d={`M ${p.x2} ${y} l -10 -6 v 12 z`} />
      <text x={(p.x1 + p.x2) / 2} y={y - 10} text-anchor="middle" class="ipc-small">
        {p.label}
      </text>
    </g>
  );
}

/** The SVG of one transfer at one step. */
export function IpcTransfer(p: IpcTransferProps): JSX.Element {
  const s = p.state;
  const m = getMechanism(s.mechanism);
  const inPart = p.trace.some(
    (e) => (e.kind === 'copy' && e.to === 'kernel') || e.kind === 'shm-write' || e.kind === 'signal-send',
  );
  const outPart = p.trace.some(
    (e) =>
      (e.kind === 'copy' && e.to === 'reader-user') || e.kind === 'shm-read' || e.kind === 'signal-deliver',
  );
  const buffered = bufferedBytes(s);
  const delivered = deliveredBytes(s);
  const isShared = m.path === 'shared-pages';
  const isSignal = m.path === 'none';
  const inLabel = isSignal ? 'kill()' : isShared ? '直接写入' : '拷贝进内核';
  const outLabel = isSignal ? '递送' : isShared ? '直接读取' : '拷贝给读者';
  const inner = BOX.w - 20;
  return (
    <svg
      data-figure-main
      viewBox={`0 0 ${TRANSFER_VIEW.width} ${TRANSFER_VIEW.height}`}
      role="img"
      aria-label={`${m.name}：已写 ${formatBytes(s.written)}，在途 ${formatBytes(buffered)}，已收到 ${formatBytes(delivered)}`}
      class="ipc-transfer"
      style={p.width != null && p.width < NARROW_PX ? { minWidth: `${TRANSFER_MIN_PX}px` } : undefined}
    >
      <text x={X.writer} y={22} class="ipc-small">
        用户态
      </text>
      <text x={X.middle} y={22} class="ipc-small">
        {isShared ? '两个进程都映射的同一段物理内存' : isSignal ? '内核' : '内核态'}
      </text>
      <text x={X.reader} y={22} class="ipc-small">
        用户态
      </text>
      <Process x={X.writer} title="写进程" blocked={s.writerBlocked}>
        {isSignal ? (
          <text x={X.writer + 10} y={BOX.y + 60} class="ipc-small">
            {s.signalPending || s.signalDelivered ? '信号已发出' : '准备发信号'}
          </text>
        ) : (
          <Bar
            x={X.writer + 10}
            y={BOX.y + 50}
            w={inner}
            part={(s.size - s.written) / s.size}
            label={`待写 ${formatBytes(s.size - s.written)}`}
            kind="writer"
          />
        )}
      </Process>
      <Arrow x1={X.writer + BOX.w + 4} x2={X.middle - 4} active={inPart} label={inLabel} />
      <g data-middle={m.path}>
        <rect x={X.middle} y={BOX.y} width={BOX.w} height={BOX.h} rx={8} class="ipc-box ipc-box--kernel" />
        <text x={X.middle + 10} y={BOX.y + 22} class="ipc-title">
          {isShared ? '共享区域' : isSignal ? '挂起信号' : '内核缓冲区'}
        </text>
        {isSignal ? (
          <text
            x={X.middle + 10}
            y={BOX.y + 60}
            class="ipc-small"
            data-pending={s.signalPending ? 'true' : 'false'}
          >
            {s.signalPending ? '有 1 个挂起信号（无数据）' : '无挂起信号'}
          </text>
        ) : (
          <Bar
            x={X.middle + 10}
            y={BOX.y + 40}
            w={inner}
            part={buffered / s.capacity}
            label={`${formatBytes(buffered)} / ${formatBytes(s.capacity)}`}
            kind="kernel"
          />
        )}
        {isShared && (
          <text x={X.middle + 10} y={BOX.y + 108} class="ipc-small" data-sems>
            信号量 full = {s.sems.full}，empty = {s.sems.empty}
          </text>
        )}
      </g>
      <Arrow x1={X.middle + BOX.w + 4} x2={X.reader - 4} active={outPart} label={outLabel} />
      <Process x={X.reader} title="读进程" blocked={s.readerBlocked}>
        {isSignal ? (
          <text x={X.reader + 10} y={BOX.y + 60} class="ipc-small">
            {s.signalDelivered ? '处理函数已运行' : '等待信号'}
          </text>
        ) : (
          <Bar
            x={X.reader + 10}
            y={BOX.y + 50}
            w={inner}
            part={delivered / s.size}
            label={`已收到 ${formatBytes(delivered)}`}
            kind="reader"
          />
        )}
      </Process>
      <text x={TRANSFER_VIEW.width / 2} y={TRANSFER_VIEW.height - 12} text-anchor="middle" class="ipc-small">
        {`系统调用 ${s.counters.syscalls} 次 · 内核拷贝 ${formatBytes(s.counters.bytesCopied)} · 写者阻塞 ${s.counters.writerBlocks} 次 · 唤醒 ${s.counters.wakeups} 次`}
      </text>
    </svg>
  );
}
