import type {
  ContextSwitchAction,
  ContextSwitchScenario,
  ContextSwitchState,
  ContextSwitchTrace,
  CpuView,
  CtxStep,
} from './model.ts';
import { contextSwitchSteps } from './steps.ts';

/** The stepper at the scenario's first step (clamped to the kind's last step). */
export function initContextSwitch(sc: ContextSwitchScenario): ContextSwitchState {
  const last = contextSwitchSteps(sc.kind, sc.pcid).length - 1;
  return { kind: sc.kind, pcid: sc.pcid, step: Math.min(sc.step, last), workingSetPages: sc.workingSetPages };
}

/** The steps of the state's kind. */
export function stepsOf(s: ContextSwitchState): CtxStep[] {
  return contextSwitchSteps(s.kind, s.pcid);
}

/** The step the state points at. */
export function currentStep(s: ContextSwitchState): CtxStep {
  const steps = stepsOf(s);
  return steps[Math.min(s.step, steps.length - 1)]!;
}

/** Moves the stepper; the trace says which CPU fields the new step changed. */
export function stepContextSwitch(
  s: ContextSwitchState,
  action: ContextSwitchAction,
): [ContextSwitchState, ContextSwitchTrace] {
  const last = stepsOf(s).length - 1;
  let next: ContextSwitchState;
  switch (action.type) {
    case 'next':
      next = { ...s, step: Math.min(s.step + 1, last) };
      break;
    case 'prev':
      next = { ...s, step: Math.max(s.step - 1, 0) };
      break;
    case 'goto':
      next = { ...s, step: Math.max(0, Math.min(action.step, last)) };
      break;
    case 'kind':
      next = { ...s, kind: action.kind, step: 0 };
      break;
    case 'pcid':
      next = { ...s, pcid: action.pcid };
      break;
  }
  const before = s.kind === next.kind && next.step > 0 ? stepsOf(next)[next.step - 1]!.cpu : null;
  return [
    next,
    { step: currentStep(next).id, changed: before ? diffCpu(before, currentStep(next).cpu) : [] },
  ];
}

/** CPU fields that differ between two views. */
export function diffCpu(a: CpuView, b: CpuView): (keyof CpuView)[] {
  return (Object.keys(a) as (keyof CpuView)[]).filter((k) => a[k] !== b[k]);
}

const KIND_NAMES = {
  process: '进程切换',
  thread: '线程切换',
  interrupt: '中断',
  syscall: '系统调用（特权模式切换）',
};

/** The current step as Chinese narration: "进程切换 第 4/7 步：…". */
export function describeContextSwitch(s: ContextSwitchState): string {
  const steps = stepsOf(s);
  const st = currentStep(s);
  const head = `${KIND_NAMES[s.kind]} 第 ${s.step}/${steps.length - 1} 步：${st.title}。`;
  return head + st.detail;
}

/** Chinese names of the four kinds. */
export const SWITCH_KIND_LABELS: Record<ContextSwitchState['kind'], string> = KIND_NAMES;
