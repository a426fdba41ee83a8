import type { z } from 'zod';

/**
 * Keyset cursors as opaque, URL-safe tokens: base64url of a JSON tuple. Clients pass them back as
 * they are; their content is ours to change. Each list declares its tuple with zod.
 */
export function encodeOpaqueCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The tuple inside `cursor`, or null when it is not one of ours (the caller picks the error). */
export function decodeOpaqueCursor<Schema extends z.ZodType>(
  cursor: string,
  schema: Schema,
): z.infer<Schema> | null {
  // Node's base64 decoder skips characters it does not know, so check the alphabet first.
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = schema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}
