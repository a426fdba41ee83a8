import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a signed timestamp may be from our clock, either way, before we refuse a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

const SIGNATURE_HEADER = /^sha256=([0-9a-f]{64})$/;
const TIMESTAMP_HEADER = /^\d{1,12}$/;

/** `hex(HMAC-SHA256(secret, timestamp + "." + rawBody))`, as commerce's subscribers send it. */
export function signCommerceEvent(secret: string, timestamp: number, rawBody: Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

export interface SignedRequest {
  rawBody: Buffer;
  timestampHeader: string | undefined;
  signatureHeader: string | undefined;
}

export type SignatureVerdict = 'valid' | 'bad-signature' | 'stale-timestamp';

/**
 * Checks the signature over the exact bytes received, then the timestamp. The signature comes
 * first so an unsigned caller learns nothing about our clock.
 */
export function verifyCommerceEvent(
  secret: string,
  request: SignedRequest,
  nowSeconds: number,
): SignatureVerdict {
  const signature = SIGNATURE_HEADER.exec(request.signatureHeader?.trim() ?? '')?.[1];
  const timestampText = request.timestampHeader?.trim() ?? '';
  if (!signature || !TIMESTAMP_HEADER.test(timestampText)) return 'bad-signature';
  const timestamp = Number(timestampText);
  const expected = Buffer.from(signCommerceEvent(secret, timestamp, request.rawBody), 'hex');
  // Constant-time: a byte-by-byte compare would leak how much of a forged signature is right.
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return 'bad-signature';
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return 'stale-timestamp';
  return 'valid';
}
