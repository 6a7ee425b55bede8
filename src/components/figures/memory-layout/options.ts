/** The memory-layout figure's options: MDX props and URL parameters, declared once. */
import {
  encodeTokens,
  readTokens,
  tokensSchemaOf,
  type EventToken,
} from '../../../sim/address-space/tokens.ts';
import {
  boolOption,
  customOption,
  defineOptions,
  seedOption,
  stepOption,
  type OptionValues,
} from '../frame/options.ts';
import type { Read } from '../frame/read.ts';

/** The events shown when MDX gives none: heap, mmap, a call, a thread and its arena, shm, fork, two writes. */
export const DEFAULT_EVENTS = 'm1000,M1000,c1000,t1000,m1000.1001,s1000,f1000,w1002,W1002';

const step = stepOption();
/** Event tokens from text (MDX props and URL alike). */
const tokens = (v: unknown): Read<EventToken[]> => {
  const read = typeof v === 'string' ? readTokens(v) : null;
  return read ? { value: read } : null;
};

/** The options of {@link MemoryLayout}. */
export const memoryOptions = defineOptions({
  seed: seedOption(),
  /** First step shown: a number, or `'end'` for after the last event. */
  step: customOption<number | 'end'>({
    key: 'step',
    meaning: '显示第几步（0 为初始状态，end 为最后一步之后）',
    default: 0,
    fromProp: (v) => (v === 'end' ? { value: 'end' } : step.fromProp(v)),
    fromText: (t) => (t === 'end' ? { value: 'end' } : step.fromText(t)),
    format: String,
    schemas(kit) {
      const { value, text } = step.schemas(kit);
      return {
        value: kit.z.union([value, kit.z.literal('end')]),
        text: kit.z.union([text, kit.z.literal('end')]),
      };
    },
  }),
  /** Event tokens (see src/sim/address-space/tokens.ts). */
  events: customOption<EventToken[]>({
    key: 'ev',
    meaning:
      '事件序列：逗号分隔的“动作字母+进程号[.线程号]”（m 分配 64 KiB，M 分配 1 MiB，c 调用，r 返回，t 建线程，f fork，w 写堆，s 映射共享内存，W 写共享内存，e exec，x 退出）',
    default: readTokens(DEFAULT_EVENTS)!,
    fromProp: tokens,
    fromText: tokens,
    format: encodeTokens,
    schemas: ({ z }) => ({ value: tokensSchemaOf(z) as never, text: tokensSchemaOf(z) }),
  }),
  /** PIE executable. */
  pie: boolOption({
    key: 'pie',
    default: true,
    meaning: '是否为 PIE 程序：1 是（0x555555554000），0 否（0x400000）',
  }),
  /** ASLR on (default off: the classic addresses). */
  aslr: boolOption({ key: 'aslr', default: false, meaning: '是否启用地址随机化：1 启用，0 关闭' }),
});

/** The memory-layout figure's option values. */
export type MemoryOptions = OptionValues<typeof memoryOptions.options>;
