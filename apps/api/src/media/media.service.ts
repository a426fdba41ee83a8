import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Image } from '@noteshop/contracts';
import type { MediaVariant } from './media.schema';
import { sniffImageType } from './image-type';
import { ImageDecodeError, ImageEncoder } from './image-encoder';
import { MediaError } from './media.error';
import { MediaRepository } from './media.repository';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage';
import { planRenditionWidths } from './rendition-widths';

/** Largest upload accepted, in bytes. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
// Decoding is width × height × 4 bytes of memory; a small file can claim billions of pixels.
export const MAX_INPUT_PIXELS = 100_000_000;

const WEBP = 'image/webp';

@Injectable()
export class MediaService {
  private readonly logger = new Logger(MediaService.name);

  constructor(
    private readonly mediaRepository: MediaRepository,
    private readonly encoder: ImageEncoder,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  /**
   * Accepts an uploaded image for `customerId`: checks what it really is, re-encodes it to WebP
   * renditions (upright, metadata stripped), stores them and records the media row.
   */
  async upload(customerId: string, source: Buffer): Promise<Image> {
    if (source.length > MAX_UPLOAD_BYTES) throw MediaError.tooLarge(MAX_UPLOAD_BYTES);
    const sniffed = sniffImageType(source.subarray(0, 64));
    if (!sniffed.accepted) throw MediaError.unsupportedType(sniffed.description);

    const encoded = await this.encode(source, sniffed.description);
    const id = randomUUID();
    const files = encoded.renditions.map((rendition) => ({
      variant: {
        width: rendition.width,
        height: rendition.height,
        key: `${id}/${rendition.width}.webp`,
        bytes: rendition.bytes.length,
      } satisfies MediaVariant,
      bytes: rendition.bytes,
    }));
    const variants = files.map((file) => file.variant);
    const largest = variants.at(-1);
    if (!largest) throw new Error('encoding produced no rendition');

    try {
      await Promise.all(files.map((file) => this.storage.put(file.variant.key, file.bytes, WEBP)));
      const row = await this.mediaRepository.insert({
        id,
        ownerCustomerId: customerId,
        sourceMime: sniffed.mime,
        width: largest.width,
        height: largest.height,
        variants,
        dominantColor: encoded.dominantColor,
        blurhash: encoded.blurhash,
      });
      return this.mediaRepository.toImage(row);
    } catch (error) {
      // No row points at these files, so nobody could ever read or delete them: remove them now.
      await this.removeQuietly(variants.map((variant) => variant.key));
      throw error;
    }
  }

  private async encode(source: Buffer, detected: string) {
    try {
      const { width, height } = await this.encoder.dimensions(source);
      if (width * height > MAX_INPUT_PIXELS)
        throw MediaError.tooManyPixels(width, height, MAX_INPUT_PIXELS);
      return await this.encoder.encode(source, planRenditionWidths(width));
    } catch (error) {
      if (error instanceof ImageDecodeError) throw MediaError.undecodable(detected);
      throw error;
    }
  }

  private async removeQuietly(keys: string[]): Promise<void> {
    const results = await Promise.allSettled(keys.map((key) => this.storage.delete(key)));
    for (const result of results) {
      if (result.status === 'rejected')
        this.logger.warn(`could not remove an orphaned rendition: ${String(result.reason)}`);
    }
  }
}
