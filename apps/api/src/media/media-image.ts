import type { Image } from '@noteshop/contracts';
import type { media } from './media.schema';

type MediaRow = Pick<
  typeof media.$inferSelect,
  'id' | 'width' | 'height' | 'variants' | 'dominantColor' | 'blurhash'
>;

/**
 * The `Image` clients see for a stored media row. Every domain that shows an image (notes, feeds,
 * creator avatars) goes through here, so URLs are built in one place: `<publicBaseUrl>/<key>`.
 */
export function toImage(row: MediaRow, publicBaseUrl: string): Image {
  const renditions = [...row.variants]
    .sort((a, b) => a.width - b.width)
    .map((variant) => ({
      width: variant.width,
      height: variant.height,
      url: `${publicBaseUrl}/${variant.key}`,
    }));
  return {
    id: row.id,
    width: row.width,
    height: row.height,
    renditions,
    dominantColor: row.dominantColor,
    blurhash: row.blurhash,
  };
}
