import { setTimeout as sleep } from 'node:timers/promises';
import { DevstackError } from '../errors/devstack-error.js';
import { describeExit, type SupervisedProcess } from '../process/supervisor.js';

export interface ReadyCheck<T> {
  /** What we wait for, as in "Meilisearch did not become ready". */
  label: string;
  /** Returns a value once ready, or undefined to try again; its errors count as "not yet". */
  probe: () => Promise<T | undefined>;
  timeoutMs: number;
  intervalMs?: number;
  /** Stop waiting as soon as this process ends. */
  process?: SupervisedProcess;
  /** Stop waiting when the start is interrupted. */
  isCancelled?: () => boolean;
  /** Shown when the time runs out, e.g. the last probe result. */
  describeTimeout?: () => string;
}

/** Polls `probe` until it yields a value; fails early when the process dies or the start is cancelled. */
export async function waitUntilReady<T>(check: ReadyCheck<T>): Promise<T> {
  let exitMessage: string | undefined;
  void check.process?.exited.then((exit) => (exitMessage = describeExit(exit)));
  const deadline = Date.now() + check.timeoutMs;
  for (;;) {
    if (check.isCancelled?.())
      throw new DevstackError('devstack/interrupted', `Stopped while waiting for ${check.label}.`);
    if (exitMessage !== undefined && check.process) {
      throw new DevstackError(
        'devstack/service-failed',
        `${check.label} exited before it was ready (${exitMessage}). Last output:\n${check.process.tail()}`,
      );
    }
    const value = await check.probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const detail = check.describeTimeout?.() ?? check.process?.tail() ?? '';
      throw new DevstackError(
        'devstack/service-failed',
        `${check.label} was not ready after ${check.timeoutMs / 1000} s.${detail ? `\n${detail}` : ''}`,
      );
    }
    await sleep(check.intervalMs ?? 200);
  }
}
