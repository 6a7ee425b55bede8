/**
 * zod schemas for input from outside (scenario files, URL, MDX props). Defaults are documented
 * here and read from CONFIG_DEFAULTS (config.ts); `parseAddressSpaceScenario` names the wrong field
 * in its error.
 */
import { z } from 'zod/mini';
import type { Parsed } from '../scenario.ts';
import { intIn, parseScenario, seedIn } from '../scenario-schema.ts';
import { MiB, PAGE_SIZE } from '../units.ts';
import { CONFIG_DEFAULTS as D } from './config.ts';
import { MAX_IMAGE_PAGES } from './limits.ts';
import type {
  AddressSpaceConfig,
  AddressSpaceConfigInput,
  AddressSpaceEvent,
  AddressSpaceScenario,
} from './model.ts';

const pages = intIn(0, 4096);
const pageMultiple = z.int().check(
  z.positive(),
  z.maximum(1024 * MiB),
  z.refine((n) => n % PAGE_SIZE === 0, { error: `必须是页大小 ${PAGE_SIZE} 的整数倍` }),
);
/** A path (PATH_MAX is 4096 bytes on Linux). */
const text = z.string().check(z.minLength(1), z.maxLength(4096));
/** A name: a shm object, a region, a function (NAME_MAX is 255). */
const name = z.string().check(z.minLength(1), z.maxLength(255));
/** Longest title, in characters: it is echoed by the CLI and shown above the figure. */
export const MAX_TITLE = 200;

/** A shared library to map at start. */
export const librarySchema = z.strictObject({
  path: text,
  textPages: pages.check(z.minimum(1)),
  dataPages: pages,
});

/** Settings of a run, with defaults. */
export const configSchema = z
  .strictObject({
    /** PIE executable at 0x555555554000, or classic at 0x400000. Default: true. */
    pie: z._default(z.boolean(), D.pie),
    /** Randomise layout from the seed. Default: false (the classic addresses). */
    aslr: z._default(z.boolean(), D.aslr),
    /** Program path. Default: /usr/bin/demo. */
    program: z._default(text, D.program),
    /** Pages of text, rodata, data, bss. Default: 2, 1, 1, 1 (a small program). */
    image: z._default(
      z.strictObject({ text: pages.check(z.minimum(1)), rodata: pages, data: pages, bss: pages }),
      D.image,
    ),
    /** Libraries, highest first. Default: the loader and libc with small illustrative sizes. */
    libraries: z._default(z.array(librarySchema).check(z.maxLength(8)), D.libraries),
    /** malloc's mmap threshold in bytes. Default: 128 KiB (M_MMAP_THRESHOLD). */
    mmapThreshold: z._default(z.int().check(z.positive()), D.mmapThreshold),
    /** RLIMIT_STACK in bytes. Default: 8 MiB. */
    stackLimit: z._default(pageMultiple, D.stackLimit),
    /** Thread stack size in bytes. Default: 8 MiB (glibc uses RLIMIT_STACK). */
    threadStackSize: z._default(pageMultiple, D.threadStackSize),
    /** First process id. Default: 1000. */
    firstPid: z._default(z.int().check(z.positive(), z.maximum(4_000_000)), D.firstPid),
  })
  .check(
    z.refine(
      (c) =>
        c.image.text +
          c.image.rodata +
          c.image.data +
          c.image.bss +
          c.libraries.reduce((n, l) => n + l.textPages + l.dataPages, 0) <=
        MAX_IMAGE_PAGES,
      {
        error: `程序映像与库的页数合计超过上限 ${MAX_IMAGE_PAGES}（映像页数上限）`,
        path: ['image'],
      },
    ),
  ) satisfies z.ZodMiniType<AddressSpaceConfig, unknown>;

/** One event of a scenario (a pure IIFE: the figures never parse events, so their bundles drop it). */
export const eventSchema = /* @__PURE__ */ (() => {
  const id = z.int().check(z.nonnegative());
  const tid = z.optional(id);
  const bytes = z.int().check(z.positive(), z.maximum(256 * MiB));
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('malloc'), pid: id, tid, bytes }),
    z.strictObject({ type: z.literal('free'), pid: id, alloc: id }),
    z.strictObject({
      type: z.literal('call'),
      pid: id,
      tid,
      bytes: bytes.check(z.maximum(16 * MiB)),
      fn: z.optional(name),
    }),
    z.strictObject({ type: z.literal('return'), pid: id, tid }),
    z.strictObject({ type: z.literal('pthread_create'), pid: id }),
    z.strictObject({ type: z.literal('fork'), pid: id, tid }),
    z.strictObject({
      type: z.literal('write'),
      pid: id,
      region: name,
      page: z.optional(z.int()),
    }),
    z.strictObject({
      type: z.literal('exec'),
      pid: id,
      program: z.optional(text),
      pie: z.optional(z.boolean()),
    }),
    z.strictObject({ type: z.literal('exit'), pid: id }),
    z.strictObject({ type: z.literal('shm'), pid: id, name, bytes: bytes.check(z.maximum(4 * MiB)) }),
    z.strictObject({
      type: z.literal('mmap-file'),
      pid: id,
      path: text,
      bytes: bytes.check(z.maximum(4 * MiB)),
      shared: z.boolean(),
    }),
  ]);
})() satisfies z.ZodMiniType<AddressSpaceEvent, unknown>;

/** A scenario: a config, a seed and the events to play (a pure IIFE, as {@link eventSchema}). */
export const scenarioSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A title shown by the CLI and the figure. */
    title: z.optional(z.string().check(z.maxLength(MAX_TITLE))),
    config: z.prefault(configSchema, {}),
    /** Seed for ASLR offsets. Default: 1. */
    seed: z._default(seedIn(), 1),
    events: z.array(eventSchema).check(z.maxLength(200)),
  }))() satisfies z.ZodMiniType<AddressSpaceScenario, unknown>;

/** Validates a scenario from outside; errors name the field (`events.2.bytes: …`). */
export function parseAddressSpaceScenario(input: unknown, source: string): Parsed<AddressSpaceScenario> {
  return parseScenario(scenarioSchema, input, source);
}

/** Validates a hand-written config and fills its defaults (a trusted one: `configWith`, config.ts). */
export function makeConfig(input: AddressSpaceConfigInput = {}): AddressSpaceConfig {
  return configSchema.parse(input);
}
