/**
 * A compact notation for the events a reader triggers in the figure, so a whole run fits in a
 * URL: `m1000,f1000,w1001` is malloc(64 KiB) in 1000, fork of 1000, a write to 1001's heap.
 * One letter per action, then the process id, then optionally `.` and a thread id
 * (`m1000.1001`: thread 1001 of process 1000 calls malloc; used by m, M, c and r).
 */
import type { z as zodMini } from 'zod/mini';
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

/** Longest token text, in characters. */
export const MAX_TOKENS_TEXT = 600;
/** Most tokens (events) in one run. */
export const MAX_TOKENS = 60;
/** The token text: comma-separated `<letter><pid>[.<tid>]`, or empty. */
export const TOKENS_PATTERN = /^([mMcrtfwsWex]\d{1,7}(\.\d{1,7})?)?(,[mMcrtfwsWex]\d{1,7}(\.\d{1,7})?)*$/;
/** Why a text does not match {@link TOKENS_PATTERN}. */
export const TOKENS_PATTERN_MESSAGE =
  '应为逗号分隔的“动作字母+进程号[.线程号]”，如 m1000,f1000,m1000.1001；动作字母为 mMcrtfwsWex 之一';
/** Why there are too many tokens. */
export const MAX_TOKENS_MESSAGE = `最多 ${MAX_TOKENS} 个事件`;

/** Splits text that matches {@link TOKENS_PATTERN} into tokens. */
const splitTokens = (text: string): EventToken[] => (text === '' ? [] : text.split(',').map(parseToken));

/**
 * The tokens of `m1000,f1000` (empty string: no events), or null where the schema rejects the
 * text (too long, not the notation, more than {@link MAX_TOKENS} tokens); without zod.
 */
export function readTokens(text: string): EventToken[] | null {
  if (text.length > MAX_TOKENS_TEXT || !TOKENS_PATTERN.test(text)) return null;
  const tokens = splitTokens(text);
  return tokens.length <= MAX_TOKENS ? tokens : null;
}

/**
 * The zod/mini functions {@link tokensSchemaOf} builds with: zod's `z`, the module itself, or just
 * these six imported by name (what a bundle should pass: a namespace passed as a value keeps every
 * export of zod, about 27 KiB gzip instead of the few the schemas use).
 */
export type TokensZod = Pick<
  typeof zodMini,
  'maxLength' | 'pipe' | 'refine' | 'regex' | 'string' | 'transform'
>;

/**
 * The schema of the token text, built with the zod functions it is given (the figures load zod
 * only to word an error), with zod's messages for the length and the notation's own otherwise.
 */
export function tokensSchemaOf(z: TokensZod) {
  return z
    .pipe(
      z
        .string()
        .check(z.maxLength(MAX_TOKENS_TEXT), z.regex(TOKENS_PATTERN, { error: TOKENS_PATTERN_MESSAGE })),
      z.transform(splitTokens),
    )
    .check(z.refine((tokens) => tokens.length <= MAX_TOKENS, { error: MAX_TOKENS_MESSAGE }));
}

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
