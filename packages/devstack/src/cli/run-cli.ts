import { DevstackError } from '../errors/devstack-error.js';
import type { Stack } from '../platform/stack-types.js';
import { describeExit } from '../process/supervisor.js';

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs a stack until a signal or a crash: a signal stops everything and exits 0; a service that
 * dies on its own is named, the others are stopped, and the exit code is 1. Start failures print
 * their message only (a DevstackError never shows a stack) and exit 1.
 */
export async function runCli(
  start: (signal: AbortSignal) => Promise<Stack>,
  onReady: (stack: Stack) => void,
): Promise<void> {
  const controller = new AbortController();
  let stack: Stack | undefined;
  let stopping: Promise<void> | undefined;
  const stopAndExit = (code: number): Promise<void> => {
    stopping ??= (async () => {
      await stack?.stop();
      process.exit(code);
    })();
    return stopping;
  };
  for (const signal of SHUTDOWN_SIGNALS) {
    process.on(signal, () => {
      if (controller.signal.aborted) return;
      process.stdout.write(`\n[devstack] ${signal}: stopping everything…\n`);
      controller.abort();
      // Before the stack exists, the abort makes start() stop what it began and reject.
      if (stack) void stopAndExit(0);
    });
  }

  try {
    stack = await start(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) process.exit(0);
    process.stderr.write(`${formatError(error)}\n`);
    process.exit(1);
  }
  if (controller.signal.aborted) return stopAndExit(0);
  onReady(stack);

  const exit = await stack.unexpectedExit;
  process.stderr.write(
    `[devstack] ${exit.service} stopped unexpectedly (${describeExit(exit)}); stopping the others.\n`,
  );
  await stopAndExit(1);
}

function formatError(error: unknown): string {
  if (error instanceof DevstackError) return error.message;
  // Not a failure we foresaw: the stack is what a bug report needs.
  return error instanceof Error
    ? `Unexpected error: ${error.stack ?? error.message}`
    : `Unexpected error: ${String(error)}`;
}
