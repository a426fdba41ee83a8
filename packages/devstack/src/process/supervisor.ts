import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { DevstackError } from '../errors/devstack-error.js';
import { LineSplitter } from './line-splitter.js';
import { descendants, groupMembers, isAlive } from './process-table.js';

/** How a supervised process ended. `error` is set when it could not be started at all. */
export interface ServiceExit {
  service: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: string;
}

export interface SpawnOptions {
  cwd: string;
  env: Record<string, string>;
  /** Run as another user (embedded PostgreSQL refuses to run as root). */
  uid?: number;
  gid?: number;
  /** The signal that asks for a clean shutdown; SIGTERM unless the program wants another. */
  stopSignal?: NodeJS.Signals;
  /** How long a clean shutdown may take before the group is killed. */
  stopTimeoutMs?: number;
}

/** A long-running process started by the supervisor. */
export interface SupervisedProcess {
  readonly name: string;
  readonly pid: number | undefined;
  /** Settles when the process has ended, whoever ended it. */
  readonly exited: Promise<ServiceExit>;
  /** Its last lines of output, for error messages. */
  tail(): string;
}

interface Managed extends SupervisedProcess {
  hasExited: boolean;
  stopSignal: NodeJS.Signals;
  stopTimeoutMs: number;
}

const TAIL_LINES = 30;

/**
 * Starts child processes in their own process groups, prefixes their output into one log,
 * and stops every group (TERM, wait, KILL) in the reverse order of their start.
 */
export class Supervisor {
  /** Settles with the first long-running process that ends while the supervisor is not stopping. */
  readonly unexpectedExit: Promise<ServiceExit>;

  private readonly managed: Managed[] = [];
  private stopped: Promise<void> | undefined;
  private reportUnexpectedExit: (exit: ServiceExit) => void = () => undefined;
  // If the host process exits without calling stop(), no child group may outlive it.
  private readonly killAllOnExit = (): void => {
    for (const child of this.managed)
      if (child.pid && !child.hasExited) signalGroup(child.pid, 'SIGKILL');
  };

  constructor(private readonly log: (line: string) => void) {
    this.unexpectedExit = new Promise((resolve) => (this.reportUnexpectedExit = resolve));
  }

  get isStopping(): boolean {
    return this.stopped !== undefined;
  }

  /** Starts a service that should run until stop(). */
  start(
    name: string,
    command: string,
    args: readonly string[],
    options: SpawnOptions,
  ): SupervisedProcess {
    const child = this.spawn(name, command, args, options);
    void child.exited.then((exit) => {
      if (!this.isStopping) this.reportUnexpectedExit(exit);
    });
    return child;
  }

  /** Runs a command to completion; rejects with its last output when it fails or is stopped. */
  async run(
    name: string,
    command: string,
    args: readonly string[],
    options: SpawnOptions,
  ): Promise<void> {
    const child = this.spawn(name, command, args, options);
    const exit = await child.exited;
    // Whatever the command left running in its group serves no one now.
    const pid = child.pid;
    if (pid !== undefined && groupMembers(pid).length > 0) {
      signalGroup(pid, 'SIGKILL');
      await waitUntil(() => groupMembers(pid).length === 0, 2_000);
    }
    this.managed.splice(this.managed.indexOf(child), 1);
    if (this.isStopping) throw new DevstackError('devstack/interrupted', `${name} was stopped.`);
    if (exit.code !== 0) {
      throw new DevstackError(
        'devstack/command-failed',
        `${name} failed (${describeExit(exit)}). Last output:\n${child.tail()}`,
      );
    }
  }

  /** Stops every process, newest first. Safe to call more than once. */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      for (const child of [...this.managed].reverse()) await this.stopOne(child);
      process.removeListener('exit', this.killAllOnExit);
    })();
    return this.stopped;
  }

  private spawn(
    name: string,
    command: string,
    args: readonly string[],
    options: SpawnOptions,
  ): Managed {
    if (this.isStopping)
      throw new DevstackError(
        'devstack/interrupted',
        `Not starting ${name}: the stack is stopping.`,
      );
    const tail: string[] = [];
    const record = (line: string): void => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      this.log(`[${name}] ${line}`);
    };
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      ...(options.uid === undefined ? {} : { uid: options.uid }),
      ...(options.gid === undefined ? {} : { gid: options.gid }),
      detached: true, // a group of its own: Ctrl-C reaches us, and we stop children in order
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      const splitter = new LineSplitter(record);
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => splitter.push(chunk));
      stream.on('end', () => splitter.flush());
    }
    const managed: Managed = {
      name,
      pid: child.pid,
      hasExited: false,
      stopSignal: options.stopSignal ?? 'SIGTERM',
      stopTimeoutMs: options.stopTimeoutMs ?? 10_000,
      tail: () => tail.join('\n'),
      exited: new Promise<ServiceExit>((resolve) => {
        child.once('error', (error) => {
          managed.hasExited = true;
          record(error.message);
          resolve({ service: name, code: null, signal: null, error: error.message });
        });
        child.once('exit', (code, signal) => {
          managed.hasExited = true;
          // Let the pipes drain so the tail is complete, unless a grandchild holds them open.
          const settle = (): void => resolve({ service: name, code, signal });
          child.once('close', settle);
          setTimeout(settle, 500).unref();
        });
      }),
    };
    if (this.managed.length === 0) process.on('exit', this.killAllOnExit);
    this.managed.push(managed);
    return managed;
  }

  private async stopOne(child: Managed): Promise<void> {
    const pid = child.pid;
    if (pid === undefined) return;
    // Some programs (PostgreSQL) put their children in groups of their own: track those too.
    const others = new Set([...groupMembers(pid), ...descendants(pid)]);
    const remaining = (): number[] =>
      [...others, ...groupMembers(pid)].filter((member) => member !== pid && isAlive(member));
    const isGone = (): boolean => child.hasExited && remaining().length === 0;
    if (isGone()) return;
    signalGroup(pid, child.stopSignal);
    if (await waitUntil(isGone, child.stopTimeoutMs)) return;
    this.log(
      `[devstack] ${child.name} did not stop within ${child.stopTimeoutMs / 1000} s; killing it`,
    );
    signalGroup(pid, 'SIGKILL');
    for (const member of remaining()) signalProcess(member, 'SIGKILL');
    await waitUntil(isGone, 3_000);
  }
}

export function describeExit(exit: ServiceExit): string {
  if (exit.error) return `could not start: ${exit.error}`;
  if (exit.signal) return `killed by ${exit.signal}`;
  return `exit code ${exit.code ?? 'unknown'}`;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  signalProcess(-pgid, signal);
}

function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await sleep(50);
  }
  return condition();
}
