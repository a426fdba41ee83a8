import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertNoLeftoverPostmaster } from './leftover-postmaster.js';

let pgDir: string;
let impostor: ChildProcess | undefined;

beforeEach(async () => {
  pgDir = path.join(await mkdtemp(path.join(tmpdir(), 'devstack-leftover-')), 'pg');
});

afterEach(async () => {
  impostor?.kill('SIGKILL');
  await rm(path.dirname(pgDir), { recursive: true, force: true });
});

const writePidFile = async (pid: number): Promise<void> => {
  await mkdir(pgDir, { recursive: true });
  await writeFile(path.join(pgDir, 'postmaster.pid'), `${pid}\n${pgDir}\n`);
};

describe(assertNoLeftoverPostmaster.name, () => {
  it('passes when there is no pid file', () => {
    expect(() => assertNoLeftoverPostmaster(pgDir)).not.toThrow();
  });

  it('passes when the pid is gone or belongs to a process serving another folder', async () => {
    await writePidFile(2 ** 22 + 1);
    expect(() => assertNoLeftoverPostmaster(pgDir)).not.toThrow();

    await writePidFile(process.pid);
    expect(() => assertNoLeftoverPostmaster(pgDir)).not.toThrow();
  });

  it('fails, naming the pid, when a live process still serves this folder', async () => {
    impostor = spawn('sh', ['-c', 'sleep 30', 'postgres', '-D', pgDir]);
    await writePidFile(impostor.pid ?? 0);

    expect(() => assertNoLeftoverPostmaster(pgDir)).toThrow(
      `is already running (pid ${impostor.pid})`,
    );
  });
});
