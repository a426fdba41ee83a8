import { describe, expect, it } from 'vitest';
import { toImage } from './media-image';

describe(toImage.name, () => {
  it('lists renditions smallest first, with URLs under the public base', () => {
    const sut = toImage(
      {
        id: '7b0f6a0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
        width: 1080,
        height: 1350,
        variants: [
          { width: 1080, height: 1350, key: 'a/1080.webp', bytes: 90_000 },
          { width: 320, height: 400, key: 'a/320.webp', bytes: 9_000 },
          { width: 640, height: 800, key: 'a/640.webp', bytes: 30_000 },
        ],
        dominantColor: '#d8c3b0',
        blurhash: null,
      },
      'https://cdn.example.com/media',
    );

    expect(sut.renditions.map((rendition) => rendition.url)).toEqual([
      'https://cdn.example.com/media/a/320.webp',
      'https://cdn.example.com/media/a/640.webp',
      'https://cdn.example.com/media/a/1080.webp',
    ]);
    expect(sut).toMatchObject({ width: 1080, height: 1350, dominantColor: '#d8c3b0' });
  });
});
