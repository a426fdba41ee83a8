import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { StampStore } from '../build/stamps.js';
import { inheritedEnv } from '../config/service-variables.js';
import { waitUntilReady } from '../net/wait-until-ready.js';
import type { Supervisor } from '../process/supervisor.js';
import { isMeiliAvailable } from './meili-health.js';
import { locateMeiliBinary, verifyMeiliBinary } from './meili-binary.js';

export interface MeilisearchOptions {
  dataDir: string;
  port: number;
  masterKey: string;
  supervisor: Supervisor;
  stamps: StampStore;
  isCancelled: () => boolean;
}

/** Runs the bundled, checksum-verified Meilisearch on 127.0.0.1:`port`; resolves with its URL once available. */
export async function startMeilisearch(options: MeilisearchOptions): Promise<string> {
  const { dataDir, port, masterKey, supervisor } = options;
  const binary = locateMeiliBinary();
  await verifyMeiliBinary(binary, options.stamps);
  const dbPath = path.join(dataDir, 'meili');
  await mkdir(dbPath, { recursive: true });
  const host = `http://127.0.0.1:${port}`;
  const meili = supervisor.start(
    'meilisearch',
    binary,
    [
      '--http-addr',
      `127.0.0.1:${port}`,
      '--db-path',
      dbPath,
      '--dump-dir',
      path.join(dataDir, 'meili-dumps'),
      '--snapshot-dir',
      path.join(dataDir, 'meili-snapshots'),
      '--no-analytics',
      '--env',
      'development',
      '--log-level',
      'WARN', // INFO logs every request, which buries the platform's own output
    ],
    // The key goes by environment, not --master-key, so `ps` does not show it to other users.
    { cwd: dataDir, env: { ...inheritedEnv(), MEILI_MASTER_KEY: masterKey } },
  );
  await waitUntilReady({
    label: 'Meilisearch',
    process: meili,
    timeoutMs: 30_000,
    intervalMs: 100,
    isCancelled: options.isCancelled,
    probe: () => isMeiliAvailable(host),
  });
  return host;
}
