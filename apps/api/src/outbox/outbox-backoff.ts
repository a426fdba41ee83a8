/** First retry after a failure; each further failure doubles the wait. */
export const OUTBOX_RETRY_BASE_MS = 250;
/** Never wait longer than this, so a recovered Meilisearch is caught up within a minute. */
export const OUTBOX_RETRY_CAP_MS = 60_000;

/** How long a row waits before its next try, given how many attempts have failed so far (≥ 1). */
export function outboxRetryDelayMs(failedAttempts: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  // 2^30 already dwarfs the cap; clamping the exponent keeps the arithmetic finite.
  return Math.min(OUTBOX_RETRY_CAP_MS, OUTBOX_RETRY_BASE_MS * 2 ** Math.min(exponent, 30));
}
