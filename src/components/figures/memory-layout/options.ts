/** The memory-layout figure's options: MDX props and URL parameters, declared once. */
import { z } from 'zod/mini';
import { encodeTokens, tokensSchema, type EventToken } from '../../../sim/address-space/index.ts';
import {
  boolOption,
  customOption,
  defineOptions,
  seedOption,
  stepOption,
  type OptionValues,
} from '../frame/options.ts';

/** The events shown when MDX gives none: heap, mmap, a call, a thread and its arena, shm, fork, two writes. */
export const DEFAULT_EVENTS = 'm1000,M1000,c1000,t1000,m1000.1001,s1000,f1000,w1002,W1002';

const step = stepOption();
const stepOrEnd = z.union([step.value, z.literal('end')]);

/** The options of {@link MemoryLayout}. */
export const memoryOptions = defineOptions({
  seed: seedOption(),
  /** First step shown: a number, or `'end'` for after the last event. */
  step: customOption<number | 'end'>({
    key: 'step',
    meaning: '显示第几步（0 为初始状态，end 为最后一步之后）',
    default: 0,
    value: stepOrEnd,
    text: z.union([step.text, z.literal('end')]),
    format: String,
  }),
  /** Event tokens (see src/sim/address-space/tokens.ts). */
  events: customOption<EventToken[]>({
    key: 'ev',
    meaning:
      '事件序列：逗号分隔的“动作字母+进程号[.线程号]”（m 分配 64 KiB，M 分配 1 MiB，c 调用，r 返回，t 建线程，f fork，w 写堆，s 映射共享内存，W 写共享内存，e exec，x 退出）',
    default: tokensSchema.parse(DEFAULT_EVENTS),
    value: tokensSchema as never,
    text: tokensSchema,
    format: encodeTokens,
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
