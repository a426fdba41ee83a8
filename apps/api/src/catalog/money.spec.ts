import { describe, expect, it } from 'vitest';
import { toMinorUnits } from './money';

describe(toMinorUnits.name, () => {
  it('converts major units to integer minor units', () => {
    expect(toMinorUnits(19.99, 'usd')).toBe(1999);
    expect(toMinorUnits(129, 'cny')).toBe(12900);
    expect(toMinorUnits(0.5, 'usd')).toBe(50);
    expect(toMinorUnits(0, 'usd')).toBe(0);
  });

  it('does not lose a cent to binary floating point', () => {
    // 4.35 * 100 is 434.99999999999994 and 1.15 * 100 is 114.99999999999999.
    expect(toMinorUnits(4.35, 'usd')).toBe(435);
    expect(toMinorUnits(1.15, 'cny')).toBe(115);
    expect(toMinorUnits(0.1 + 0.2, 'usd')).toBe(30);
  });

  it('rounds half away from zero on the decimal digits', () => {
    expect(toMinorUnits(1.005, 'usd')).toBe(101);
    expect(toMinorUnits(1.004, 'usd')).toBe(100);
    expect(toMinorUnits(-1.005, 'usd')).toBe(-101);
    expect(toMinorUnits(9.995, 'usd')).toBe(1000);
  });

  it('accepts amounts serialised as decimal strings', () => {
    expect(toMinorUnits('249.00', 'cny')).toBe(24900);
    expect(toMinorUnits(' 12.345 ', 'usd')).toBe(1235);
    expect(toMinorUnits('7', 'usd')).toBe(700);
  });

  it('expands exponent notation instead of misreading it', () => {
    expect(toMinorUnits(1e-7, 'usd')).toBe(0);
    expect(toMinorUnits(5e-3, 'usd')).toBe(1);
  });

  it('refuses what is not an amount', () => {
    expect(() => toMinorUnits(Number.NaN, 'usd')).toThrow(RangeError);
    expect(() => toMinorUnits(Number.POSITIVE_INFINITY, 'usd')).toThrow(RangeError);
    expect(() => toMinorUnits('12,50', 'usd')).toThrow(RangeError);
    expect(() => toMinorUnits(1e300, 'usd')).toThrow(RangeError);
  });
});
