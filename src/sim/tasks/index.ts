/**
 * The tasks model's public face, what the islands import: processes vs threads vs coroutines, memory
 * and creation cost for N tasks; without zod (outside input: ./schema.ts).
 */
export * from './constants.ts';
export * from './model.ts';
export * from './estimate.ts';
export * from './libco.ts';
