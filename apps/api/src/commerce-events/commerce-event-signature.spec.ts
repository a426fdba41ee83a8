import { describe, expect, it } from 'vitest';
import { signCommerceEvent, verifyCommerceEvent } from './commerce-event-signature';

const SECRET = 'a-webhook-secret-of-some-length';
const NOW = 1_800_000_000;
const body = Buffer.from(
  '{"id":"prod_1","event":"product.updated","occurredAt":"2027-01-15T08:00:00.000Z"}',
);

function signed(overrides: { secret?: string; timestamp?: number; body?: Buffer } = {}) {
  const timestamp = overrides.timestamp ?? NOW;
  return {
    rawBody: body,
    timestampHeader: String(timestamp),
    signatureHeader: `sha256=${signCommerceEvent(overrides.secret ?? SECRET, timestamp, overrides.body ?? body)}`,
  };
}

describe(verifyCommerceEvent.name, () => {
  it('accepts a body signed with our secret and a fresh timestamp', () => {
    expect(verifyCommerceEvent(SECRET, signed(), NOW)).toBe('valid');
    expect(verifyCommerceEvent(SECRET, signed({ timestamp: NOW - 299 }), NOW)).toBe('valid');
  });

  it('refuses a body changed after signing, even by one byte of whitespace', () => {
    const request = { ...signed(), rawBody: Buffer.from(`${body.toString()} `) };
    expect(verifyCommerceEvent(SECRET, request, NOW)).toBe('bad-signature');
  });

  it('refuses a signature made with another secret', () => {
    expect(verifyCommerceEvent(SECRET, signed({ secret: 'another-secret-entirely' }), NOW)).toBe(
      'bad-signature',
    );
  });

  it('refuses a timestamp more than 5 minutes old or ahead', () => {
    expect(verifyCommerceEvent(SECRET, signed({ timestamp: NOW - 301 }), NOW)).toBe(
      'stale-timestamp',
    );
    expect(verifyCommerceEvent(SECRET, signed({ timestamp: NOW + 301 }), NOW)).toBe(
      'stale-timestamp',
    );
  });

  it('refuses a signature that moved to another timestamp', () => {
    const request = { ...signed(), timestampHeader: String(NOW + 1) };
    expect(verifyCommerceEvent(SECRET, request, NOW)).toBe('bad-signature');
  });

  it.each([
    ['no signature', { signatureHeader: undefined }],
    ['no timestamp', { timestampHeader: undefined }],
    ['no sha256= prefix', { signatureHeader: signed().signatureHeader.slice('sha256='.length) }],
    ['a short digest', { signatureHeader: 'sha256=abcd' }],
    ['upper-case junk', { signatureHeader: `sha256=${'Z'.repeat(64)}` }],
    ['a non-numeric timestamp', { timestampHeader: '17e8' }],
    ['a negative timestamp', { timestampHeader: '-5' }],
  ])('refuses %s', (_name, override) => {
    expect(verifyCommerceEvent(SECRET, { ...signed(), ...override }, NOW)).toBe('bad-signature');
  });
});
