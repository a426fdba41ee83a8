import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import NoteShopStripeProviderService from './service';

const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

// A minimal Stripe double: answers every request with a PaymentIntent and records what it saw.
async function stripeDouble(): Promise<{ base: string; requests: IncomingMessage[] }> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        id: 'pi_123',
        object: 'payment_intent',
        amount: 1999,
        currency: 'usd',
        status: 'requires_payment_method',
      }),
    );
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

describe(NoteShopStripeProviderService.name, () => {
  it("keeps Medusa's provider identifier, so the provider id stays pp_stripe_stripe", () => {
    expect(NoteShopStripeProviderService.identifier).toBe('stripe');
  });

  it('sends Stripe calls to STRIPE_API_BASE when it is set', async () => {
    const double = await stripeDouble();
    const sut = new NoteShopStripeProviderService(
      {},
      { apiKey: 'sk_test_double', webhookSecret: 'whsec_x', apiBase: double.base },
    );

    const result = await sut.retrievePayment({ data: { id: 'pi_123' } });

    expect(double.requests.map((req) => `${req.method} ${req.url}`)).toEqual([
      'GET /v1/payment_intents/pi_123',
    ]);
    expect(double.requests[0]?.headers.authorization).toBe('Bearer sk_test_double');
    expect(result.data).toMatchObject({ id: 'pi_123', amount: 19.99 });
  });
});
