/**
 * <IpcCompare />: the book's IPC comparison table, generated from src/sim/ipc (sortable, filterable,
 * recomputed for the message size and count the reader types), and one transfer animated step by
 * step for a chosen mechanism: copies through the kernel buffer, a writer blocking on a full pipe,
 * shared memory with the semaphores' P and V, a signal that carries no data. A thin view over
 * view-model.ts.
 */
import type { JSX } from 'preact';
import { useComputed } from '@preact/signals';
import { FigureFrame, frameProps } from '../frame/FigureFrame.tsx';
import { useFigure } from '../frame/use-figure.ts';
import type { FrameProps } from '../frame/options.ts';
import { useWidth } from '../frame/use-width.ts';
import { IpcControls } from './controls.tsx';
import { IpcStyles } from './styles.tsx';
import { IpcTable, type SortDir } from './table.tsx';
import { IpcTransfer } from './transfer.tsx';
import { IpcPicker } from './picker.tsx';
import { ipcDefinition } from './definition.ts';
import { sortKeyOf, type IpcOptions } from './options.ts';
import { ipcCaption, ipcNarration, ipcRows, recordFigureTransfer, shownRows } from './view-model.ts';

/** Props of {@link IpcCompare} as written in MDX (every option of options.ts, plus `title`). */
export type IpcCompareProps = Partial<IpcOptions> & FrameProps;

/** The island. */
export default function IpcCompare(props: IpcCompareProps): JSX.Element {
  const fig = useFigure({ ...ipcDefinition, props });
  const [ref, width] = useWidth<HTMLDivElement>();
  const rows = useComputed(() => ipcRows(fig.values.value));
  const shown = useComputed(() => shownRows(fig.values.value, rows.value));
  const recording = useComputed(() => recordFigureTransfer(fig.values.value));
  const narration = useComputed(() => ipcNarration(fig.values.value, recording.value, fig.player.step.value));

  const o = fig.values.value;
  const rec = recording.value;
  const step = Math.min(fig.player.step.value, rec.steps.length);
  const key = sortKeyOf(o);
  return (
    <FigureFrame {...frameProps(fig)} narration={narration} minHeight="30rem">
      <IpcStyles />
      <div class="ipc-fig" ref={ref} data-view={o.view}>
        <div class="ipc-view" role="group" aria-label="显示哪部分" data-figure-controls>
          {(['transfer', 'table'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={o.view === v || (o.view === 'both' && v === 'transfer')}
              onClick={() => fig.set({ view: v })}
            >
              {v === 'table' ? '对比表' : '传递动画'}
            </button>
          ))}
        </div>
        <div class="ipc-fig__table">
          <IpcControls
            size={o.size}
            count={o.count}
            sync={o.sync}
            filter={{ text: o.text, kinship: o.kinship, hosts: o.hosts }}
            onInputs={(c) => fig.set(c)}
            onFilter={(c) => fig.set(c)}
          />
          <IpcTable
            rows={shown.value}
            sortKey={key ?? 'name'}
            sortDir={key ? o.dir : 'ascending'}
            sorted={key !== undefined}
            caption={ipcCaption(o)}
            onSort={(k) => {
              const dir: SortDir = key === k && o.dir === 'ascending' ? 'descending' : 'ascending';
              fig.set({ sort: k, dir });
            }}
          />
        </div>
        <div class="ipc-fig__transfer">
          <IpcPicker
            mechanism={o.mechanism}
            size={o.transferSize}
            onChange={(c) => {
              fig.set({
                ...(c.mechanism ? { mechanism: c.mechanism } : {}),
                ...(c.size ? { transferSize: c.size } : {}),
              });
              fig.player.reset();
            }}
          />
          <div class="ipc-transfer-wrap">
            <IpcTransfer
              state={rec.states[step]!}
              trace={step > 0 ? rec.steps[step - 1]! : []}
              width={width.value}
            />
          </div>
        </div>
      </div>
    </FigureFrame>
  );
}

export { IpcCompare };
