import type { CurrencyCode } from '@noteshop/contracts';

// Digits after the decimal point of each currency's minor unit (cents, fen).
const MINOR_UNIT_DIGITS: Record<CurrencyCode, number> = { usd: 2, cny: 2 };

// 0.1 + 0.2 prints as "0.30000000000000004": the shortest decimal that round-trips, which is
// what Medusa meant. Exponent forms (1e-7) are expanded so the digits can be read one by one.
function decimalText(amount: number | string): string {
  if (typeof amount === 'string') return amount.trim();
  if (!Number.isFinite(amount)) throw new RangeError(`Amount ${amount} is not a finite number`);
  const text = String(amount);
  return /e/i.test(text) ? amount.toFixed(20) : text;
}

/**
 * Converts a Medusa amount in major units (19.99) to integer minor units (1999). Rounds half away
 * from zero on the decimal digits, so 1.005 becomes 101, not the 100 that `Math.round(1.005 * 100)` gives.
 */
export function toMinorUnits(amount: number | string, currencyCode: CurrencyCode): number {
  const digits = MINOR_UNIT_DIGITS[currencyCode];
  const text = decimalText(amount);
  const match = /^([-+])?(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) throw new RangeError(`Amount "${text}" is not a decimal number`);
  const [, sign, whole = '', fraction = ''] = match;
  const kept = fraction.padEnd(digits, '0').slice(0, digits);
  const roundsUp = (fraction[digits] ?? '0') >= '5';
  const magnitude = Number(whole + kept) + (roundsUp ? 1 : 0);
  if (!Number.isSafeInteger(magnitude)) throw new RangeError(`Amount "${text}" is too large`);
  return sign === '-' && magnitude !== 0 ? -magnitude : magnitude;
}
