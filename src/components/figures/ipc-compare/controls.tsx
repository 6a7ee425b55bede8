/** The IPC figure's inputs: message size and count, shared-memory waiting, and the table's filters. */
import type { JSX } from 'preact';
import type { IpcFilter } from './table.tsx';
import type { ShmSync } from '../../../sim/ipc/index.ts';
import { MAX_COUNT, MAX_SIZE } from './limits.ts';

export { MAX_COUNT, MAX_SIZE } from './limits.ts';

/** The inputs the controls change. */
export interface IpcInputs {
  /** Bytes per message. */
  size: number;
  /** Messages. */
  count: number;
  /** How shared memory waits. */
  sync: ShmSync;
}

/** Props of {@link IpcControls}. */
export interface IpcControlsProps extends IpcInputs {
  /** Current filters. */
  filter: IpcFilter;
  /** An input changed (values already checked to be positive integers). */
  onInputs(change: Partial<IpcInputs>): void;
  /** A filter changed. */
  onFilter(change: Partial<IpcFilter>): void;
}

function positiveInt(text: string, max: number): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null;
}

/** Number inputs, a select and the filter fields. */
export function IpcControls(p: IpcControlsProps): JSX.Element {
  return (
    <div class="ipc-controls" data-figure-controls>
      <fieldset>
        <legend>消息</legend>
        <label>
          每条字节数{' '}
          <input
            type="number"
            data-control="size"
            min={1}
            max={MAX_SIZE}
            step={1}
            value={p.size}
            onInput={(e) => {
              const n = positiveInt(e.currentTarget.value, MAX_SIZE);
              if (n !== null) p.onInputs({ size: n });
            }}
          />
        </label>
        <label>
          条数{' '}
          <input
            type="number"
            data-control="count"
            min={1}
            max={MAX_COUNT}
            step={1}
            value={p.count}
            onInput={(e) => {
              const n = positiveInt(e.currentTarget.value, MAX_COUNT);
              if (n !== null) p.onInputs({ count: n });
            }}
          />
        </label>
        <label>
          共享内存的等待方式{' '}
          <select
            data-control="sync"
            value={p.sync}
            onChange={(e) => p.onInputs({ sync: e.currentTarget.value as ShmSync })}
          >
            <option value="semaphore">信号量（P/V，会睡眠）</option>
            <option value="spin">自旋（ipc-bench 的做法）</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>筛选</legend>
        <label>
          搜索名称或特性{' '}
          <input
            type="search"
            data-control="text"
            value={p.filter.text}
            onInput={(e) => p.onFilter({ text: e.currentTarget.value })}
          />
        </label>
        <label>
          <input
            type="checkbox"
            data-control="kinship"
            checked={p.filter.kinship}
            onChange={(e) => p.onFilter({ kinship: e.currentTarget.checked })}
          />{' '}
          只看需要亲缘关系的
        </label>
        <label>
          <input
            type="checkbox"
            data-control="hosts"
            checked={p.filter.hosts}
            onChange={(e) => p.onFilter({ hosts: e.currentTarget.checked })}
          />{' '}
          只看能跨主机的
        </label>
      </fieldset>
    </div>
  );
}
