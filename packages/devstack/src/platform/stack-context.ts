import type { StampStore } from '../build/stamps.js';
import type { Supervisor } from '../process/supervisor.js';

/** What every start step needs: where things are, who runs processes, and how to report. */
export interface StackContext {
  repoRoot: string;
  dataDir: string;
  /** Where service variables are read (never inherited by children as-is). */
  serviceEnv: NodeJS.ProcessEnv;
  supervisor: Supervisor;
  stamps: StampStore;
  /** Progress lines from devstack itself, already prefixed. */
  log: (line: string) => void;
  isCancelled: () => boolean;
}
