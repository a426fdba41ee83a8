import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

describe(formatMoney.name, () => {
  it('formats US dollars from cents in English', () => {
    expect(formatMoney(1999, 'usd', 'en-US')).toBe('$19.99');
  });

  it('formats yuan from fen in Chinese', () => {
    expect(formatMoney(13900, 'cny', 'zh-CN')).toBe('¥139.00');
  });

  it('keeps the plain yuan sign in English and the plain dollar sign in Chinese', () => {
    expect(formatMoney(13900, 'cny', 'en-US')).toBe('¥139.00');
    expect(formatMoney(1999, 'usd', 'zh-CN')).toBe('$19.99');
  });

  it('groups thousands and keeps both minor digits', () => {
    expect(formatMoney(123450, 'usd', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(5, 'cny', 'zh-CN')).toBe('¥0.05');
  });
});
