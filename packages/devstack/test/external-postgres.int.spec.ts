import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, dropDatabase, startStack, type Stack } from '../src/index.js';

// The machine's PostgreSQL (CI's production-like pass sets DATABASE_URL to it).
const serverUrl = process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const prefix = `h_devstack_${randomBytes(3).toString('hex')}`;
const names = { commerce: `${prefix}_commerce`, noteshop: `${prefix}_noteshop` };
let dataDir: string;
const stacks: Stack[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'devstack-external-'));
});

afterAll(async () => {
  await Promise.all(stacks.map((stack) => stack.stop()));
  for (const name of [...Object.values(names), `${prefix}_fresh`])
    await dropDatabase(serverUrl, name);
  await rm(dataDir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const start = async (): Promise<Stack> => {
  const stack = await startStack({
    dataDir,
    services: { pg: true },
    databaseNames: names,
    env: { DATABASE_URL: serverUrl },
    log: () => undefined,
  });
  stacks.push(stack);
  return stack;
};

describe('startStack with DATABASE_URL', () => {
  it('creates its databases on that server instead of starting PostgreSQL', async () => {
    const sut = await start();

    const rows = await query<{ datname: string }>(
      serverUrl,
      'SELECT datname FROM pg_database WHERE datname = ANY($1) ORDER BY datname',
      [Object.values(names)],
    );
    expect(rows.map((row) => row.datname)).toEqual([names.commerce, names.noteshop].sort());
    expect(await query(sut.databaseUrls.noteshop, 'SELECT current_database() AS name')).toEqual([
      { name: names.noteshop },
    ]);
    expect(sut.apiEnv().DATABASE_URL).toBe(sut.databaseUrls.noteshop);
    expect(existsSync(path.join(dataDir, 'pg'))).toBe(false);
  });

  it('starts again when the databases already exist', async () => {
    await expect(start()).resolves.toBeDefined();
  });

  it('createFreshDatabase gives an empty database every time', async () => {
    const url = await createFreshDatabase(serverUrl, `${prefix}_fresh`);
    await query(url, 'CREATE TABLE leftover (id int)');

    const sut = await createFreshDatabase(serverUrl, `${prefix}_fresh`);

    expect(sut).toBe(url);
    expect(await query(sut, "SELECT to_regclass('leftover') AS name")).toEqual([{ name: null }]);
  });
});
