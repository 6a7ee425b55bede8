/**
 * A compact notation for the events a reader triggers in the figure, so a whole run fits in a
 * URL: `m1000,f1000,w1001` is malloc(64 KiB) in 1000, fork of 1000, a write to 1001's heap.
 * One letter per action, then the process id, then optionally `.` and a thread id
 * (`m1000.1001`: thread 1001 of process 1000 calls malloc; used by m, M, c and r).
 */
import { z } from 'zod/mini';
import type { AddressSpaceEvent } from './model.ts';

const KiB = 1024;
const withTid = (tid: number | undefined): { tid?: number } => (tid === undefined ? {} : { tid });

/** The actions a token can name, with the event each one stands for. */
export const TOKEN_ACTIONS = {
  m: (pid: number, tid?: number): AddressSpaceEvent => ({
    type: 'malloc',
    pid,
    ...withTid(tid),
    bytes: 64 * KiB,
  }),
  M: (pid: number, tid?: number): AddressSpaceEvent => ({
    type: 'malloc',
    pid,
    ...withTid(tid),
    bytes: 1024 * KiB,
  }),
  c: (pid: number, tid?: number): AddressSpaceEvent => ({
    type: 'call',
    pid,
    ...withTid(tid),
    bytes: 8 * KiB,
  }),
  r: (pid: number, tid?: number): AddressSpaceEvent => ({ type: 'return', pid, ...withTid(tid) }),
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

/** One token, `<letter><pid>` or `<letter><pid>.<tid>`. */
export interface EventToken {
  action: TokenAction;
  pid: number;
  tid?: number;
}

/** `m1000,f1000` (empty string: no events); at most 60 tokens. */
export const tokensSchema = z
  .pipe(
    z.string().check(
      z.maxLength(600),
      z.regex(/^([mMcrtfwsWex]\d{1,7}(\.\d{1,7})?)?(,[mMcrtfwsWex]\d{1,7}(\.\d{1,7})?)*$/, {
        error:
          '应为逗号分隔的“动作字母+进程号[.线程号]”，如 m1000,f1000,m1000.1001；动作字母为 mMcrtfwsWex 之一',
      }),
    ),
    z.transform((text: string): EventToken[] => (text === '' ? [] : text.split(',').map(parseToken))),
  )
  .check(z.refine((tokens) => tokens.length <= 60, { error: '最多 60 个事件' }));

/** Reads one token already checked by the regex. */
function parseToken(text: string): EventToken {
  const [pid, tid] = text.slice(1).split('.');
  const token: EventToken = { action: text[0] as TokenAction, pid: Number(pid) };
  if (tid !== undefined) token.tid = Number(tid);
  return token;
}

/** Writes tokens back as text. */
export function encodeTokens(tokens: readonly EventToken[]): string {
  return tokens.map((t) => `${t.action}${t.pid}${t.tid !== undefined ? `.${t.tid}` : ''}`).join(',');
}

/** The events the tokens stand for (a thread id is ignored by actions that take none). */
export function tokensToEvents(tokens: readonly EventToken[]): AddressSpaceEvent[] {
  return tokens.map((t) => TOKEN_ACTIONS[t.action](t.pid, t.tid));
}
