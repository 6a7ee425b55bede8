/**
 * The event buttons of the memory-layout figure, one group per process, plus the PIE and ASLR
 * switches. Buttons only report the chosen action; the island appends it to the timeline.
 */
import type { JSX } from 'preact';
import type { TokenAction } from '../../../sim/address-space/index.ts';

/** What the controls need to know about one process. */
export interface ControlProcess {
  pid: number;
  hasHeap: boolean;
  hasShm: boolean;
  /** Every thread with the number of frames on its stack (return needs one); the first is the main thread. */
  threads: readonly { tid: number; depth: number }[];
}

/** Props of {@link MemoryControls}. */
export interface MemoryControlsProps {
  processes: readonly ControlProcess[];
  canFork: boolean;
  pie: boolean;
  aslr: boolean;
  /** An action of the process, or of one of its other threads when `tid` is given. */
  onAct(action: TokenAction, pid: number, tid?: number): void;
  onConfig(change: { pie?: boolean; aslr?: boolean }): void;
}

/** Button labels, in Chinese. */
export const ACTION_LABELS: Record<TokenAction, string> = {
  m: 'malloc 64 KiB',
  M: 'malloc 1 MiB',
  c: '调用函数',
  r: '函数返回',
  t: '创建线程',
  f: 'fork',
  w: '写堆',
  s: '映射共享内存',
  W: '写共享内存',
  e: 'exec',
  x: '退出',
};

const ORDER: TokenAction[] = ['m', 'M', 'c', 'r', 't', 'f', 'w', 's', 'W', 'e', 'x'];
/** What another thread can do on its own: malloc (from its arena), call and return on its stack. */
const THREAD_ORDER: TokenAction[] = ['m', 'c', 'r'];

/** The button rows and switches. */
export function MemoryControls(props: MemoryControlsProps): JSX.Element {
  const disabled = (a: TokenAction, p: ControlProcess): boolean =>
    (a === 'f' && !props.canFork) ||
    (a === 'w' && !p.hasHeap) ||
    (a === 's' && p.hasShm) ||
    (a === 'W' && !p.hasShm) ||
    (a === 'r' && (p.threads[0]?.depth ?? 0) === 0);
  return (
    <div
      class="memory-controls"
      data-figure-controls
      style={{ display: 'flex', flexDirection: 'column', gap: '0.35rem', margin: '0.5rem 0' }}
    >
      {props.processes.map((p) => (
        <div
          key={p.pid}
          role="group"
          aria-label={`进程 ${p.pid} 的操作`}
          style={{ display: 'flex', flexWrap: 'wrap', gap: '0.3rem', alignItems: 'center' }}
        >
          <span style={{ fontWeight: 600, minWidth: '5.5em' }}>进程 {p.pid}</span>
          {ORDER.map((a) => (
            <button
              key={a}
              type="button"
              data-action={a}
              data-pid={p.pid}
              disabled={disabled(a, p)}
              onClick={() => props.onAct(a, p.pid)}
            >
              {ACTION_LABELS[a]}
            </button>
          ))}
          {p.threads.slice(1).map((t) => (
            <span
              key={t.tid}
              role="group"
              aria-label={`线程 ${t.tid} 的操作`}
              style={{ display: 'inline-flex', flexWrap: 'wrap', gap: '0.3rem', alignItems: 'center' }}
            >
              <span>线程 {t.tid}：</span>
              {THREAD_ORDER.map((a) => (
                <button
                  key={a}
                  type="button"
                  data-action={a}
                  data-pid={p.pid}
                  data-tid={t.tid}
                  disabled={a === 'r' && t.depth === 0}
                  onClick={() => props.onAct(a, p.pid, t.tid)}
                >
                  {ACTION_LABELS[a]}
                </button>
              ))}
            </span>
          ))}
        </div>
      ))}
      {props.processes.length === 0 && <p style={{ margin: 0 }}>所有进程都已结束。后退一步或重置。</p>}
      <div style={{ display: 'flex', gap: '1rem' }}>
        <label>
          <input
            type="checkbox"
            checked={props.pie}
            onChange={(e) => props.onConfig({ pie: e.currentTarget.checked })}
          />{' '}
          PIE（位置无关可执行文件）
        </label>
        <label>
          <input
            type="checkbox"
            checked={props.aslr}
            onChange={(e) => props.onConfig({ aslr: e.currentTarget.checked })}
          />{' '}
          ASLR（地址随机化）
        </label>
      </div>
    </div>
  );
}
