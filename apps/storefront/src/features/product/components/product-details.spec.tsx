import { fireEvent, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { currencyStorageKey } from '../../../lib/region';
import { stubFetch } from '../../../testing/fetch-stub';
import { productCard, storeConfig, variant } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ProductDetails } from './product-details';

const usd = (amount: number) => ({ amount, currencyCode: 'usd' as const });
const cny = (amount: number) => ({ amount, currencyCode: 'cny' as const });

// S and M in Red and Blue, L only in Red; M / Red is sold out; prices rise with size.
const tee = productCard({
  id: 'prod_tee',
  handle: 'two-tone-tee',
  title: 'Two-tone cotton tee',
  priceRanges: [
    { currencyCode: 'usd', min: 1999, max: 2499 },
    { currencyCode: 'cny', min: 13900, max: 17900 },
  ],
  variants: [
    variant({
      id: 'v_s_red',
      options: { Size: 'S', Colour: 'Red' },
      prices: [usd(1999), cny(13900)],
    }),
    variant({
      id: 'v_s_blue',
      options: { Size: 'S', Colour: 'Blue' },
      prices: [usd(1999), cny(13900)],
    }),
    variant({
      id: 'v_m_red',
      options: { Size: 'M', Colour: 'Red' },
      prices: [usd(2199), cny(15900)],
      inStock: false,
    }),
    variant({
      id: 'v_m_blue',
      options: { Size: 'M', Colour: 'Blue' },
      prices: [usd(2199), cny(15900)],
    }),
    variant({
      id: 'v_l_red',
      options: { Size: 'L', Colour: 'Red' },
      prices: [usd(2499), cny(17900)],
    }),
  ],
});

function renderTee() {
  stubFetch({
    '/api/config': () => ({ body: storeConfig }),
    '/api/products/two-tone-tee': () => ({ body: tee }),
  });
  return renderWithProviders(
    <Suspense fallback="loading">
      <ProductDetails handle="two-tone-tee" />
    </Suspense>,
  );
}

const option = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) });
const value = (group: HTMLElement, name: string) =>
  within(group).getByRole<HTMLButtonElement>('button', { name: new RegExp(`^${name}`) });

describe(ProductDetails.name, () => {
  it('shows the product with its price range and the first variant chosen', async () => {
    renderTee();
    expect(await screen.findByRole('heading', { name: 'Two-tone cotton tee' })).toBeTruthy();
    expect(screen.getByText('from $19.99')).toBeTruthy();
    expect(screen.getByText('Selected: S / Red')).toBeTruthy();
    expect(screen.getByText('$19.99')).toBeTruthy();
  });

  it('picks the variant matching the chosen options and shows its price', async () => {
    renderTee();
    await screen.findByRole('heading', { name: 'Two-tone cotton tee' });
    fireEvent.click(value(option('Size'), 'M'));
    fireEvent.click(value(option('Colour'), 'Blue'));
    expect(screen.getByText('Selected: M / Blue')).toBeTruthy();
    expect(screen.getByText('$21.99')).toBeTruthy();
  });

  it('disables a combination the catalog does not sell and moves to one it does', async () => {
    renderTee();
    await screen.findByRole('heading', { name: 'Two-tone cotton tee' });
    fireEvent.click(value(option('Colour'), 'Blue'));
    fireEvent.click(value(option('Size'), 'L'));
    expect(value(option('Colour'), 'Blue').disabled).toBe(true);
    expect(value(option('Colour'), 'Red').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('$24.99')).toBeTruthy();
  });

  it('marks a sold-out variant without hiding its price', async () => {
    renderTee();
    await screen.findByRole('heading', { name: 'Two-tone cotton tee' });
    fireEvent.click(value(option('Size'), 'M'));
    const red = value(option('Colour'), 'Red');
    expect(red.disabled).toBe(false);
    expect(within(red).getByText('Sold out')).toBeTruthy();
    expect(screen.getByText('$21.99')).toBeTruthy();
  });

  it('prices everything in the chosen currency', async () => {
    localStorage.setItem(currencyStorageKey, 'cny');
    renderTee();
    await screen.findByRole('heading', { name: 'Two-tone cotton tee' });
    expect(screen.getByText('from ¥139.00')).toBeTruthy();
    fireEvent.click(value(option('Size'), 'L'));
    expect(screen.getByText('¥179.00')).toBeTruthy();
  });

  it('keeps the bag button visibly disabled until the cart exists', async () => {
    renderTee();
    const button = await screen.findByRole<HTMLButtonElement>('button', {
      name: 'Add to bag · coming soon',
    });
    expect(button.disabled).toBe(true);
  });
});
