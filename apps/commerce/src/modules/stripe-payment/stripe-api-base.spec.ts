import { describe, expect, it } from 'vitest';
import { parseStripeApiBase } from './stripe-api-base';

describe(parseStripeApiBase.name, () => {
  it('reads protocol, host and port of a local double', () => {
    expect(parseStripeApiBase('http://127.0.0.1:12111')).toEqual({
      protocol: 'http',
      host: '127.0.0.1',
      port: 12111,
    });
  });

  it('uses the default port of the scheme when none is given', () => {
    expect(parseStripeApiBase('https://stripe.internal')).toEqual({
      protocol: 'https',
      host: 'stripe.internal',
      port: 443,
    });
    expect(parseStripeApiBase('http://stripe-double/')).toEqual({
      protocol: 'http',
      host: 'stripe-double',
      port: 80,
    });
  });

  it('refuses a base with a path, since the client adds /v1 itself', () => {
    expect(() => parseStripeApiBase('http://127.0.0.1:12111/v1')).toThrow('without a path');
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => parseStripeApiBase('127.0.0.1:12111')).toThrow();
    expect(() => parseStripeApiBase('not a url')).toThrow('is not a URL');
    expect(() => parseStripeApiBase('ftp://127.0.0.1')).toThrow('must be http or https');
  });
});
