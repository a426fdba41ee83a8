import { describe, expect, it } from 'vitest';
import { OUTBOX_RETRY_CAP_MS, outboxRetryDelayMs } from './outbox-backoff';

describe('outboxRetryDelayMs', () => {
  it('waits 250 ms after the first failure and doubles after each further one', () => {
    expect([1, 2, 3, 4, 5].map(outboxRetryDelayMs)).toEqual([250, 500, 1000, 2000, 4000]);
  });

  it('never waits longer than the cap, however many attempts failed', () => {
    expect(outboxRetryDelayMs(9)).toBe(OUTBOX_RETRY_CAP_MS);
    expect(outboxRetryDelayMs(10_000)).toBe(OUTBOX_RETRY_CAP_MS);
  });

  it('treats a nonsensical attempt count as the first failure', () => {
    expect(outboxRetryDelayMs(0)).toBe(250);
  });
});
