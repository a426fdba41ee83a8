import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { MediaStorage, StoredMedia } from './media-storage';

// The only content type we ever store; served files must say it exactly.
const CONTENT_TYPES: Record<string, string> = { '.webp': 'image/webp' };

const isMissing = (error: unknown) =>
  error instanceof Error &&
  'code' in error &&
  (error.code === 'ENOENT' || error.code === 'ENOTDIR');

/** Stores media as files under `root` (MEDIA_DIR), one folder per media id. */
export class LocalDiskMediaStorage implements MediaStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  // The content type follows from the key's extension when the file is served.
  async put(key: string, bytes: Buffer, _contentType: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Readers never see half a file: write beside it, then rename (atomic within a filesystem).
    const temporary = `${path}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredMedia | null> {
    const path = this.pathOf(key);
    try {
      const file = await stat(path);
      if (!file.isFile()) return null;
      const extension = path.slice(path.lastIndexOf('.'));
      return {
        stream: createReadStream(path),
        bytes: file.size,
        contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** The file for `key`; refuses any key that would leave the root (`..`, absolute paths). */
  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    const inside = relative(this.root, path);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
      throw new Error(`media key escapes the storage root: ${JSON.stringify(key)}`);
    return join(this.root, inside);
  }
}
