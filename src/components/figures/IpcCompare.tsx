/**
 * <IpcCompare />: the book's IPC comparison table, generated from src/sim/ipc (sortable, filterable,
 * recomputed for the message size and count the reader types), and one transfer animated step by
 * step for a chosen mechanism: copies through the kernel buffer, a writer blocking on a full pipe,
 * shared memory with the semaphores' P and V, a signal that carries no data.
 */
import type { JSX } from 'preact';
import { useComputed, useSignal } from '@preact/signals';
import { z } from 'zod/mini';
import {
  MECHANISM_IDS,
  compareMechanisms,
  describeTransfer,
  formatBytes,
  getMechanism,
  initTransfer,
  recordTransfer,
} from '../../sim/ipc/index.ts';
import { intIn, parseScenario } from '../../sim/scenario.ts';
import { FigureFrame } from './parts/FigureFrame.tsx';
import { usePlayer } from './parts/use-player.ts';
import { useFigureUrlState } from './parts/use-figure-url-state.ts';
import { IpcControls, MAX_COUNT, MAX_SIZE } from './parts/ipc-controls.tsx';
import { IpcStyles } from './parts/ipc-styles.tsx';
import {
  IPC_COLUMNS,
  IpcTable,
  filterIpcRows,
  sortIpcRows,
  type IpcSortKey,
  type SortDir,
} from './parts/ipc-table.tsx';
import { IpcTransfer } from './parts/ipc-transfer.tsx';
import { IpcPicker, MAX_TRANSFER } from './parts/ipc-picker.tsx';

const FIGURE_ID = 'ipc-compare';
const SORT_KEYS = IPC_COLUMNS.map((c) => c.key) as [IpcSortKey, ...IpcSortKey[]];

/** Props from MDX, validated at run time (bad props show the frame's error box). */
export const ipcComparePropsSchema = z.object({
  /** Bytes per message in the table. Default: 100 (the first ipc-bench column). */
  size: z._default(intIn(1, MAX_SIZE), 100),
  /** Messages in the table. Default: 1000. */
  count: z._default(intIn(1, MAX_COUNT), 1000),
  /** How shared memory waits. Default: semaphore. */
  sync: z._default(z.enum(['semaphore', 'spin']), 'semaphore'),
  /** Mechanism of the animated transfer. Default: pipe. */
  mechanism: z._default(z.enum(MECHANISM_IDS), 'pipe'),
  /** Bytes of the animated message. Default: 100,000 (more than a pipe holds). */
  transferSize: z._default(intIn(1, MAX_TRANSFER), 100_000),
  /** Shared region size in the animation. Default: 65,536 B, as large as a pipe. */
  region: z._default(intIn(64, MAX_TRANSFER), 65_536),
  /** Column the table is sorted by; absent: the book's order. */
  sort: z.optional(z.enum(SORT_KEYS)),
  /** Sort direction. Default: ascending. */
  dir: z._default(z.enum(['ascending', 'descending']), 'ascending'),
  /** First step of the animation. Default: 0. */
  step: z._default(z.int().check(z.minimum(0)), 0),
  /** Title above the figure. */
  title: z._default(z.string().check(z.minLength(1)), '进程间通信方式对比'),
});

/** Props of {@link IpcCompare} as written in MDX. */
export type IpcCompareProps = z.input<typeof ipcComparePropsSchema>;
type Options = z.output<typeof ipcComparePropsSchema>;

const urlSchema = z.object({
  size: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_SIZE))),
  count: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_COUNT))),
  sync: z.optional(z.enum(['semaphore', 'spin'])),
  mech: z.optional(z.enum(MECHANISM_IDS)),
  xfer: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_TRANSFER))),
  sort: z.optional(z.enum(SORT_KEYS)),
  dir: z.optional(z.enum(['ascending', 'descending'])),
  q: z.optional(z.string().check(z.maxLength(40))),
  kin: z.optional(z.enum(['0', '1'])),
  hosts: z.optional(z.enum(['0', '1'])),
  step: z.optional(z.string()),
});

const DEFAULTS = ipcComparePropsSchema.parse({});

/** The animated transfer for the options: shared memory uses the `region` size. */
export function recordFigureTransfer(o: Pick<Options, 'mechanism' | 'transferSize' | 'region'>) {
  const shared = getMechanism(o.mechanism).path === 'shared-pages';
  return recordTransfer(
    initTransfer(o.mechanism, { size: o.transferSize, ...(shared ? { capacity: o.region } : {}) }),
  );
}

