import { inject } from 'vitest';

/** Medusa's admin API with the seed's secret key, as a merchant's edits would arrive. */
export async function commerceAdmin<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const { commerceUrl, seed } = inject('stack');
  const response = await fetch(`${commerceUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Basic ${Buffer.from(`${seed.secretApiKey}:`).toString('base64')}`,
      'content-type': 'application/json',
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!response.ok)
    throw new Error(
      `${init.method ?? 'GET'} ${path}: HTTP ${response.status} ${await response.text()}`,
    );
  return (await response.json()) as T;
}

interface VariantPrice {
  id: string;
  amount: number;
  currency_code: string;
}

/** Sets every price of a variant in `currencyCode` to `amount` (major units), keeping the others. */
export async function setVariantPrice(
  productId: string,
  variantId: string,
  currencyCode: string,
  amount: number,
): Promise<void> {
  const path = `/admin/products/${productId}/variants/${variantId}`;
  const { variant } = await commerceAdmin<{ variant: { prices: VariantPrice[] } }>(
    `${path}?fields=id,prices.id,prices.amount,prices.currency_code`,
  );
  // Every price goes back with its currency: Medusa drops a price sent with its id alone.
  const prices = variant.prices.map((price) => ({
    id: price.id,
    currency_code: price.currency_code,
    amount: price.currency_code === currencyCode ? amount : price.amount,
  }));
  await commerceAdmin(path, { method: 'POST', body: { prices } });
}
