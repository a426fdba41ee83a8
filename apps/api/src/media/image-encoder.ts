import { Injectable } from '@nestjs/common';
import { encode as encodeBlurhash } from 'blurhash';
import sharp from 'sharp';

/** One re-encoded rendition, ready to store. */
export interface EncodedRendition {
  width: number;
  height: number;
  bytes: Buffer;
}

/** An upload re-encoded to WebP, with placeholders derived from it. */
export interface EncodedImage {
  renditions: EncodedRendition[];
  dominantColor: string;
  blurhash: string;
}

/** Thrown when sharp cannot read the pixels of a file whose magic bytes looked fine. */
export class ImageDecodeError extends Error {
  constructor(cause: unknown) {
    super(`image could not be decoded: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'ImageDecodeError';
  }
}

const WEBP_QUALITY = 80;
const hex = (channel: number) => channel.toString(16).padStart(2, '0');

async function decoding<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new ImageDecodeError(error);
  }
}

/** Re-encodes uploads with sharp (libvips). Output never carries the source's metadata. */
@Injectable()
export class ImageEncoder {
  /** Width and height as displayed, i.e. after EXIF orientation is applied. */
  async dimensions(source: Buffer): Promise<{ width: number; height: number }> {
    return decoding(async () => {
      // Only the header is read here; the pixel limit is the caller's to enforce first.
      const metadata = await sharp(source, { limitInputPixels: false }).metadata();
      return { width: metadata.autoOrient.width, height: metadata.autoOrient.height };
    });
  }

  /** WebP renditions at `widths` (each ≤ the source's width), upright and stripped of EXIF/GPS/ICC. */
  async encode(source: Buffer, widths: number[]): Promise<EncodedImage> {
    return decoding(async () => {
      const renditions: EncodedRendition[] = [];
      // One after another: each pipeline already uses libvips' threads, and memory stays bounded.
      for (const width of widths) {
        const { data, info } = await sharp(source, { limitInputPixels: false })
          .rotate() // no angle: apply the EXIF orientation, then drop the tag with the metadata
          .resize({ width, withoutEnlargement: true })
          .webp({ quality: WEBP_QUALITY })
          .toBuffer({ resolveWithObject: true });
        renditions.push({ width: info.width, height: info.height, bytes: data });
      }
      // Placeholders come from the smallest rendition: same colours, a fraction of the pixels.
      const smallest = renditions[0];
      if (!smallest) throw new Error('no rendition widths were planned');
      const [dominantColor, blurhash] = await Promise.all([
        this.dominantColor(smallest.bytes),
        this.blurhash(smallest.bytes),
      ]);
      return { renditions, dominantColor, blurhash };
    });
  }

  private async dominantColor(webp: Buffer): Promise<string> {
    const { dominant } = await sharp(webp).stats();
    return `#${hex(dominant.r)}${hex(dominant.g)}${hex(dominant.b)}`;
  }

  private async blurhash(webp: Buffer): Promise<string> {
    const { data, info } = await sharp(webp)
      .resize(32, 32, { fit: 'inside' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const componentsX = info.width >= info.height ? 4 : 3;
    const componentsY = info.width >= info.height ? 3 : 4;
    return encodeBlurhash(
      new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
      info.width,
      info.height,
      componentsX,
      componentsY,
    );
  }
}
