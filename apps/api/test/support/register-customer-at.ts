import { randomUUID } from 'node:crypto';

/** A real Medusa customer and the JWT Medusa issued for them. */
export interface TestCustomer {
  customerId: string;
  email: string;
  token: string;
  /** `{ authorization: 'Bearer …' }`, ready for `request({ headers })`. */
  headers: { authorization: string };
}

/** Registers a customer through Medusa's store API at `commerceUrl` (no vitest needed). */
export async function registerCustomerAt(
  commerceUrl: string,
  publishableKey: string,
  name = 'Shopper',
): Promise<TestCustomer> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${randomUUID()}@test.noteshop.local`;
  const password = `pw-${randomUUID()}`;
  const post = async <T>(path: string, body: unknown, token?: string): Promise<T> => {
    const response = await fetch(`${commerceUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-publishable-api-key': publishableKey,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`POST ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  const registration = await post<{ token: string }>('/auth/customer/emailpass/register', {
    email,
    password,
  });
  const { customer } = await post<{ customer: { id: string } }>(
    '/store/customers',
    { email, first_name: name, last_name: 'Test' },
    registration.token,
  );
  const { token } = await post<{ token: string }>('/auth/customer/emailpass', { email, password });
  return { customerId: customer.id, email, token, headers: { authorization: `Bearer ${token}` } };
}
