import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DevstackError } from '../errors/devstack-error.js';
import { isAlive } from '../process/process-table.js';

/**
 * Fails when a postmaster from an earlier run still serves `pgDir` (say, after `kill -9` of
 * devstack). Stopping it ourselves could break another stack that shares the folder, so we ask.
 */
export function assertNoLeftoverPostmaster(pgDir: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  // A reused pid may belong to any process, even another cluster's postgres: match our folder.
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  if (!commandOf(pid, pgDir).includes(pgDir)) return;
  throw new DevstackError(
    'devstack/service-failed',
    `The embedded PostgreSQL for ${pgDir} is already running (pid ${pid}). Is another devstack using this data folder? ` +
      `If not, stop the leftover with "kill -INT ${pid}" and start again.`,
  );
}

function commandOf(pid: number, pgDir: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return pgDir; // no /proc: trust the pid file
  }
}
