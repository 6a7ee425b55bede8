import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CONFIG_DEFAULTS, configWith } from '../../../src/sim/address-space/config.ts';
import type { AddressSpaceConfigInput } from '../../../src/sim/address-space/model.ts';
import { configSchema, makeConfig } from '../../../src/sim/address-space/schema.ts';

const PAGE = 4096;
const pages = (min: number) => fc.integer({ min, max: 64 }); // 4 + 8 × 2 fields of ≤ 64 stay under 2048 pages
const pageMultiple = fc.integer({ min: 1, max: 256 * 1024 }).map((n) => n * PAGE); // up to 1 GiB
const text = (max: number) => fc.string({ minLength: 1, maxLength: max });

/** Random valid partial configs: any subset of the fields; the image and libraries are whole, as the schema wants them. */
const validInput: fc.Arbitrary<AddressSpaceConfigInput> = fc.record(
  {
    pie: fc.boolean(),
    aslr: fc.boolean(),
    program: text(4096),
    image: fc.record({ text: pages(1), rodata: pages(0), data: pages(0), bss: pages(0) }),
    libraries: fc.array(fc.record({ path: text(64), textPages: pages(1), dataPages: pages(0) }), {
      maxLength: 8,
    }),
    mmapThreshold: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    stackLimit: pageMultiple,
    threadStackSize: pageMultiple,
    firstPid: fc.integer({ min: 1, max: 4_000_000 }),
  },
  { requiredKeys: [] },
);

describe('configs without zod (configWith) match the schema', () => {
  test('the defaults: configSchema.parse({}) is configWith({}) and makeConfig()', () => {
    expect(configWith({})).toStrictEqual(configSchema.parse({}));
    expect(configWith()).toStrictEqual(makeConfig());
    expect(configWith()).toStrictEqual(CONFIG_DEFAULTS);
  });

  test('any valid partial config fills the same way', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const parsed = configSchema.safeParse(input);
        expect(parsed.error).toBeUndefined(); // the generator makes valid input only
        expect(configWith(input)).toStrictEqual(parsed.data);
      }),
      { numRuns: 300 },
    );
  });

  test('the result shares no object with the defaults or the input', () => {
    const image = { text: 3, rodata: 1, data: 1, bss: 1 };
    const c = configWith({ image });
    c.image.text = 9;
    configWith().libraries[0]!.textPages = 99;
    configWith().image.bss = 7;
    expect(image.text).toBe(3);
    expect(CONFIG_DEFAULTS.libraries[0]!.textPages).toBe(8);
    expect(CONFIG_DEFAULTS.image.bss).toBe(1);
  });
});
