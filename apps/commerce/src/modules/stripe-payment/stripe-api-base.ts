import type Stripe from 'stripe';

export type StripeHostConfig = Required<Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'>>;

/**
 * Turns `STRIPE_API_BASE` (e.g. `http://127.0.0.1:12111`, the tests' local Stripe double) into the
 * host settings of the Stripe client. The base must be a bare origin: the client adds `/v1/...` itself.
 */
export function parseStripeApiBase(apiBase: string): StripeHostConfig {
  let url: URL;
  try {
    url = new URL(apiBase);
  } catch {
    throw new Error(
      `stripe-payment: STRIPE_API_BASE "${apiBase}" is not a URL (expected e.g. http://127.0.0.1:12111).`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`stripe-payment: STRIPE_API_BASE must be http or https, got ${url.protocol}`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      'stripe-payment: STRIPE_API_BASE must be an origin without a path, e.g. http://127.0.0.1:12111.',
    );
  }
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return {
    protocol,
    host: url.hostname,
    port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443,
  };
}
