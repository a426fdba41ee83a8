import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalDiskMediaStorage } from './local-disk-media.storage';

describe(LocalDiskMediaStorage.name, () => {
  let root: string;
  let sut: LocalDiskMediaStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'media-storage-'));
    sut = new LocalDiskMediaStorage(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes the bytes under the key, leaving no temporary file behind', async () => {
    await sut.put('abc/320.webp', Buffer.from('first'), 'image/webp');
    await sut.put('abc/320.webp', Buffer.from('second'), 'image/webp');

    expect(await readFile(join(root, 'abc', '320.webp'), 'utf8')).toBe('second');
    expect(await readdir(join(root, 'abc'))).toEqual(['320.webp']);
  });

  it('reads back what it wrote, with its size and the WebP content type', async () => {
    await sut.put('abc/640.webp', Buffer.from('pixels'), 'image/webp');

    const stored = await sut.get('abc/640.webp');

    expect(stored).toMatchObject({ bytes: 6, contentType: 'image/webp' });
    expect(await text(stored!.stream)).toBe('pixels');
  });

  it('answers null for a missing key and deletes idempotently', async () => {
    await sut.put('abc/320.webp', Buffer.from('x'), 'image/webp');
    await sut.delete('abc/320.webp');
    await sut.delete('abc/320.webp');

    expect(await sut.get('abc/320.webp')).toBeNull();
    expect(await sut.get('nothing/here.webp')).toBeNull();
  });

  it('refuses keys that would leave its root', async () => {
    await expect(sut.put('../escape.webp', Buffer.from('x'), 'image/webp')).rejects.toThrow(
      /escapes the storage root/,
    );
    await expect(sut.get('/etc/passwd')).rejects.toThrow(/escapes the storage root/);
    await expect(sut.get('a/../../etc/passwd')).rejects.toThrow(/escapes the storage root/);
  });
});
