import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootApi, type BootedApi } from './support/boot-api';
import { registerCustomer, type TestCustomer } from './support/customers';

describe('rate limits', () => {
  let api: BootedApi;
  let mei: TestCustomer;
  let jess: TestCustomer;

  beforeAll(async () => {
    api = await bootApi('rate_limits', {
      RATE_LIMIT_WRITES_PER_MINUTE: '3',
      RATE_LIMIT_LOGINS_PER_MINUTE: '2',
    });
    [mei, jess] = await Promise.all([registerCustomer('Mei'), registerCustomer('Jess')]);
  });

  afterAll(() => api.close());

  const follow = (customer: TestCustomer) =>
    api.request({
      method: 'PUT',
      url: '/api/creators/nobody_here/follow',
      headers: customer.headers,
    });

  it('refuses a customer’s writes past the limit with 429, Retry-After and our error shape', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await follow(mei)).statusCode);
    const refused = await follow(mei);

    expect(statuses).toEqual([404, 404, 404]);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const body = refused.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('request/rate-limited');
    expect(body.error.message).toMatch(/Too many changes/);
  });

  it('counts each customer apart, and leaves reads alone', async () => {
    expect((await follow(jess)).statusCode).toBe(404);
    expect((await api.request('/api/products?limit=1')).statusCode).toBe(200);
  });

  it('limits sign-in attempts through the /auth proxy per address', async () => {
    const attempt = () =>
      api.request({
        method: 'POST',
        url: '/auth/customer/emailpass',
        headers: { 'content-type': 'application/json' },
        payload: { email: 'nobody@test.noteshop.local', password: 'wrong-password' },
      });
    const first = await attempt();
    await attempt();
    const third = await attempt();

    expect(first.statusCode).toBe(401); // Medusa itself refused the wrong password
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({ error: { code: 'request/rate-limited' } });
  });
});
