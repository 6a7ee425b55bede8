/**
 * The address-space model's public face, what the islands import: types, the reducer, queries,
 * narration, without zod (outside input is checked by ./schema.ts, for the CLI and scenario files).
 * @example
 * const config = configWith({ pie: false });
 * const [next, trace] = stepAddressSpace(initAddressSpace(config), { type: 'malloc', pid: 1000, bytes: 65536 });
 * describeTrace(trace); // ['进程 1000 的 brk 从 … 移到 …，堆增长 64 KiB。', …]
 */
/** State, config, event and trace types. */
export type * from './model.ts';
/** The reducer. */
export { initAddressSpace, stepAddressSpace, runAddressSpace, walkAddressSpace } from './step.ts';
/** Queries: regions, pages, sharing, visibility, totals. */
export { frameMappers, pageMap, processOf, regionTable, totals, visibleTo } from './queries.ts';
export type { PageInfo, ProcessTotals, RegionInfo, Visibility } from './queries.ts';
/** Chinese narration and size formatting. */
export { describeEntry, describeEvent, describeTrace, formatApproxSize, formatSize } from './describe.ts';
/** Invariants as readable sentences. */
export { checkAddressSpace } from './invariants.ts';
/** Settings of a run without zod: the defaults and a trusted input filled with them. */
export { CONFIG_DEFAULTS, configWith } from './config.ts';
/** The scenario of the CLI without `--scenario`. */
export { defaultScenario } from './scenarios/default.ts';
/** Addresses and sizes of the layout, each citing its source. */
export * as layoutConstants from './constants.ts';
/** The compact event notation used in URLs and MDX props. */
export {
  MAX_TOKENS,
  MAX_TOKENS_TEXT,
  TOKEN_ACTIONS,
  TOKENS_PATTERN,
  encodeTokens,
  readTokens,
  tokensSchemaOf,
  tokensToEvents,
} from './tokens.ts';
export type { EventToken, TokenAction, TokensZod } from './tokens.ts';
