import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ImageEncoder } from './image-encoder';
import { MediaError } from './media.error';
import type { MediaRepository, MediaRow, NewMediaRow } from './media.repository';
import { MAX_UPLOAD_BYTES, MediaService } from './media.service';
import { toImage } from './media-image';
import type { MediaStorage, StoredMedia } from './media-storage';

class InMemoryMediaStorage implements MediaStorage {
  readonly objects = new Map<string, Buffer>();

  put(key: string, bytes: Buffer): Promise<void> {
    this.objects.set(key, bytes);
    return Promise.resolve();
  }

  get(key: string): Promise<StoredMedia | null> {
    const bytes = this.objects.get(key);
    return Promise.resolve(
      bytes
        ? { stream: Readable.from(bytes), bytes: bytes.length, contentType: 'image/webp' }
        : null,
    );
  }

  delete(key: string): Promise<void> {
    this.objects.delete(key);
    return Promise.resolve();
  }
}

class InMemoryMediaRepository {
  readonly rows: MediaRow[] = [];
  failInserts = false;

  insert(row: NewMediaRow): Promise<MediaRow> {
    if (this.failInserts) return Promise.reject(new Error('database is down'));
    const stored = { ...row, blurhash: row.blurhash ?? null, createdAt: new Date() } as MediaRow;
    this.rows.push(stored);
    return Promise.resolve(stored);
  }

  toImage(row: MediaRow) {
    return toImage(row, '/media');
  }
}

function setup() {
  const storage = new InMemoryMediaStorage();
  const repository = new InMemoryMediaRepository();
  const sut = new MediaService(
    repository as unknown as MediaRepository,
    new ImageEncoder(),
    storage,
  );
  return { sut, storage, repository };
}

const jpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3366cc' } })
    .jpeg()
    .toBuffer();

describe(MediaService.name, () => {
  it('stores one WebP per planned width under <id>/<width>.webp and records the row', async () => {
    const { sut, storage, repository } = setup();

    const image = await sut.upload('cus_1', await jpeg(900, 600));

    expect([...storage.objects.keys()].sort()).toEqual(
      [`${image.id}/320.webp`, `${image.id}/640.webp`, `${image.id}/900.webp`].sort(),
    );
    expect(repository.rows).toHaveLength(1);
    expect(repository.rows[0]).toMatchObject({
      id: image.id,
      ownerCustomerId: 'cus_1',
      sourceMime: 'image/jpeg',
      width: 900,
      height: 600,
    });
    // WebP is lossy and stats() bins colours, so the placeholder is near, not equal, to #3366cc.
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(image.dominantColor.slice(at, at + 2), 16));
    expect(Math.abs(r! - 0x33) + Math.abs(g! - 0x66) + Math.abs(b! - 0xcc)).toBeLessThan(40);
  });

  it('removes the stored renditions when the row cannot be written', async () => {
    const { sut, storage, repository } = setup();
    repository.failInserts = true;

    await expect(sut.upload('cus_1', await jpeg(700, 700))).rejects.toThrow('database is down');

    expect(storage.objects.size).toBe(0);
  });

  it('refuses a file over the cap before decoding it', async () => {
    const { sut, storage } = setup();
    const bytes = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    bytes.set([0xff, 0xd8, 0xff]);

    await expect(sut.upload('cus_1', bytes)).rejects.toMatchObject({ code: 'media/too-large' });
    expect(storage.objects.size).toBe(0);
  });

  it('refuses an image with more pixels than it will decode, as too large', async () => {
    const { sut } = setup();
    // A real 1×1 PNG whose header is rewritten to claim 20000×20000 (400 megapixels).
    const header = await sharp({
      create: { width: 1, height: 1, channels: 3, background: '#000000' },
    })
      .png()
      .toBuffer();
    header.writeUInt32BE(20_000, 16);
    header.writeUInt32BE(20_000, 20);
    header.writeUInt32BE(crc32(header.subarray(12, 29)), 29);

    const upload = sut.upload('cus_1', header);

    await expect(upload).rejects.toBeInstanceOf(MediaError);
    await expect(upload).rejects.toMatchObject({ code: 'media/too-large' });
  });
});
