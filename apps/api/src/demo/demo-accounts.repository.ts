import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';

/** A real Medusa customer the demo created, with the password it was given. */
export interface DemoAccount {
  customerId: string;
  email: string;
  password: string;
}

/**
 * Registers demo customers through commerce's store API, exactly as the storefront does, so their
 * email and password sign in like anyone's.
 */
@Injectable()
export class DemoAccountsRepository {
  constructor(@Inject(API_ENV) private readonly env: ApiEnv) {}

  async register(name: string, emailLocalPart: string): Promise<DemoAccount> {
    const email = `${emailLocalPart}.${randomBytes(3).toString('hex')}@demo.noteshop.local`;
    const password = randomBytes(12).toString('base64url');
    const { token } = await this.post<{ token: string }>('/auth/customer/emailpass/register', {
      email,
      password,
    });
    const { customer } = await this.post<{ customer: { id: string } }>(
      '/store/customers',
      { email, first_name: name, last_name: 'Demo' },
      token,
    );
    return { customerId: customer.id, email, password };
  }

  private async post<T>(path: string, body: unknown, token?: string): Promise<T> {
    const response = await fetch(`${this.env.COMMERCE_URL}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-publishable-api-key': this.env.COMMERCE_PUBLISHABLE_KEY,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok)
      throw new Error(`commerce POST ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}
