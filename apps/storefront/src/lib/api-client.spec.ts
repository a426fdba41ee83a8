import { ProductCard } from '@noteshop/contracts';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../testing/fetch-stub';
import { productCard } from '../testing/fixtures';
import { apiGet, ApiRequestError } from './api-client';

describe(apiGet.name, () => {
  it('returns the body parsed by its contract', async () => {
    const card = productCard({ id: 'prod_1', handle: 'linen-shirt', title: 'Linen shirt' });
    stubFetch({ '/api/products/linen-shirt': () => ({ body: card }) });
    await expect(apiGet('/api/products/linen-shirt', ProductCard)).resolves.toEqual(card);
  });

  it("turns the api's error body into an ApiRequestError with its code", async () => {
    stubFetch({
      '/api/products/gone': () => ({
        status: 404,
        body: { error: { code: 'catalog/product-not-found', message: 'No product gone' } },
      }),
    });
    const failure = apiGet('/api/products/gone', ProductCard);
    await expect(failure).rejects.toBeInstanceOf(ApiRequestError);
    await expect(failure).rejects.toMatchObject({ status: 404, code: 'catalog/product-not-found' });
  });

  it('rejects a body that breaks the contract instead of passing it on', async () => {
    stubFetch({ '/api/products/odd': () => ({ body: { id: 'prod_1', title: 'No handle' } }) });
    await expect(apiGet('/api/products/odd', ProductCard)).rejects.toMatchObject({
      code: 'client/invalid-response',
    });
  });
});
