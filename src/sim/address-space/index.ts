/**
 * The address-space model's public face: types, the reducer, queries, narration and schemas.
 * @example
 * const config = makeConfig({ pie: false });
 * const [next, trace] = stepAddressSpace(initAddressSpace(config), { type: 'malloc', pid: 1000, bytes: 65536 });
 * describeTrace(trace); // ['进程 1000 的 brk 从 … 移到 …，堆增长 64 KiB。', …]
 */
/** State, config, event and trace types. */
export type * from './model.ts';
/** The reducer. */
export { initAddressSpace, stepAddressSpace, runAddressSpace } from './step.ts';
/** Queries: regions, pages, sharing, visibility, totals. */
export { frameMappers, pageMap, processOf, regionTable, totals, visibleTo } from './queries.ts';
export type { PageInfo, ProcessTotals, RegionInfo, Visibility } from './queries.ts';
/** Chinese narration and size formatting. */
export { describeEntry, describeEvent, describeTrace, formatApproxSize, formatSize } from './describe.ts';
/** Invariants as readable sentences. */
export { checkAddressSpace } from './invariants.ts';
/** Settings of a run without zod: the defaults and a trusted input filled with them. */
export { CONFIG_DEFAULTS, configWith } from './config.ts';
/** zod schemas and validation of outside input: they load zod, so the figures import the model's own files instead. */
export {
  configSchema,
  eventSchema,
  makeConfig,
  parseAddressSpaceScenario,
  scenarioSchema,
} from './schema.ts';
export type { AddressSpaceConfigInput, AddressSpaceScenario } from './schema.ts';
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
export { tokensSchema } from './tokens-schema.ts';
export type { EventToken, TokenAction, TokensZod } from './tokens.ts';
