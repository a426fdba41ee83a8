import { describe, expect, it } from 'vitest';
import { planRenditionWidths, RENDITION_WIDTHS } from './rendition-widths';

describe(planRenditionWidths.name, () => {
  it('uses the three standard widths for a source at least as wide as the largest', () => {
    expect(planRenditionWidths(4032)).toEqual([...RENDITION_WIDTHS]);
    expect(planRenditionWidths(1080)).toEqual([320, 640, 1080]);
  });

  it('never upscales: a mid-size source tops out at its own width', () => {
    expect(planRenditionWidths(800)).toEqual([320, 640, 800]);
    expect(planRenditionWidths(500)).toEqual([320, 500]);
  });

  it('skips a top rendition barely wider than the last standard width', () => {
    expect(planRenditionWidths(700)).toEqual([320, 640]);
    expect(planRenditionWidths(330)).toEqual([320]);
  });

  it('keeps one rendition at the source width when the source is narrower than every standard width', () => {
    expect(planRenditionWidths(200)).toEqual([200]);
    expect(planRenditionWidths(1)).toEqual([1]);
  });

  it('plans strictly increasing widths, none wider than the source', () => {
    for (let width = 1; width <= 2000; width += 7) {
      const sut = planRenditionWidths(width);
      expect(sut.length).toBeGreaterThanOrEqual(1);
      expect(sut.length).toBeLessThanOrEqual(3);
      expect(Math.max(...sut)).toBeLessThanOrEqual(width);
      expect([...sut].sort((a, b) => a - b)).toEqual(sut);
      expect(new Set(sut).size).toBe(sut.length);
    }
  });
});
