import path from 'node:path';
import { inheritedEnv } from '../config/service-variables.js';
import { httpGet } from '../net/http-probe.js';
import { waitUntilReady } from '../net/wait-until-ready.js';
import { seedDemoOnce } from './seed-demo.js';
import type { StackContext } from '../platform/stack-context.js';

/**
 * Runs the built api (`node apps/api/dist/main.js`) and waits until `/api/health` answers,
 * then until it says every dependency is up (200).
 */
export async function startApi(
  ctx: StackContext,
  env: Record<string, string>,
  port: number,
): Promise<{ url: string }> {
  const apiDir = path.join(ctx.repoRoot, 'apps', 'api');
  const api = ctx.supervisor.start('api', process.execPath, ['dist/main.js'], {
    cwd: apiDir,
    env: {
      ...inheritedEnv(),
      ...env,
      API_PORT: String(port),
      STOREFRONT_DIST: path.join(ctx.repoRoot, 'apps', 'storefront', 'dist'),
    },
  });
  const url = `http://127.0.0.1:${port}`;
  let lastHealth = '';
  const health = async (): Promise<{ status: number; body: string }> => {
    const response = await httpGet(`${url}/api/health`);
    lastHealth = `Last /api/health answer: HTTP ${response.status} ${response.body.slice(0, 500)}`;
    return response;
  };
  const common = { process: api, intervalMs: 300, isCancelled: ctx.isCancelled };
  await waitUntilReady({
    ...common,
    label: 'The api',
    timeoutMs: 60_000,
    probe: async () => (await health()).status,
  });
  await waitUntilReady({
    ...common,
    label: 'The api health check',
    timeoutMs: 60_000,
    probe: async () => ((await health()).status === 200 ? true : undefined),
    describeTimeout: () => lastHealth,
  });
  await seedDemoOnce(ctx, env);
  return { url };
}
