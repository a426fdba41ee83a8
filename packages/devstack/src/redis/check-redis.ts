import net from 'node:net';
import { DevstackError } from '../errors/devstack-error.js';
import { maskUrl } from '../postgres/database-url.js';

/** Fails within seconds when nothing listens at REDIS_URL, before commerce would hang retrying. */
export async function checkRedis(redisUrl: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(redisUrl);
  } catch {
    throw new DevstackError(
      'devstack/config-invalid',
      'REDIS_URL is not a URL. Expected e.g. redis://127.0.0.1:6379.',
    );
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new DevstackError(
      'devstack/config-invalid',
      `REDIS_URL must start with redis:// or rediss:// (got ${url.protocol}//).`,
    );
  }
  const port = Number(url.port || 6379);
  const host = url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
  const problem = await tryConnect(host, port, 3_000);
  if (problem) {
    throw new DevstackError(
      'devstack/redis-unreachable',
      `Cannot reach Redis at REDIS_URL=${maskUrl(redisUrl)} (${problem}). Check the server is running, or unset REDIS_URL to use Medusa's in-memory modules.`,
    );
  }
}

function tryConnect(host: string, port: number, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('connect', () => {
      socket.end();
      resolve(undefined);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}
