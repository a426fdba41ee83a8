import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../src/net/free-port.js';
import { isPortFree } from '../src/net/port-check.js';
import { descendants, isAlive } from '../src/process/process-table.js';
import { CliProcess } from './cli-process.js';

let dataDir: string;
let ports: { pg: number; meili: number };
const cliEnv = (): Record<string, string> => ({
  NOTESHOP_DATA_DIR: dataDir,
  PG_PORT: String(ports.pg),
  MEILI_PORT: String(ports.meili),
});

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'devstack-services-'));
  ports = { pg: await findFreePort(), meili: await findFreePort() };
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** The CLI and everything below it, plus the postmaster named in postmaster.pid. */
function startedProcesses(cli: CliProcess): number[] {
  const postmaster = Number(
    readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  return [...new Set([cli.pid, postmaster, ...descendants(cli.pid), ...descendants(postmaster)])];
}

describe('start-services CLI', () => {
  it('starts PostgreSQL and Meilisearch, and SIGTERM leaves no process behind', async () => {
    const cli = new CliProcess('start-services', cliEnv());
    await cli.waitForOutput('services ready');
    const env = cli.printedEnv();

    expect(
      (await query(env.NOTESHOP_DATABASE_URL ?? '', 'SELECT current_database() AS name')).rows,
    ).toEqual([{ name: 'noteshop' }]);
    expect(
      (await query(env.COMMERCE_DATABASE_URL ?? '', 'SELECT current_database() AS name')).rows,
    ).toEqual([{ name: 'commerce' }]);
    await query(env.NOTESHOP_DATABASE_URL ?? '', 'CREATE TABLE survives_restart (id int)');
    const health = await fetch(`${env.MEILI_HOST}/health`);
    expect(await health.json()).toEqual({ status: 'available' });
    expect((await fetch(`${env.MEILI_HOST}/indexes`)).status).toBe(401);
    expect(
      (
        await fetch(`${env.MEILI_HOST}/indexes`, {
          headers: { Authorization: `Bearer ${env.MEILI_MASTER_KEY}` },
        })
      ).status,
    ).toBe(200);

    const pids = startedProcesses(cli);
    const commands = pids.map(commandOf);
    expect(commands.some((command) => command.includes('meilisearch'))).toBe(true);
    expect(
      commands.filter((command) => command.includes('postgres')).length,
    ).toBeGreaterThanOrEqual(3); // postmaster + workers

    process.kill(cli.pid, 'SIGTERM');
    const exit = await cli.exited;

    expect(exit.code).toBe(0);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(await isPortFree(ports.pg)).toBe(true);
    expect(await isPortFree(ports.meili)).toBe(true);
  });

  it('reuses the cluster on the next start, refuses a second devstack on it, and Ctrl-C (SIGINT) stops it', async () => {
    const cli = new CliProcess('start-services', cliEnv());
    await cli.waitForOutput('services ready');
    const env = cli.printedEnv();

    const second = new CliProcess('start-services', {
      ...cliEnv(),
      PG_PORT: String(await findFreePort()),
      MEILI_PORT: String(await findFreePort()),
    });
    expect((await second.exited).code).toBe(1);
    expect(second.stderr).toMatch(
      /The embedded PostgreSQL for .* is already running \(pid \d+\)\. Is another devstack using this data folder\?/,
    );

    expect(cli.stdout).not.toContain('initialising the embedded PostgreSQL');
    const tables = await query(
      env.NOTESHOP_DATABASE_URL ?? '',
      "SELECT to_regclass('survives_restart')::text AS name",
    );
    expect(tables.rows).toEqual([{ name: 'survives_restart' }]);

    const pids = startedProcesses(cli);
    process.kill(cli.pid, 'SIGINT');
    expect((await cli.exited).code).toBe(0);
    expect(pids.filter(isAlive)).toEqual([]);
  });

  it('names a service that dies on its own, stops the others and exits 1', async () => {
    const cli = new CliProcess('start-services', cliEnv());
    await cli.waitForOutput('services ready');
    const pids = startedProcesses(cli);
    const meili = pids.find((pid) => commandOf(pid).includes('meilisearch'));
    expect(meili).toBeDefined();

    process.kill(meili ?? 0, 'SIGKILL');
    const exit = await cli.exited;

    expect(exit.code).toBe(1);
    expect(cli.stderr).toContain(
      'meilisearch stopped unexpectedly (killed by SIGKILL); stopping the others.',
    );
    expect(pids.filter(isAlive)).toEqual([]);
  });
});
