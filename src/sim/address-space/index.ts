/**
 * The address-space model's public face: types, the reducer, queries, narration and schemas.
 * @example
 * const config = makeConfig({ pie: false });
 * const [next, trace] = stepAddressSpace(initAddressSpace(config), { type: 'malloc', pid: 1000, bytes: 65536 });
 * describeTrace(trace); // ['进程 1000 的 brk 从 … 移到 …，堆增长 64 KiB。', …]
 */
export type * from './model.ts';
export { initAddressSpace, stepAddressSpace, runAddressSpace } from './step.ts';
export { frameMappers, pageMap, processOf, regionTable, totals, visibleTo } from './queries.ts';
export type { PageInfo, ProcessTotals, RegionInfo, Visibility } from './queries.ts';
export { describeEntry, describeEvent, describeTrace, formatApproxSize, formatSize } from './describe.ts';
export { checkAddressSpace } from './invariants.ts';
export {
  configSchema,
  eventSchema,
  makeConfig,
  parseAddressSpaceScenario,
  scenarioSchema,
} from './schema.ts';
export type { AddressSpaceConfigInput, AddressSpaceScenario } from './schema.ts';
export { defaultScenario } from './scenarios/default.ts';
export * as layoutConstants from './constants.ts';
export { TOKEN_ACTIONS, encodeTokens, tokensSchema, tokensToEvents } from './tokens.ts';
export type { EventToken, TokenAction } from './tokens.ts';
