import type { Readable } from 'node:stream';

/** Injection token of the {@link MediaStorage} the module chose (local disk or S3). */
export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

/** A stored object opened for reading. */
export interface StoredMedia {
  stream: Readable;
  bytes: number;
  contentType: string;
}

/**
 * Where rendition bytes live. Keys look like `<media id>/<width>.webp` and are public once
 * written: clients fetch them at `<MEDIA_PUBLIC_BASE_URL>/<key>`.
 */
export interface MediaStorage {
  /** Writes the object whole or not at all, replacing any object under `key`. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The object under `key`, or null when there is none. */
  get(key: string): Promise<StoredMedia | null>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}
