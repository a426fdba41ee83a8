import { createHmac } from 'node:crypto';

/** What the api's `POST /api/internal/commerce-events` takes. */
export interface CommerceEventBody {
  id: string;
  event: string;
  occurredAt: string;
}

export interface WebhookTarget {
  url: string;
  secret: string;
}

export const COMMERCE_EVENTS_PATH = '/api/internal/commerce-events';
const DELIVERY_TIMEOUT_MS = 10_000;

/** Where and with what to sign, or nothing when `NOTESHOP_API_URL` or `WEBHOOK_SECRET` is unset. */
export function webhookTarget(env: NodeJS.ProcessEnv): WebhookTarget | undefined {
  const apiUrl = env['NOTESHOP_API_URL']?.trim().replace(/\/+$/, '');
  const secret = env['WEBHOOK_SECRET']?.trim();
  if (!apiUrl || !secret) return undefined;
  return { url: `${apiUrl}${COMMERCE_EVENTS_PATH}`, secret };
}

/** `sha256=<hex HMAC-SHA256(secret, timestamp + "." + rawBody)>`, the api's `x-signature`. */
export function signatureHeader(secret: string, timestamp: number, rawBody: string): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  return `sha256=${digest}`;
}

/**
 * POSTs one signed event and throws unless the api answers 2xx, so Medusa's event bus retries
 * it. The body is serialised once and those exact bytes are both signed and sent.
 */
export async function deliverCommerceEvent(
  target: WebhookTarget,
  event: CommerceEventBody,
  now: Date = new Date(),
): Promise<void> {
  const rawBody = JSON.stringify(event);
  const timestamp = Math.floor(now.getTime() / 1000);
  let response: Response;
  try {
    response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-noteshop-timestamp': String(timestamp),
        'x-signature': signatureHeader(target.secret, timestamp, rawBody),
      },
      body: rawBody,
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new Error(`noteshop api unreachable for ${event.event} ${event.id}: ${reason}`);
  }
  if (!response.ok) {
    const excerpt = (await response.text().catch(() => '')).slice(0, 200);
    throw new Error(
      `noteshop api refused ${event.event} ${event.id}: HTTP ${response.status} ${excerpt}`,
    );
  }
}
