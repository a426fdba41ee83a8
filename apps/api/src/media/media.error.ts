import type { DomainErrorCode } from '../errors/domain-error-code';
import { DomainError } from '../errors/domain-error';

type MediaErrorCode = Extract<DomainErrorCode, `media/${string}`>;

/** What an upload may be, in the words the messages use. */
export const ACCEPTED_IMAGE_TYPES = 'JPEG, PNG, WebP or AVIF';

export class MediaError extends DomainError<MediaErrorCode> {
  static missingFile(reason: string): MediaError {
    return new MediaError(
      'media/missing-file',
      `${reason}: send multipart/form-data with the image in a field named "file".`,
    );
  }

  static unsupportedType(detected: string): MediaError {
    return new MediaError(
      'media/unsupported-type',
      `The file is ${detected}; upload a ${ACCEPTED_IMAGE_TYPES} image instead.`,
      { detected, accepted: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] },
    );
  }

  static undecodable(detected: string): MediaError {
    return new MediaError(
      'media/unsupported-type',
      `The file looks like ${detected} but could not be decoded (truncated or corrupt?); ` +
        `export it again as ${ACCEPTED_IMAGE_TYPES} and retry.`,
      { detected, accepted: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] },
    );
  }

  static tooLarge(maxBytes: number): MediaError {
    return new MediaError(
      'media/too-large',
      `The file is larger than ${maxBytes / 1024 / 1024} MB; resize or compress it and retry.`,
      { maxBytes },
    );
  }

  static tooManyPixels(width: number, height: number, maxPixels: number): MediaError {
    return new MediaError(
      'media/too-large',
      `The image is ${width}×${height} pixels; at most ${maxPixels / 1_000_000} megapixels are ` +
        'accepted, so scale it down and retry.',
      { width, height, maxPixels },
    );
  }

  private constructor(code: MediaErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
