/**
 * The book's IPC comparison table: rows from the model's compareMechanisms(), sortable by clicking a
 * column header (a real button, so the keyboard works; the header carries aria-sort) and filtered by
 * the controls. Renders completely on the server, so the table is readable with JavaScript off.
 */
import type { JSX } from 'preact';
import type { ComparisonRow } from '../../../sim/ipc/index.ts';
import { IPC_COLUMNS, type IpcSortKey, type SortDir } from './columns.ts';

export {
  IPC_COLUMNS,
  filterIpcRows,
  sortIpcRows,
  type IpcFilter,
  type IpcSortKey,
  type SortDir,
} from './columns.ts';

/** Props of {@link IpcTable}. */
export interface IpcTableProps {
  /** Rows already filtered and sorted. */
  rows: readonly ComparisonRow[];
  /** Column sorted by. */
  sortKey: IpcSortKey;
  /** Direction. */
  sortDir: SortDir;
  /** Whether the rows are sorted at all (false: the book's order, every header aria-sort="none"). */
  sorted: boolean;
  /** A header was activated. */
  onSort(key: IpcSortKey): void;
  /** The caption: what the costs are for. */
  caption: string;
}

/** The table itself. */
export function IpcTable(p: IpcTableProps): JSX.Element {
  // On a slide the property columns fold behind 显示全部细节; the one sorted by stays.
  const folded = (c: (typeof IPC_COLUMNS)[number]) => c.slide === false && !(p.sorted && c.key === p.sortKey);
  return (
    <div class="ipc-table-wrap">
      <table class="ipc-table" data-ipc-table>
        <caption>
          {p.caption}
          {/* How to use the table, not what it says: left out on paper and in downloads. */}
          <span data-figure-controls> 点击列标题排序。</span>
        </caption>
        <thead>
          <tr>
            {IPC_COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={p.sorted && c.key === p.sortKey ? p.sortDir : 'none'}
                data-col={c.key}
                data-slide-detail={folded(c) ? '' : undefined}
              >
                <button type="button" onClick={() => p.onSort(c.key)}>
                  {c.label}
                  <span aria-hidden="true">
                    {p.sorted && c.key === p.sortKey ? (p.sortDir === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr key={r.id} data-row={r.id}>
              {IPC_COLUMNS.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row" data-cell={c.key}>
                    {c.show(r)}
                  </th>
                ) : (
                  <td
                    key={c.key}
                    data-cell={c.key}
                    class={c.numeric ? 'num' : undefined}
                    data-slide-detail={folded(c) ? '' : undefined}
                  >
                    {c.show(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
          {p.rows.length === 0 && (
            <tr>
              <td colSpan={IPC_COLUMNS.length}>没有符合筛选条件的方式。</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
