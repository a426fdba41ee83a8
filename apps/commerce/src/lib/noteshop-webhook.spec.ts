import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { deliverCommerceEvent, webhookTarget } from './noteshop-webhook';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  url: string | undefined;
}

describe(webhookTarget.name, () => {
  it('needs both the api URL and the secret', () => {
    expect(
      webhookTarget({ NOTESHOP_API_URL: 'http://127.0.0.1:3000/', WEBHOOK_SECRET: 's' }),
    ).toEqual({
      url: 'http://127.0.0.1:3000/api/internal/commerce-events',
      secret: 's',
    });
    expect(webhookTarget({ NOTESHOP_API_URL: 'http://127.0.0.1:3000' })).toBeUndefined();
    expect(webhookTarget({ WEBHOOK_SECRET: 's', NOTESHOP_API_URL: ' ' })).toBeUndefined();
  });
});

describe(deliverCommerceEvent.name, () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  async function serve(status: number): Promise<{ url: string; received: Received[] }> {
    const received: Received[] = [];
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({
          headers: request.headers,
          body: Buffer.concat(chunks).toString(),
          url: request.url,
        });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/api/internal/commerce-events`, received };
  }

  const event = { id: 'prod_1', event: 'product.updated', occurredAt: '2027-01-15T08:00:00.000Z' };

  it('signs the exact bytes it sends with the timestamp it sends', async () => {
    const { url, received } = await serve(202);
    await deliverCommerceEvent(
      { url, secret: 'the-secret' },
      event,
      new Date('2027-01-15T08:00:05Z'),
    );

    const [request] = received;
    expect(request?.url).toBe('/api/internal/commerce-events');
    expect(JSON.parse(request?.body ?? '')).toEqual(event);
    expect(request?.headers['x-noteshop-timestamp']).toBe('1800000005');
    const expected = createHmac('sha256', 'the-secret')
      .update(`1800000005.${request?.body}`)
      .digest('hex');
    expect(request?.headers['x-signature']).toBe(`sha256=${expected}`);
  });

  it('throws on a non-2xx answer so the event bus retries', async () => {
    const { url } = await serve(401);
    await expect(deliverCommerceEvent({ url, secret: 's' }, event)).rejects.toThrow(/HTTP 401/);
  });

  it('throws when the api is unreachable', async () => {
    await expect(
      deliverCommerceEvent(
        { url: 'http://127.0.0.1:1/api/internal/commerce-events', secret: 's' },
        event,
      ),
    ).rejects.toThrow(/unreachable/);
  });
});
