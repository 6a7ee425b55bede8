/**
 * A compact notation for the events a reader triggers in the figure, so a whole run fits in a
 * URL: `m1000,f1000,w1001` is malloc(64 KiB) in 1000, fork of 1000, a write to 1001's heap.
 * One letter per action, then the process id.
 */
import { z } from 'zod';
import type { AddressSpaceEvent } from './model.ts';

const KiB = 1024;

/** The actions a token can name, with the event each one stands for. */
export const TOKEN_ACTIONS = {
  m: (pid: number): AddressSpaceEvent => ({ type: 'malloc', pid, bytes: 64 * KiB }),
  M: (pid: number): AddressSpaceEvent => ({ type: 'malloc', pid, bytes: 1024 * KiB }),
  c: (pid: number): AddressSpaceEvent => ({ type: 'call', pid, bytes: 8 * KiB }),
  r: (pid: number): AddressSpaceEvent => ({ type: 'return', pid }),
  t: (pid: number): AddressSpaceEvent => ({ type: 'pthread_create', pid }),
  f: (pid: number): AddressSpaceEvent => ({ type: 'fork', pid }),
  w: (pid: number): AddressSpaceEvent => ({ type: 'write', pid, region: 'heap', page: 0 }),
  s: (pid: number): AddressSpaceEvent => ({ type: 'shm', pid, name: '/demo', bytes: 16 * KiB }),
  W: (pid: number): AddressSpaceEvent => ({ type: 'write', pid, region: 'shm:/demo', page: 0 }),
  e: (pid: number): AddressSpaceEvent => ({ type: 'exec', pid }),
  x: (pid: number): AddressSpaceEvent => ({ type: 'exit', pid }),
} as const;

/** A token letter. */
export type TokenAction = keyof typeof TOKEN_ACTIONS;

/** One token, `<letter><pid>`. */
export interface EventToken {
  action: TokenAction;
  pid: number;
}

/** `m1000,f1000` (empty string: no events); at most 60 tokens. */
export const tokensSchema = z
  .string()
  .max(600)
  .regex(/^([mMcrtfwsWex]\d{1,7})?(,[mMcrtfwsWex]\d{1,7})*$/, {
    message: '应为逗号分隔的“动作字母+进程号”，如 m1000,f1000；动作字母为 mMcrtfwsWex 之一',
  })
  .transform((text): EventToken[] =>
    text === '' ? [] : text.split(',').map((t) => ({ action: t[0] as TokenAction, pid: Number(t.slice(1)) })),
  )
  .refine((tokens) => tokens.length <= 60, { message: '最多 60 个事件' });

/** Writes tokens back as text. */
export function encodeTokens(tokens: readonly EventToken[]): string {
  return tokens.map((t) => `${t.action}${t.pid}`).join(',');
}

/** The events the tokens stand for. */
export function tokensToEvents(tokens: readonly EventToken[]): AddressSpaceEvent[] {
  return tokens.map((t) => TOKEN_ACTIONS[t.action](t.pid));
}
