/** The tasks model's public face: processes vs threads vs coroutines, memory and creation cost for N tasks. */
export * from './constants.ts';
export * from './defaults.ts';
/** Validation of outside input: loads zod, so the figures import the model's own files instead. */
export * from './schema.ts';
export * from './estimate.ts';
export * from './libco.ts';
