/**
 * Settings of a run without zod: every default in one object (the schema, schema.ts, reads it
 * too) and a trusted input filled with them, which is all the figure needs.
 */
import { withDefaults } from '../scenario.ts';
import { DEFAULT_MMAP_THRESHOLD, DEFAULT_STACK_LIMIT } from './constants.ts';
import type { AddressSpaceConfig, AddressSpaceConfigInput } from './model.ts';

/** Every default of a run's settings; each field is documented on the schema (configSchema). */
export const CONFIG_DEFAULTS: AddressSpaceConfig = {
  pie: true,
  aslr: false,
  program: '/usr/bin/demo',
  /** A small program. */
  image: { text: 2, rodata: 1, data: 1, bss: 1 },
  /** The loader and libc, with small illustrative sizes. */
  libraries: [
    { path: '/lib64/ld-linux-x86-64.so.2', textPages: 8, dataPages: 1 },
    { path: '/lib/x86_64-linux-gnu/libc.so.6', textPages: 32, dataPages: 2 },
  ],
  mmapThreshold: DEFAULT_MMAP_THRESHOLD,
  stackLimit: DEFAULT_STACK_LIMIT,
  threadStackSize: DEFAULT_STACK_LIMIT,
  firstPid: 1000,
};

/**
 * A trusted config (the figure's, from options already checked) with every default filled in,
 * without zod: the same value as `makeConfig(input)` for valid input, and nothing is checked. The
 * image and the libraries are taken whole, as the schema takes them; the result shares no object
 * with the defaults or the input.
 */
export function configWith(input: AddressSpaceConfigInput = {}): AddressSpaceConfig {
  const c = withDefaults(CONFIG_DEFAULTS, input);
  return { ...c, image: { ...c.image }, libraries: c.libraries.map((l) => ({ ...l })) };
}
