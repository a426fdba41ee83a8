import { z } from 'zod';

/** One WebP rendition of an uploaded image. */
export const ImageRendition = z
  .object({
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    url: z.string(),
  })
  .meta({ id: 'ImageRendition' });
export type ImageRendition = z.infer<typeof ImageRendition>;

/** An uploaded image as clients show it: renditions for srcset, plus a placeholder colour/blurhash. */
export const Image = z
  .object({
    id: z.uuid(),
    width: z.number().int().positive().describe('Width of the largest rendition, in pixels'),
    height: z.number().int().positive(),
    renditions: z.array(ImageRendition).min(1).describe('Smallest first; use as srcset'),
    dominantColor: z
      .string()
      .regex(/^#[0-9a-f]{6}$/)
      .describe('Placeholder background, e.g. #d8c3b0'),
    blurhash: z.string().nullable(),
  })
  .meta({ id: 'Image' });
export type Image = z.infer<typeof Image>;
