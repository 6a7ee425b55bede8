/** The animation's own inputs: which mechanism carries the message, and how many bytes it has. */
import type { JSX } from 'preact';
import { MECHANISMS, type MechanismId } from '../../../sim/ipc/mechanisms.ts';
import { MAX_TRANSFER } from './limits.ts';

export { MAX_TRANSFER } from './limits.ts';

/** Props of {@link IpcPicker}. */
export interface IpcPickerProps {
  /** The animated mechanism. */
  mechanism: MechanismId;
  /** Bytes of the animated message. */
  size: number;
  /** A new mechanism or size (sizes already checked to be integers in 1..MAX_TRANSFER). */
  onChange(change: { mechanism?: MechanismId; size?: number }): void;
}

/** A select and a number field. */
export function IpcPicker(p: IpcPickerProps): JSX.Element {
  return (
    <div class="ipc-picker" data-figure-controls>
      <label>
        动画演示的方式{' '}
        <select
          data-control="mechanism"
          value={p.mechanism}
          onChange={(e) => p.onChange({ mechanism: e.currentTarget.value as MechanismId })}
        >
          {MECHANISMS.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        消息字节数{' '}
        <input
          type="number"
          data-control="transfer-size"
          min={1}
          max={MAX_TRANSFER}
          value={p.size}
          onInput={(e) => {
            const n = Number(e.currentTarget.value);
            if (Number.isInteger(n) && n >= 1 && n <= MAX_TRANSFER) p.onChange({ size: n });
          }}
        />
      </label>
    </div>
  );
}
