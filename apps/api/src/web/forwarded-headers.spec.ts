import { describe, expect, it } from 'vitest';
import { withForwardedHeaders } from './forwarded-headers';

describe(withForwardedHeaders.name, () => {
  it('tells commerce the scheme and host the browser used', () => {
    const sut = withForwardedHeaders(
      { protocol: 'https', host: 'shop.example.com', remoteAddress: '10.0.0.7', headers: {} },
      { host: '127.0.0.1:9000', accept: 'application/json' },
    );

    expect(sut).toEqual({
      host: '127.0.0.1:9000',
      accept: 'application/json',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'shop.example.com',
      'x-forwarded-for': '10.0.0.7',
    });
  });

  it('appends the connecting peer to an existing address chain', () => {
    const sut = withForwardedHeaders(
      {
        protocol: 'http',
        host: 'localhost:3000',
        remoteAddress: '172.16.0.2',
        headers: { 'x-forwarded-for': '203.0.113.9, 198.51.100.4' },
      },
      {},
    );

    expect(sut['x-forwarded-for']).toBe('203.0.113.9, 198.51.100.4, 172.16.0.2');
  });

  it('overrides forwarded values a client tried to pass through', () => {
    const sut = withForwardedHeaders(
      { protocol: 'http', host: 'localhost:3000', remoteAddress: '127.0.0.1', headers: {} },
      { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' },
    );

    expect(sut['x-forwarded-proto']).toBe('http');
    expect(sut['x-forwarded-host']).toBe('localhost:3000');
  });
});
