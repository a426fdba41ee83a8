import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { InvalidEnvError, parseApiEnv } from './config/env';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const env = parseApiEnv(process.env);
  const app = await createApp(env);
  // SIGTERM/SIGINT close the app: the reconciler finishes its batch, the pool drains.
  app.enableShutdownHooks();
  await app.listen({ port: env.API_PORT, host: env.API_HOST });
  new Logger('Api').log(`listening on http://${env.API_HOST}:${env.API_PORT} (docs: /api/docs)`);
}

main().catch((error: unknown) => {
  // A readable line, not a stack: these are configuration and environment problems.
  const message =
    error instanceof InvalidEnvError || error instanceof Error ? error.message : String(error);
  console.error(`api failed to start: ${message}`);
  process.exit(1);
});
