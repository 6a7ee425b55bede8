/**
 * The book's interactive figures as plain data: the gallery, the embed pages, the offline pages,
 * the perf script and the browser tests read this list. Each figure's parameter list and scenes
 * come from its own folder (options.ts, scenes.ts), so nothing here can drift from the island.
 */
import type { FigureOption, FigureParam } from './frame/options.ts';
import { checkScenes, resolveParams, type FigureDefinition, type FigureScene } from './frame/scenes.ts';
import { memoryDefinition } from './memory-layout/definition.ts';
import { memoryScenes } from './memory-layout/scenes.ts';
import { contextSwitchDefinition } from './context-switch/definition.ts';
import { contextSwitchScenes } from './context-switch/scenes.ts';
import { tlbDefinition } from './tlb-flush/definition.ts';
import { tlbScenes } from './tlb-flush/scenes.ts';
import { ipcDefinition } from './ipc-compare/definition.ts';
import { ipcScenes } from './ipc-compare/scenes.ts';
import { taskCostDefinition } from './task-cost/definition.ts';
import { taskCostScenes } from './task-cost/scenes.ts';

export type { FigureParam } from './frame/options.ts';
export type { FigureScene } from './frame/scenes.ts';

/** The ids of the five figures, kebab-case: also their embed URLs `/embed/<id>/`. */
export type FigureId = 'memory-layout' | 'ipc-compare' | 'tlb-flush' | 'context-switch' | 'task-cost';

/** One interactive figure of the book. */
export interface FigureEntry {
  /** Kebab-case id; also its folder `src/components/figures/<id>/`. */
  id: FigureId;
  /** Chinese title, as the frame shows it. */
  title: string;
  /** The MDX tag and island file name: `src/components/figures/<id>/<tag>.tsx`. */
  tag: string;
  /** One line on what the reader can do with it, in Chinese. */
  description: string;
  /** The chapter that uses it, relative to the site root, with a trailing slash. */
  chapter: string;
  /** Its URL parameters, from its options (seed and step first where it has them). */
  params: readonly FigureParam[];
  /** Its named scenes, checked against its options when this module loads. */
  scenes: readonly FigureScene[];
  /** Checks URL parameters as the island would: null, or the message. */
  validate(params: Readonly<Record<string, string>>): string | null;
}

/** An entry from a figure's definition and scenes. */
function entry<S extends Record<string, FigureOption<unknown>>>(
  definition: FigureDefinition<S>,
  scenes: readonly FigureScene[],
  fields: Pick<FigureEntry, 'tag' | 'description' | 'chapter'>,
): FigureEntry {
  return {
    id: definition.id,
    title: definition.title,
    ...fields,
    params: definition.schema.params,
    scenes: checkScenes(definition, scenes),
    validate(params) {
      const resolved = resolveParams(definition, params);
      return resolved.ok ? null : resolved.error;
    },
  };
}

/** All figures, in the order the book introduces them. */
export const FIGURES: readonly FigureEntry[] = [
  entry(memoryDefinition, memoryScenes, {
    tag: 'MemoryLayout',
    description: '一个进程的代码、堆、共享库与栈在虚拟地址空间中的位置，以及新线程的栈与保护页从哪里来。',
    chapter: 'basics/address-space/',
  }),
  entry(contextSwitchDefinition, contextSwitchScenes, {
    tag: 'ContextSwitch',
    description: '逐步观察进程切换、线程切换、中断与系统调用时保存和恢复了哪些上下文，以及各自的代价。',
    chapter: 'switching/context-switch/',
  }),
  entry(tlbDefinition, tlbScenes, {
    tag: 'TlbFlush',
    description:
      '线程在一个 CPU 上轮流运行时 TLB 的命中与缺失；比较线程切换、无 PCID 的进程切换与带 PCID 的进程切换，旁边的小图给出整串访问的累计未命中。',
    chapter: 'switching/tlb-page-tables/',
  }),
  entry(ipcDefinition, ipcScenes, {
    tag: 'IpcCompare',
    description:
      '由模拟器生成的 IPC 对比表（可排序、筛选，按消息大小与条数重算拷贝、系统调用与估计耗时），以及一条消息经所选方式传递的逐步动画。',
    chapter: 'communication/ipc-overview/',
  }),
  entry(taskCostDefinition, taskCostScenes, {
    tag: 'TaskCost',
    description:
      '同样数量的任务（1 到 1000 万）分别用进程、线程、有栈协程、libco 共享栈协程和 async 任务承载时的虚拟内存、驻留内存与创建耗时，以及 libco 千万协程的内存账。',
    chapter: 'design/concurrency-models/',
  }),
];

/** Looks a figure up by id; undefined when there is none. */
export function findFigure(id: string): FigureEntry | undefined {
  return FIGURES.find((figure) => figure.id === id);
}
