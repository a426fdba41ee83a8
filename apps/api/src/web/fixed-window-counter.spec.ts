import { describe, expect, it } from 'vitest';
import { FixedWindowCounter } from './fixed-window-counter';

describe(FixedWindowCounter.name, () => {
  it('allows the limit within a window, then says how long to wait', () => {
    const sut = new FixedWindowCounter(2, 60_000);

    expect(sut.hit('a', 0)).toBe(0);
    expect(sut.hit('a', 1_000)).toBe(0);
    expect(sut.hit('a', 15_000)).toBe(45);
  });

  it('counts keys apart and starts afresh in the next window', () => {
    const sut = new FixedWindowCounter(1, 60_000);

    expect(sut.hit('a', 0)).toBe(0);
    expect(sut.hit('b', 0)).toBe(0);
    expect(sut.hit('a', 59_999)).toBe(1);
    expect(sut.hit('a', 60_000)).toBe(0);
  });
});
