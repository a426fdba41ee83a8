import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiError } from '@noteshop/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bootApi, type BootedApi } from './support/boot-api';
import { startRecordingUpstream } from './support/recording-upstream';

const INDEX_HTML = '<!doctype html><title>NoteShop test storefront</title><div id="root"></div>';
const browser = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('one origin: proxy to commerce and the storefront', () => {
  let api: BootedApi;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'noteshop-storefront-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX_HTML);
    writeFileSync(join(dist, 'assets', 'app-3f9a.js'), 'console.log("storefront");');
    api = await bootApi('web', { STOREFRONT_DIST: dist });
  });

  afterAll(async () => {
    await api.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers /store/products through the api with the publishable key', async () => {
    const response = await api.request({
      url: '/store/products?limit=5&fields=id,handle',
      headers: { 'x-publishable-api-key': inject('stack').seed.publishableKey },
    });

    expect(response.statusCode).toBe(200);
    const body = response.json<{ products: { id: string; handle: string }[]; count: number }>();
    expect(body.products).toHaveLength(5);
    expect(body.count).toBeGreaterThanOrEqual(60);
  });

  it('passes commerce refusals through unchanged', async () => {
    const response = await api.request('/store/products');

    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/publishable/i);
  });

  it('serves index.html for a client-side route a browser opens', async () => {
    const response = await api.request({ url: '/p/some-handle', headers: browser });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(INDEX_HTML);
  });

  it('caches fingerprinted assets for a year and 404s missing ones', async () => {
    const asset = await api.request('/assets/app-3f9a.js');
    const missing = await api.request({ url: '/assets/app-0000.js', headers: { accept: '*/*' } });

    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(missing.statusCode).toBe(404);
    expect(missing.json<ApiError>().error.code).toBe('http/route-not-found');
  });

  it('answers unknown /api routes with a JSON 404, even to a browser', async () => {
    const response = await api.request({ url: '/api/no-such-route', headers: browser });

    expect(response.statusCode).toBe(404);
    expect(response.json<ApiError>()).toEqual({
      error: { code: 'http/route-not-found', message: 'Cannot GET /api/no-such-route' },
    });
  });

  it('serves the API docs and their OpenAPI document', async () => {
    const ui = await api.request('/api/docs');
    const document = await api.request('/api/docs/json');

    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
    const paths = Object.keys(document.json<{ paths: Record<string, unknown> }>().paths).sort();
    // Each domain's own spec checks its routes; these are the foundation's.
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/config',
        '/api/health',
        '/api/products',
        '/api/products/{handle}',
      ]),
    );
  });
});

describe('commerce proxy headers and bodies', () => {
  let api: BootedApi;
  let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;

  beforeAll(async () => {
    // A recording stand-in shows exactly what commerce would receive.
    upstream = await startRecordingUpstream();
    api = await bootApi('web_proxy', { COMMERCE_URL: upstream.url });
  });

  afterAll(async () => {
    await api.close();
    await upstream.close();
  });

  it('keeps the prefix and tells commerce the scheme, host and client the browser used', async () => {
    await api.request({
      url: '/store/carts?fields=id',
      headers: {
        host: 'shop.example.com',
        'x-forwarded-proto': 'https',
        'x-forwarded-for': '203.0.113.9',
      },
      remoteAddress: '10.1.2.3',
    });

    const [forwarded] = upstream.requests.slice(-1);
    expect(forwarded?.url).toBe('/store/carts?fields=id');
    expect(forwarded?.headers['x-forwarded-proto']).toBe('https');
    expect(forwarded?.headers['x-forwarded-host']).toBe('shop.example.com');
    expect(forwarded?.headers['x-forwarded-for']).toBe('203.0.113.9, 10.1.2.3');
  });

  it('says http when the client came over plain http', async () => {
    await api.request({ url: '/auth/session', headers: { host: 'localhost:3000' } });

    expect(upstream.requests.at(-1)?.headers['x-forwarded-proto']).toBe('http');
  });

  it('forwards a webhook body byte for byte', async () => {
    const payload = '{ "type" : "payment_intent.succeeded",\n  "amount": 1999 }';

    await api.request({
      method: 'POST',
      url: '/hooks/payment/stripe_stripe',
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=abc' },
      payload,
    });

    const received = upstream.requests.at(-1);
    expect(received?.method).toBe('POST');
    expect(received?.body.toString('utf8')).toBe(payload);
    expect(received?.headers['stripe-signature']).toBe('t=1,v1=abc');
  });

  it('answers in the api error shape when commerce is unreachable', async () => {
    await upstream.close();

    const response = await api.request('/store/products');

    expect(response.statusCode).toBe(502);
    expect(response.json<ApiError>().error.code).toBe('web/commerce-unavailable');
  });
});
