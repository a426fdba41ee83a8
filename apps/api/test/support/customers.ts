import { inject } from 'vitest';
import { registerCustomerAt, type TestCustomer } from './register-customer-at';

export type { TestCustomer };

/**
 * Registers a customer through Medusa's store API the way the storefront does (register the
 * identity, create the customer, log in) and returns the token Medusa signed for them.
 */
export async function registerCustomer(name = 'Shopper'): Promise<TestCustomer> {
  const { commerceUrl, seed } = inject('stack');
  return registerCustomerAt(commerceUrl, seed.publishableKey, name);
}
