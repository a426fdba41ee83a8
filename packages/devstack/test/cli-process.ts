import { spawn, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { SERVICE_VARIABLES } from '../src/config/service-variables.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A devstack CLI run as a real process, with its output collected. */
export class CliProcess {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  stdout = '';
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  /** Runs `src/cli/<script>.ts` with only `env` as service variables (the machine's own are removed). */
  constructor(script: 'start-services' | 'start-platform', env: Record<string, string>) {
    const base = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) =>
          !(SERVICE_VARIABLES as readonly string[]).includes(key) && key !== 'NOTESHOP_DATA_DIR',
      ),
    );
    this.child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join('src', 'cli', `${script}.ts`)],
      {
        cwd: packageDir,
        env: { ...base, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child.stdout.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('CLI did not start');
    return this.child.pid;
  }

  /** Resolves once stdout contains `text`; rejects if the CLI exits first or `timeoutMs` passes. */
  async waitForOutput(text: string, timeoutMs = 45_000): Promise<void> {
    let exited = false;
    void this.exited.then(() => (exited = true));
    const deadline = Date.now() + timeoutMs;
    while (!this.stdout.includes(text)) {
      if (exited || Date.now() > deadline) {
        throw new Error(
          `CLI ${exited ? 'exited' : 'timed out'} before printing "${text}".\nstdout:\n${this.stdout}\nstderr:\n${this.stderr}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The KEY=value lines it printed. */
  printedEnv(): Record<string, string> {
    const lines = this.stdout.split('\n').filter((line) => /^[A-Z_]+=/.test(line));
    return Object.fromEntries(
      lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
  }
}
