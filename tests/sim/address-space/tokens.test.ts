import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod/mini';
import { encodeTokens, tokensToEvents, type EventToken } from '../../../src/sim/address-space/index.ts';
import { tokensSchema } from '../../../src/sim/address-space/tokens-schema.ts';
import {
  MAX_TOKENS,
  MAX_TOKENS_TEXT,
  readTokens,
  tokensSchemaOf,
} from '../../../src/sim/address-space/tokens.ts';

const token: fc.Arbitrary<EventToken> = fc.record(
  {
    action: fc.constantFrom('m', 'M', 'c', 'r', 't', 'f', 'w', 's', 'W', 'e', 'x'),
    pid: fc.integer({ min: 0, max: 9_999_999 }),
    tid: fc.integer({ min: 0, max: 9_999_999 }),
  },
  { requiredKeys: ['action', 'pid'] },
);

describe('event tokens', () => {
  test('decode and encode are inverse', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        expect(tokensSchema.parse(encodeTokens(tokens))).toEqual(tokens);
      }),
    );
  });

  test('m1000,f1000,w1001 is malloc(64 KiB), fork, a write to the child heap', () => {
    expect(tokensToEvents(tokensSchema.parse('m1000,f1000,w1001'))).toEqual([
      { type: 'malloc', pid: 1000, bytes: 65536 },
      { type: 'fork', pid: 1000 },
      { type: 'write', pid: 1001, region: 'heap', page: 0 },
    ]);
  });

  test('m1000.1001 is a malloc by thread 1001; c1000.1001 a call on its stack', () => {
    expect(tokensToEvents(tokensSchema.parse('m1000.1001,c1000.1001'))).toEqual([
      { type: 'malloc', pid: 1000, tid: 1001, bytes: 65536 },
      { type: 'call', pid: 1000, tid: 1001, bytes: 8192 },
    ]);
  });

  test.each(['q1000', 'm', 'm1000,,f1000', 'm1000;f1000', 'm1000.', 'm.1001'])('rejects %s', (text) => {
    expect(tokensSchema.safeParse(text).success).toBe(false);
  });
});

describe('reading tokens without zod (readTokens) is the schema', () => {
  /** Text near the notation: valid token lists (some past 60 tokens or 600 characters), bent by junk. */
  const nearTokens = fc.oneof(
    fc.array(token, { maxLength: 90 }).map(encodeTokens),
    fc.string({ unit: fc.constantFrom(...'mMcrtfwsWex0123456789.,'), maxLength: 700 }),
    fc
      .tuple(
        fc.array(token, { maxLength: 70 }).map(encodeTokens),
        fc.nat(),
        fc.string({ unit: fc.constantFrom(...'., -q0M\n９ '), minLength: 1, maxLength: 3 }),
      )
      .map(
        ([text, at, junk]) =>
          text.slice(0, at % (text.length + 1)) + junk + text.slice(at % (text.length + 1)),
      ),
    fc.string({ maxLength: 20 }),
  );

  test('it accepts exactly what tokensSchema accepts, with the same tokens', () => {
    let accepted = 0;
    fc.assert(
      fc.property(nearTokens, (text) => {
        const parsed = tokensSchema.safeParse(text);
        const read = readTokens(text);
        if (parsed.success) accepted++;
        expect(read === null).toBe(!parsed.success);
        if (parsed.success) expect(read).toStrictEqual(parsed.data);
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(100); // both outcomes were tried
  });

  test('the limits: 60 tokens and 600 characters pass, one more does not', () => {
    const sixty = Array.from({ length: MAX_TOKENS }, () => 'm1000').join(',');
    expect(readTokens(sixty)).toHaveLength(60);
    expect(readTokens(`${sixty},f1`)).toBeNull();
    const long = `${Array.from({ length: 35 }, () => 'm1234567.1234567').join(',')},m1234`;
    expect(long.length).toBe(MAX_TOKENS_TEXT);
    expect(readTokens(long)).toHaveLength(36);
    expect(tokensSchema.safeParse(long).success).toBe(true);
    expect(readTokens(`${long}5`)).toBeNull();
    expect(tokensSchema.safeParse(`${long}5`).success).toBe(false);
    expect(readTokens('')).toEqual([]);
  });

  test('tokensSchemaOf builds the same schema with the zod it is given', () => {
    const built = tokensSchemaOf(z);
    for (const text of ['m1000,f1000', 'q1', Array.from({ length: 61 }, () => 'x1').join(','), ''])
      expect(built.safeParse(text)).toEqual(tokensSchema.safeParse(text));
  });
});
