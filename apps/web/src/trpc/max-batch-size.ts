/**
 * The most calls one batched tRPC request may carry. The server refuses larger batches (400), so one
 * request cannot fan out into hundreds of procedure calls; the browser's batch link splits at the
 * same size, so the app itself never hits the limit (a page batches a handful at most).
 */
export const MAX_BATCH_SIZE = 20;
