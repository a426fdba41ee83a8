import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StampStore } from '../build/stamps.js';
import { DevstackError } from '../errors/devstack-error.js';
import { verifyMeiliBinary } from './meili-binary.js';

let dir: string;
let binary: string;
let stamps: StampStore;
const content = 'pretend this is meilisearch';
const contentSha = createHash('sha256').update(content).digest('hex');

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'devstack-meili-'));
  binary = path.join(dir, 'meilisearch');
  await writeFile(binary, content, { mode: 0o644 });
  stamps = new StampStore(path.join(dir, 'stamps'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe(verifyMeiliBinary.name, () => {
  it('refuses a file whose sha256 differs and leaves it not executable', async () => {
    const error = await verifyMeiliBinary(binary, stamps, 'f'.repeat(64)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DevstackError);
    expect((error as DevstackError).code).toBe('devstack/binary-checksum');
    expect((error as DevstackError).message).toContain(
      `has sha256 ${contentSha}, expected ${'f'.repeat(64)}`,
    );
    expect((await stat(binary)).mode & 0o111).toBe(0);
    expect(await stamps.read('meili-binary')).toBeUndefined();
  });

  it('accepts the expected file and makes it executable', async () => {
    await verifyMeiliBinary(binary, stamps, contentSha);

    expect((await stat(binary)).mode & 0o111).toBe(0o111);
  });

  it('trusts its stamp while size and mtime are unchanged, and hashes again when they change', async () => {
    const mtime = new Date('2025-01-01T00:00:00Z');
    await utimes(binary, mtime, mtime);
    await verifyMeiliBinary(binary, stamps, contentSha);
    // Same size and mtime but other bytes: the stamp is trusted, which is what keeps warm starts fast.
    await writeFile(binary, content.toUpperCase());
    await utimes(binary, mtime, mtime);
    await expect(verifyMeiliBinary(binary, stamps, contentSha)).resolves.toBeUndefined();

    const later = new Date(mtime.getTime() + 5_000);
    await utimes(binary, later, later);
    await expect(verifyMeiliBinary(binary, stamps, contentSha)).rejects.toThrow('expected');
  });

  it('says the binary is missing', async () => {
    await expect(verifyMeiliBinary(path.join(dir, 'nope'), stamps, contentSha)).rejects.toThrow(
      'The Meilisearch binary is missing',
    );
  });
});
