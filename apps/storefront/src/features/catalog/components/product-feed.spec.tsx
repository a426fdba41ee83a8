import type { ProductCard } from '@noteshop/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n/i18n';
import { currencyStorageKey } from '../../../lib/region';
import { requestedUrls, stubFetch, type ApiAnswer } from '../../../testing/fetch-stub';
import { productCard, productPage, storeConfig } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ProductFeed } from './product-feed';

const shirt = productCard({ id: 'prod_shirt', handle: 'linen-shirt', title: 'Linen shirt' });
const lipstick = productCard({
  id: 'prod_lipstick',
  handle: 'velvet-lipstick',
  title: 'Velvet matte lipstick',
  category: 'makeup',
  inStock: false,
  priceRanges: [
    { currencyCode: 'usd', min: 1500, max: 2200 },
    { currencyCode: 'cny', min: 9900, max: 14900 },
  ],
});
const backpack = productCard({
  id: 'prod_backpack',
  handle: 'city-backpack',
  title: 'City backpack',
  category: 'travel',
});

function serveCatalog(products: (url: URL) => ApiAnswer) {
  return stubFetch({ '/api/config': () => ({ body: storeConfig }), '/api/products': products });
}

const cardFor = (title: string) => screen.getByRole('link', { name: new RegExp(title) });

function twoPages(url: URL): ApiAnswer {
  return url.searchParams.get('cursor') === 'page-2'
    ? { body: productPage([backpack]) }
    : { body: productPage([shirt, lipstick], 'page-2') };
}

describe(ProductFeed.name, () => {
  it('shows each product card with its price in dollars by default', async () => {
    serveCatalog(twoPages);
    renderWithProviders(<ProductFeed category={undefined} />);
    expect(await screen.findByText('Linen shirt')).toBeTruthy();
    expect(within(cardFor('Linen shirt')).getByText('$19.99')).toBeTruthy();
    expect(within(cardFor('Velvet matte lipstick')).getByText('from $15.00')).toBeTruthy();
    expect(cardFor('Linen shirt').getAttribute('href')).toBe('/products/linen-shirt');
  });

  it('marks only the out-of-stock product with the badge', async () => {
    serveCatalog(twoPages);
    renderWithProviders(<ProductFeed category={undefined} />);
    await screen.findByText('Velvet matte lipstick');
    expect(within(cardFor('Velvet matte lipstick')).queryByText('Out of stock')).not.toBeNull();
    expect(within(cardFor('Linen shirt')).queryByText('Out of stock')).toBeNull();
  });

  it('prices cards in the currency the shopper chose', async () => {
    localStorage.setItem(currencyStorageKey, 'cny');
    serveCatalog(twoPages);
    renderWithProviders(<ProductFeed category={undefined} />);
    await screen.findByText('Linen shirt');
    expect(within(cardFor('Linen shirt')).getByText('¥139.00')).toBeTruthy();
    expect(within(cardFor('Velvet matte lipstick')).getByText('from ¥99.00')).toBeTruthy();
  });

  it('speaks Chinese and defaults to yuan for a Chinese reader who has not chosen a region', async () => {
    await i18n.changeLanguage('zh-CN');
    serveCatalog(twoPages);
    renderWithProviders(<ProductFeed category={undefined} />);
    await screen.findByText('Linen shirt');
    expect(within(cardFor('Velvet matte lipstick')).getByText('¥99.00 起')).toBeTruthy();
    expect(within(cardFor('Velvet matte lipstick')).getByText('缺货')).toBeTruthy();
  });

  it('loads the next page with the cursor when "Load more" is pressed, then says it has reached the end', async () => {
    const fetchStub = serveCatalog(twoPages);
    renderWithProviders(<ProductFeed category={undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('City backpack')).toBeTruthy();
    expect(screen.getByText('Linen shirt')).toBeTruthy();
    expect(screen.getByText("You've reached the end")).toBeTruthy();
    const productRequests = requestedUrls(fetchStub).filter(
      (url) => url.pathname === '/api/products',
    );
    expect(productRequests.map((url) => url.searchParams.get('cursor'))).toEqual([null, 'page-2']);
  });

  it('asks the api for the chosen category only', async () => {
    const fetchStub = serveCatalog(() => ({ body: productPage([lipstick]) }));
    renderWithProviders(<ProductFeed category="makeup" />);
    await screen.findByText('Velvet matte lipstick');
    const productRequest = requestedUrls(fetchStub).find((url) => url.pathname === '/api/products');
    expect(productRequest?.searchParams.get('category')).toBe('makeup');
  });

  it('says so when a category has no products', async () => {
    serveCatalog(() => ({ body: productPage([]) }));
    renderWithProviders(<ProductFeed category="travel" />);
    expect(await screen.findByText('Nothing here yet')).toBeTruthy();
  });

  it('shows an error with a retry that recovers once the api answers', async () => {
    let products: ProductCard[] | null = null;
    serveCatalog(() =>
      products
        ? { body: productPage(products) }
        : {
            status: 503,
            body: { error: { code: 'catalog/unavailable', message: 'Catalog is warming up' } },
          },
    );
    renderWithProviders(<ProductFeed category={undefined} />);
    expect(await screen.findByText("We couldn't load the products")).toBeTruthy();
    products = [shirt];
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Linen shirt')).toBeTruthy();
  });
});