/** The island. */
export default function IpcCompare(props: IpcCompareProps): JSX.Element {
  const parsed = parseScenario(ipcComparePropsSchema, props, 'MDX 属性');
  const init = parsed.ok ? parsed.value : DEFAULTS;
  const options = useSignal<Options>(init);
  const filter = useSignal({ text: '', kinship: false, hosts: false });

  const rows = useComputed(() => {
    const o = options.value;
    return compareMechanisms({ size: o.size, count: o.count, shmSync: o.sync });
  });
  const shown = useComputed(() => {
    const o = options.value;
    const kept = filterIpcRows(rows.value, filter.value);
    return o.sort ? sortIpcRows(kept, o.sort, o.dir) : kept;
  });
  const recording = useComputed(() => recordFigureTransfer(options.value));
  const stepCount = useComputed(() => recording.value.steps.length);
  const player = usePlayer(stepCount, { initialStep: init.step });

  const urlError = useFigureUrlState(
    FIGURE_ID,
    urlSchema,
    (v) => {
      const o = options.peek();
      options.value = {
        ...o,
        size: v.size ?? o.size,
        count: v.count ?? o.count,
        sync: v.sync ?? o.sync,
        mechanism: v.mech ?? o.mechanism,
        transferSize: v.xfer ?? o.transferSize,
        sort: v.sort ?? o.sort,
        dir: v.dir ?? o.dir,
      };
      filter.value = { text: v.q ?? '', kinship: v.kin === '1', hosts: v.hosts === '1' };
    },
    { player, last: () => recording.peek().steps.length },
  );

  const narration = useComputed(() => {
    const step = player.step.value;
    const o = options.value;
    const rec = recording.value;
    if (step === 0) {
      const m = getMechanism(o.mechanism);
      return m.path === 'none'
        ? `初始状态：写进程要用「${m.name}」通知读进程；信号只带编号，不带数据。`
        : `初始状态：写进程要经「${m.name}」把 ${formatBytes(o.transferSize)} 交给读进程。`;
    }
    return (rec.steps[step - 1] ?? []).map(describeTransfer).join('');
  });

  const o = options.value;
  const rec = recording.value;
  const step = Math.min(player.step.value, rec.steps.length);
  const caption = `按每条 ${formatBytes(o.size)}、共 ${o.count.toLocaleString('en-US')} 条消息估算（模型常数按 ipc-bench 校准；共享内存${o.sync === 'spin' ? '自旋等待' : '用信号量'}）。点击列标题排序。`;
  const error = parsed.ok ? urlError.value : parsed.error.message;

  return (
    <FigureFrame
      id={FIGURE_ID}
      title={init.title}
      narration={narration}
      error={error}
      player={player}
      params={() => {
        const c = options.peek();
        const f = filter.peek();
        return {
          size: String(c.size),
          count: String(c.count),
          sync: c.sync,
          mech: c.mechanism,
          xfer: String(c.transferSize),
          ...(c.sort ? { sort: c.sort, dir: c.dir } : {}),
          ...(f.text ? { q: f.text } : {}),
          ...(f.kinship ? { kin: '1' } : {}),
          ...(f.hosts ? { hosts: '1' } : {}),
        };
      }}
      minHeight="30rem"
    >
      <IpcStyles />
      <div class="ipc-fig">
        <IpcControls
          size={o.size}
          count={o.count}
          sync={o.sync}
          filter={filter.value}
          onInputs={(c) => (options.value = { ...options.peek(), ...c })}
          onFilter={(c) => (filter.value = { ...filter.peek(), ...c })}
        />
        <IpcTable
          rows={shown.value}
          sortKey={o.sort ?? 'name'}
          sortDir={o.sort ? o.dir : 'ascending'}
          sorted={o.sort !== undefined}
          caption={caption}
          onSort={(key) => {
            const c = options.peek();
            const dir: SortDir = c.sort === key && c.dir === 'ascending' ? 'descending' : 'ascending';
            options.value = { ...c, sort: key, dir };
          }}
        />
        <IpcPicker
          mechanism={o.mechanism}
          size={o.transferSize}
          onChange={(c) => {
            const cur = options.peek();
            options.value = {
              ...cur,
              mechanism: c.mechanism ?? cur.mechanism,
              transferSize: c.size ?? cur.transferSize,
            };
            player.reset();
          }}
        />
        <IpcTransfer state={rec.states[step]!} trace={step > 0 ? rec.steps[step - 1]! : []} />
      </div>
    </FigureFrame>
  );
}

export { IpcCompare };
