/** The context-switch figure's options: MDX props and URL parameters, declared once. */
import { SWITCH_KINDS } from '../../../sim/context-switch/model.ts';
import {
  boolOption,
  defineOptions,
  enumOption,
  intOption,
  stepOption,
  type OptionValues,
} from '../frame/options.ts';

/** The options of {@link ContextSwitch}. */
export const contextSwitchOptions = defineOptions({
  step: stepOption(),
  /** Which switch is stepped through. */
  kind: enumOption(SWITCH_KINDS, {
    key: 'kind',
    default: 'process',
    meaning: '切换类型：process（进程切换）、thread（线程切换）、interrupt（中断）或 syscall（系统调用）',
  }),
  /** A process switch with PCID (the TLB keeps tagged entries). */
  pcid: boolOption({ key: 'pcid', default: false, meaning: '进程切换时是否启用 PCID：1 启用，0 不启用' }),
  /** Pages of the working set, for the indirect TLB cost (MDX only). */
  workingSetPages: intOption({ min: 1, max: 4096, default: 16, meaning: '工作集页数' }),
});

/** The context-switch figure's option values. */
export type ContextSwitchOptions = OptionValues<typeof contextSwitchOptions.options>;
