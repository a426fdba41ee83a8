import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiEnv } from '../config/env';
import { RateLimitedError } from '../errors/rate-limited.error';
import { FixedWindowCounter } from './fixed-window-counter';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MINUTE = 60_000;

/**
 * Limits writes to /api per customer (per address when anonymous) and logins and registrations
 * through the /auth proxy per address, answering 429 with Retry-After in our error shape.
 */
export function registerRateLimits(fastify: FastifyInstance, env: ApiEnv): void {
  const writes = new FixedWindowCounter(env.RATE_LIMIT_WRITES_PER_MINUTE, MINUTE);
  const logins = new FixedWindowCounter(env.RATE_LIMIT_LOGINS_PER_MINUTE, MINUTE);
  fastify.addHook('onRequest', (request, reply, done) => {
    const check = policyFor(request);
    if (!check) return done();
    const counter = check.kind === 'login' ? logins : writes;
    const retryAfter = counter.hit(check.key);
    if (retryAfter === 0) return done();
    void reply
      .header('retry-after', String(retryAfter))
      .send(
        new RateLimitedError(check.kind === 'login' ? 'sign-in attempts' : 'changes', retryAfter),
      );
  });
}

function policyFor(request: FastifyRequest): { kind: 'login' | 'write'; key: string } | null {
  if (!WRITE_METHODS.has(request.method)) return null;
  if (request.url.startsWith('/auth/')) return { kind: 'login', key: request.ip };
  // Internal webhooks are HMAC-signed by commerce, and a bulk import must not be throttled.
  if (!request.url.startsWith('/api/') || request.url.startsWith('/api/internal/')) return null;
  return { kind: 'write', key: customerKey(request) ?? `ip:${request.ip}` };
}

/**
 * The customer a bearer token names, read without verifying it: a forged token is refused with
 * 401 before any write, so it can only spend its own bucket, never someone else's data.
 */
function customerKey(request: FastifyRequest): string | null {
  const token = /^Bearer\s+([^.\s]+)\.([^.\s]+)\./i.exec(request.headers.authorization ?? '');
  if (!token?.[2]) return null;
  try {
    const payload = JSON.parse(Buffer.from(token[2], 'base64url').toString('utf8')) as unknown;
    const actorId = (payload as { actor_id?: unknown } | null)?.actor_id;
    return typeof actorId === 'string' && actorId.length > 0 ? `customer:${actorId}` : null;
  } catch {
    return null;
  }
}
