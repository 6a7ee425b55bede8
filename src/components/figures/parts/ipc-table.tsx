/**
 * The book's IPC comparison table: rows from the model's compareMechanisms(), sortable by clicking a
 * column header (a real button, so the keyboard works; the header carries aria-sort) and filtered by
 * the controls. Renders completely on the server, so the table is readable with JavaScript off.
 */
import type { JSX } from 'preact';
import { LABELS, formatBytes, formatDuration, type ComparisonRow } from '../../../sim/ipc/index.ts';

/** The columns a reader can sort by. */
export type IpcSortKey =
  | 'name'
  | 'volume'
  | 'kinship'
  | 'direction'
  | 'framing'
  | 'sync'
  | 'persistence'
  | 'hosts'
  | 'atomic'
  | 'capacity'
  | 'copies'
  | 'bytesCopied'
  | 'syscalls'
  | 'latency'
  | 'total';

/** Sort direction. */
export type SortDir = 'ascending' | 'descending';

/** The filters of the table. */
export interface IpcFilter {
  /** Text the name, API or any label must contain (case-insensitive). */
  text: string;
  /** Only mechanisms that need related processes. */
  kinship: boolean;
  /** Only mechanisms that cross hosts. */
  hosts: boolean;
}

const yes = (b: boolean) => (b ? '是' : '否');
const bytesOrDash = (n: number | null) => (n === null ? '—' : formatBytes(n));
const VOLUME_ORDER = { none: 0, tiny: 1, medium: 2, large: 3 } as const;

/** One column: header, how to show a cell, and the value it sorts by. */
interface Column {
  key: IpcSortKey;
  label: string;
  show(r: ComparisonRow): string;
  value(r: ComparisonRow): number | string;
  numeric?: boolean;
}

/** The table's columns, properties first, then the costs for the chosen size and count. */
export const IPC_COLUMNS: readonly Column[] = [
  { key: 'name', label: '方式', show: (r) => r.name, value: (r) => r.name },
  {
    key: 'volume',
    label: '数据量',
    show: (r) => LABELS.volume[r.volume],
    value: (r) => VOLUME_ORDER[r.volume],
  },
  {
    key: 'kinship',
    label: '需亲缘关系',
    show: (r) => yes(r.needsKinship),
    value: (r) => Number(r.needsKinship),
  },
  {
    key: 'direction',
    label: '方向',
    show: (r) => LABELS.direction[r.direction],
    value: (r) => LABELS.direction[r.direction],
  },
  {
    key: 'framing',
    label: '形式',
    show: (r) => LABELS.framing[r.framing],
    value: (r) => LABELS.framing[r.framing],
  },
  {
    key: 'sync',
    label: '需自行同步',
    show: (r) => yes(r.needsUserSync),
    value: (r) => Number(r.needsUserSync),
  },
  {
    key: 'persistence',
    label: '持久性',
    show: (r) => LABELS.persistence[r.persistence],
    value: (r) => LABELS.persistence[r.persistence],
  },
  { key: 'hosts', label: '跨主机', show: (r) => yes(r.crossesHosts), value: (r) => Number(r.crossesHosts) },
  {
    key: 'atomic',
    label: '原子写上限',
    show: (r) => bytesOrDash(r.atomicLimit),
    value: (r) => r.atomicLimit ?? -1,
    numeric: true,
  },
  {
    key: 'capacity',
    label: '内核缓冲区',
    show: (r) => bytesOrDash(r.capacity),
    value: (r) => r.capacity ?? -1,
    numeric: true,
  },
  {
    key: 'copies',
    label: '每字节拷贝',
    show: (r) => String(r.cost.copiesPerByte),
    value: (r) => r.cost.copiesPerByte,
    numeric: true,
  },
  {
    key: 'bytesCopied',
    label: '拷贝字节',
    show: (r) => (r.cost.carriesData ? formatBytes(r.cost.bytesCopied) : '不传数据'),
    value: (r) => r.cost.bytesCopied,
    numeric: true,
  },
  {
    key: 'syscalls',
    label: '系统调用',
    show: (r) => r.cost.syscalls.toLocaleString('en-US'),
    value: (r) => r.cost.syscalls,
    numeric: true,
  },
  {
    key: 'latency',
    label: '单条延迟',
    show: (r) => formatDuration(r.cost.latencyNs),
    value: (r) => r.cost.latencyNs,
    numeric: true,
  },
  {
    key: 'total',
    label: '总耗时',
    show: (r) => formatDuration(r.cost.totalNs),
    value: (r) => r.cost.totalNs,
    numeric: true,
  },
];

/** Sorts rows by a column; ties keep the book's order. */
export function sortIpcRows(rows: readonly ComparisonRow[], key: IpcSortKey, dir: SortDir): ComparisonRow[] {
  const col = IPC_COLUMNS.find((c) => c.key === key) ?? IPC_COLUMNS[0]!;
  const sign = dir === 'ascending' ? 1 : -1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = col.value(a.r);
      const y = col.value(b.r);
      const c =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map(({ r }) => r);
}

/** Keeps the rows that pass every filter. */
export function filterIpcRows(rows: readonly ComparisonRow[], f: IpcFilter): ComparisonRow[] {
  const text = f.text.trim().toLowerCase();
  return rows.filter((r) => {
    if (f.kinship && !r.needsKinship) return false;
    if (f.hosts && !r.crossesHosts) return false;
    if (!text) return true;
    const hay = [r.id, ...IPC_COLUMNS.slice(0, 8).map((c) => c.show(r))].join(' ').toLowerCase();
    return hay.includes(text);
  });
}

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
  return (
    <div class="ipc-table-wrap">
      <table class="ipc-table" data-ipc-table>
        <caption>{p.caption}</caption>
        <thead>
          <tr>
            {IPC_COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={p.sorted && c.key === p.sortKey ? p.sortDir : 'none'}
                data-col={c.key}
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
                  <td key={c.key} data-cell={c.key} class={c.numeric ? 'num' : undefined}>
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
