/**
 * The columns of the IPC comparison table, and how rows are sorted and filtered. Pure: the
 * table component and the tests share these definitions.
 */
import { LABELS, type ComparisonRow } from '../../../sim/ipc/table.ts';
import { formatBytes, formatCount, formatDuration } from '../../../sim/format.ts';

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
  /** False: a property column that folds away on a slide (presenter mode) unless the rows are sorted by it. */
  slide?: false;
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
    slide: false,
    label: '需亲缘关系',
    show: (r) => yes(r.needsKinship),
    value: (r) => Number(r.needsKinship),
  },
  {
    key: 'direction',
    slide: false,
    label: '方向',
    show: (r) => LABELS.direction[r.direction],
    value: (r) => LABELS.direction[r.direction],
  },
  {
    key: 'framing',
    slide: false,
    label: '形式',
    show: (r) => LABELS.framing[r.framing],
    value: (r) => LABELS.framing[r.framing],
  },
  {
    key: 'sync',
    slide: false,
    label: '需自行同步',
    show: (r) => yes(r.needsUserSync),
    value: (r) => Number(r.needsUserSync),
  },
  {
    key: 'persistence',
    slide: false,
    label: '持久性',
    show: (r) => LABELS.persistence[r.persistence],
    value: (r) => LABELS.persistence[r.persistence],
  },
  {
    key: 'hosts',
    slide: false,
    label: '跨主机',
    show: (r) => yes(r.crossesHosts),
    value: (r) => Number(r.crossesHosts),
  },
  {
    key: 'atomic',
    slide: false,
    label: '原子写上限',
    show: (r) => bytesOrDash(r.atomicLimit),
    value: (r) => r.atomicLimit ?? -1,
    numeric: true,
  },
  {
    key: 'capacity',
    slide: false,
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
    show: (r) => formatCount(r.cost.syscalls),
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
