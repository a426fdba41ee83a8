import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { productImageSvg, renderProductImage, wrapTitle } from './product-image';

const spec = {
  title: 'Velvet Matte Lipstick — Rosewood',
  category: 'makeup' as const,
  index: 0,
  caption: 'Full Size · Mini',
};

describe(renderProductImage.name, () => {
  it('renders a decodable 800×1000 WebP', async () => {
    const sut = await renderProductImage(spec);

    const metadata = await sharp(sut).metadata();
    expect(metadata.format).toBe('webp');
    expect([metadata.width, metadata.height]).toEqual([800, 1000]);
  });

  it('draws something other than a flat background', async () => {
    const sut = await renderProductImage(spec);

    const { channels } = await sharp(sut).stats();
    expect(channels[0]?.stdev).toBeGreaterThan(5);
  });
});

describe(productImageSvg.name, () => {
  it('escapes markup in titles and captions', () => {
    const sut = productImageSvg({
      ...spec,
      title: 'Salt & <Pepper>',
      caption: 'A "quoted" caption',
    });

    expect(sut).toContain('Salt &amp; &lt;Pepper&gt;');
    expect(sut).toContain('A &quot;quoted&quot; caption');
    expect(sut).not.toContain('<Pepper>');
  });

  it('composes each image of a product differently', () => {
    expect(productImageSvg({ ...spec, index: 0 })).not.toBe(productImageSvg({ ...spec, index: 1 }));
  });
});

describe(wrapTitle.name, () => {
  it('breaks titles between words within the line length', () => {
    expect(wrapTitle('Packable Travel Duffel 40L')).toEqual(['Packable Travel', 'Duffel 40L']);
  });

  it('keeps at most the given number of lines and marks the cut', () => {
    const sut = wrapTitle('one two three four five six', 3, 2);

    expect(sut).toEqual(['one', 'two…']);
  });
});
