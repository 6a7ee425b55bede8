/** The IPC figure's options: MDX props and URL parameters, declared once. */
import { MECHANISM_IDS } from '../../../sim/ipc/mechanisms.ts';
import {
  boolOption,
  defineOptions,
  enumOption,
  intOption,
  stepOption,
  textOption,
  type OptionValues,
} from '../frame/options.ts';
import { IPC_COLUMNS, type IpcSortKey } from './columns.ts';
import { MAX_COUNT, MAX_SIZE, MAX_TRANSFER } from './limits.ts';

const SORT_KEYS = ['book', ...IPC_COLUMNS.map((c) => c.key)] as [string, ...string[]];

/** The options of {@link IpcCompare}. */
export const ipcOptions = defineOptions({
  step: stepOption(),
  /** Bytes per message in the table (the first ipc-bench column). */
  size: intOption({
    key: 'size',
    min: 1,
    max: MAX_SIZE,
    default: 100,
    meaning: '对比表中每条消息的字节数（1 到 1 GiB）',
  }),
  /** Messages in the table. */
  count: intOption({ key: 'count', min: 1, max: MAX_COUNT, default: 1000, meaning: '对比表中的消息条数' }),
  /** How shared memory waits. */
  sync: enumOption(['semaphore', 'spin'], {
    key: 'sync',
    default: 'semaphore',
    meaning: '共享内存的等待方式：semaphore（信号量 P/V）或 spin（自旋）',
  }),
  /** Mechanism of the animated transfer. */
  mechanism: enumOption(MECHANISM_IDS, {
    key: 'mech',
    default: 'pipe',
    meaning:
      '动画演示的方式：pipe、fifo、signal、posix-mq、sysv-mq、shm-sem、unix-socket、tcp-loopback、mmap-file',
  }),
  /** Bytes of the animated message (more than a pipe holds by default). */
  transferSize: intOption({
    key: 'xfer',
    min: 1,
    max: MAX_TRANSFER,
    default: 100_000,
    meaning: '动画中消息的字节数（1 到 4 MiB）',
  }),
  /** Shared region size in the animation, as large as a pipe (MDX only). */
  region: intOption({ min: 64, max: MAX_TRANSFER, default: 65_536, meaning: '动画中共享区的字节数' }),
  /** Column the table is sorted by; `book` keeps the book's order. */
  sort: enumOption(SORT_KEYS, {
    key: 'sort',
    default: 'book',
    meaning: '按哪一列排序（如 latency、syscalls、bytesCopied）；book 为书中的顺序',
  }),
  /** Sort direction. */
  dir: enumOption(['ascending', 'descending'], {
    key: 'dir',
    default: 'ascending',
    meaning: '排序方向：ascending（升序）或 descending（降序）',
  }),
  /** Filter text. */
  text: textOption({ key: 'q', max: 40, default: '', meaning: '按名称或特性筛选的文字' }),
  /** Only mechanisms that need related processes. */
  kinship: boolOption({ key: 'kin', default: false, meaning: '只看需要亲缘关系的方式：1 是' }),
  /** Only mechanisms that cross hosts. */
  hosts: boolOption({ key: 'hosts', default: false, meaning: '只看能跨主机的方式：1 是' }),
  /** What an embed page shows: both parts, or one of them large. */
  view: enumOption(['both', 'table', 'transfer'], {
    key: 'view',
    default: 'both',
    meaning:
      '显示哪部分：both（对比表和动画）、table（只看对比表）、transfer（只看传递动画）；嵌入页放不下两部分时默认显示动画',
  }),
});

/** The IPC figure's option values. */
export type IpcOptions = OptionValues<typeof ipcOptions.options>;

/** The sort key of the options, or undefined for the book's order. */
export const sortKeyOf = (o: IpcOptions): IpcSortKey | undefined =>
  o.sort === 'book' ? undefined : (o.sort as IpcSortKey);
