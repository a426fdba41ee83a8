import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export const COMMERCE_EVENTS_PATH = '/api/internal/commerce-events';
// An event is `{ id, event, occurredAt }`; anything much larger is not from commerce.
const MAX_BODY_BYTES = 16 * 1024;

const rawBodies = new WeakMap<FastifyRequest, Buffer>();

/** The exact bytes received for a commerce event, before JSON parsing touched them. */
export function rawBodyOf(request: FastifyRequest): Buffer | undefined {
  return rawBodies.get(request);
}

/**
 * Keeps a copy of the request bytes for {@link COMMERCE_EVENTS_PATH} only (a signature covers
 * bytes, not parsed JSON), then hands the same bytes on to the usual JSON parser. Must run
 * before Nest registers its routes, i.e. before `app.init()`.
 */
export function captureCommerceEventRawBody(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    if (route.url !== COMMERCE_EVENTS_PATH) return;
    route.bodyLimit = MAX_BODY_BYTES;
    const existing = route.preParsing;
    route.preParsing = [
      ...(Array.isArray(existing) ? existing : existing ? [existing] : []),
      async (request, _reply, payload) => {
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of payload) {
          const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
          size += buffer.length;
          if (size > MAX_BODY_BYTES) break;
          chunks.push(buffer);
        }
        const body = Buffer.concat(chunks);
        rawBodies.set(request, body);
        const replay = Readable.from([body]) as Readable & { receivedEncodedLength?: number };
        replay.receivedEncodedLength = size;
        return replay;
      },
    ];
  });
}
