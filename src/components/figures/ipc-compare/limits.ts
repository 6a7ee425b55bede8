/** The IPC figure's input limits, shared by its options and its controls. */

/** Largest message size the inputs accept (1 GiB, as the model's schema). */
export const MAX_SIZE = 1 << 30;
/** Largest count the inputs accept. */
export const MAX_COUNT = 1e9;
/** Largest animated message: 4 MiB keeps a run under a thousand steps. */
export const MAX_TRANSFER = 4 * 1024 * 1024;
