import { existsSync } from 'node:fs';
import path from 'node:path';
import { DevstackError } from '../errors/devstack-error.js';
import { hashInputs } from './inputs-hash.js';
import type { StampStore } from './stamps.js';

/** One build whose inputs and outputs are known, so it can be skipped when nothing changed. */
export interface BuildStep {
  /** Stamp name and log label, e.g. `commerce-build`. */
  name: string;
  /** Files, folders or `*` patterns relative to the repo root (see hashInputs). */
  inputs: readonly string[];
  /** Paths relative to the repo root that the build must leave behind. */
  outputs: readonly string[];
  /** Runs the build; it must reject when the build fails. */
  build: () => Promise<void>;
  /** Anything else that changes the output, e.g. the command line. */
  salt?: string;
}

export type Freshness =
  | { fresh: true; hash: string }
  | { fresh: false; hash: string; reason: string };

/** Whether `step`'s outputs exist and were built from exactly the current inputs. */
export async function checkFreshness(
  step: BuildStep,
  root: string,
  stamps: StampStore,
): Promise<Freshness> {
  const hash = await hashInputs(root, step.inputs);
  const saltedHash = step.salt === undefined ? hash : `${hash}:${step.salt}`;
  const missing = step.outputs.find((output) => !existsSync(path.join(root, output)));
  if (missing) return { fresh: false, hash: saltedHash, reason: `${missing} is missing` };
  const stamp = await stamps.read(step.name);
  if (!stamp) return { fresh: false, hash: saltedHash, reason: 'it was never built here' };
  if (stamp.hash !== saltedHash)
    return { fresh: false, hash: saltedHash, reason: 'its sources changed' };
  return { fresh: true, hash: saltedHash };
}

/**
 * Builds `step` unless it is fresh, then records the inputs' hash.
 * Returns that hash, which later steps (migrations) can key on.
 */
export async function buildIfStale(
  step: BuildStep,
  root: string,
  stamps: StampStore,
  log: (line: string) => void,
): Promise<string> {
  const freshness = await checkFreshness(step, root, stamps);
  if (freshness.fresh) {
    log(`${step.name}: up to date`);
    return freshness.hash;
  }
  log(`${step.name}: building (${freshness.reason})`);
  const started = Date.now();
  await step.build();
  const missing = step.outputs.find((output) => !existsSync(path.join(root, output)));
  if (missing)
    throw new DevstackError(
      'devstack/command-failed',
      `${step.name} finished but ${missing} is still missing.`,
    );
  await stamps.write(step.name, { hash: freshness.hash, builtAt: new Date().toISOString() });
  log(`${step.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return freshness.hash;
}
