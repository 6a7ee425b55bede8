import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  encodeTokens,
  tokensSchema,
  tokensToEvents,
  type EventToken,
} from '../../../src/sim/address-space/index.ts';

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
