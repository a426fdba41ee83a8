// `node dist/demo/seed-demo.js`: seeds the demo feed once (see DemoSeederService). Reads the api's
// environment; DEMO_ACCOUNTS_FILE, when set, receives the demo accounts' emails and passwords.
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseApiEnv } from '../config/env';
import { DemoModule } from './demo.module';
import { DemoSeederService } from './demo-seeder.service';

async function main(): Promise<void> {
  const env = parseApiEnv(process.env);
  const app = await NestFactory.createApplicationContext(DemoModule.forRoot(env), {
    logger: ['log', 'warn', 'error'],
  });
  try {
    const outcome = await app.get(DemoSeederService).seed();
    const accountsFile = process.env.DEMO_ACCOUNTS_FILE;
    if (outcome.status === 'seeded' && accountsFile)
      await writeFile(accountsFile, `${JSON.stringify(outcome.accounts, null, 2)}\n`, {
        mode: 0o600,
      });
    new Logger('seed-demo').log(
      outcome.status === 'seeded'
        ? 'demo content is ready'
        : 'demo content already present; nothing to do',
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
