import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../src/net/free-port.js';
import { CliProcess } from './cli-process.js';

let dataDir: string;
let blocker: net.Server;
let takenPort: number;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'devstack-failures-'));
  blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  takenPort = (blocker.address() as net.AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => blocker.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
});

async function runToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; seconds: number }> {
  const started = Date.now();
  const cli = new CliProcess('start-services', { NOTESHOP_DATA_DIR: dataDir, ...env });
  const { code } = await cli.exited;
  return { code, stderr: cli.stderr, seconds: (Date.now() - started) / 1000 };
}

describe('start-services CLI with bad configuration', () => {
  it('fails within seconds when a port is taken, naming the variable, before starting anything', async () => {
    const sut = await runToExit({
      PG_PORT: String(await findFreePort()),
      MEILI_PORT: String(takenPort),
    });

    expect(sut.code).toBe(1);
    expect(sut.seconds).toBeLessThan(10);
    expect(sut.stderr.trim()).toBe(
      `Port ${takenPort} (Meilisearch) is already in use. Stop the other process or set MEILI_PORT to a free port.`,
    );
    expect(existsSync(path.join(dataDir, 'pg'))).toBe(false);
  });

  it('fails within seconds when DATABASE_URL points nowhere, naming DATABASE_URL and no stack trace', async () => {
    const sut = await runToExit({
      DATABASE_URL: 'postgres://root@127.0.0.1:1/x',
      MEILI_PORT: String(await findFreePort()),
    });

    expect(sut.code).toBe(1);
    expect(sut.seconds).toBeLessThan(10);
    expect(sut.stderr.trim()).toBe(
      'Cannot reach PostgreSQL at DATABASE_URL=postgres://root@127.0.0.1:1/x (ECONNREFUSED). ' +
        'Check the server is running, or unset DATABASE_URL to use the embedded PostgreSQL.',
    );
  });

  it('fails within seconds when MEILI_HOST points nowhere', async () => {
    const sut = await runToExit({
      PG_PORT: String(await findFreePort()),
      MEILI_HOST: 'http://127.0.0.1:1',
      MEILI_MASTER_KEY: 'key',
    });

    expect(sut.code).toBe(1);
    expect(sut.seconds).toBeLessThan(10);
    expect(sut.stderr).toContain(
      'Cannot reach Meilisearch at MEILI_HOST=http://127.0.0.1:1 (ECONNREFUSED)',
    );
  });
});
