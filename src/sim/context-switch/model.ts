/**
 * Types of the context-switch anatomy: the four kinds of switch, what the CPU
 * looks like after each step, and the stepper's plain-JSON state.
 */

/** The four switches the notes distinguish. */
export const SWITCH_KINDS = ['process', 'thread', 'interrupt', 'syscall'] as const;
/** Process switch, thread switch, interrupt, privilege-mode switch (system call). */
export type SwitchKind = (typeof SWITCH_KINDS)[number];

/** The three layers of context the notes name. */
export type ContextLayer = 'user-level' | 'register' | 'system-level';

/** What the CPU holds after a step: who runs, in which mode, on which stack, with which page-table root. */
export interface CpuView {
  mode: 'user' | 'kernel';
  /** The task `current` points to. */
  task: 'A' | 'B';
  /** Whose values the general registers hold. */
  registers: 'A' | 'B' | 'kernel';
  /** The stack RSP points into. */
  stack: 'A-user' | 'A-kernel' | 'B-kernel' | 'B-user';
  /** Whose page table CR3 holds. */
  cr3: 'A' | 'B';
  /** What the TLB holds for user space. */
  tlb: 'A' | 'A+B' | 'B-empty';
}

/** One step of a switch. */
export interface CtxStep {
  /** Stable id, for URLs and tests. */
  id: string;
  /** Short title, in Chinese. */
  title: string;
  /** One or two sentences, in Chinese. */
  detail: string;
  /** Where the step happens in Linux (function or instruction). */
  where: string;
  /** Which layer of context the step saves or restores, if any. */
  layer: ContextLayer | null;
  /** What is written to memory. */
  saves: string[];
  /** What is loaded from memory. */
  restores: string[];
  /** The CPU after the step. */
  cpu: CpuView;
  /** Set when the step is skipped for this kind, with the reason. */
  skipped?: string;
}

/** A validated stepper scenario (schema.ts parses outside input into it; fields documented there). */
export interface ContextSwitchScenario {
  kind: SwitchKind;
  pcid: boolean;
  step: number;
  workingSetPages: number;
}

/** The stepper's state: plain JSON. */
export interface ContextSwitchState {
  kind: SwitchKind;
  pcid: boolean;
  /** Index into the kind's steps. */
  step: number;
  workingSetPages: number;
}

/** What the stepper can be told to do. */
export type ContextSwitchAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'goto'; step: number }
  | { type: 'kind'; kind: SwitchKind }
  | { type: 'pcid'; pcid: boolean };

/** What a step changed, for a view to highlight. */
export interface ContextSwitchTrace {
  step: string;
  /** CPU fields whose value changed. */
  changed: (keyof CpuView)[];
}
