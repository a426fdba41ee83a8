import type { FastifyInstance } from 'fastify';
import type { MediaStorage } from './media-storage';

// Exactly what we write: `<media id>/<width>.webp`. Anything else (`..`, `%2e`, other names) is
// a 404 before the storage is asked, so no path can leave the media root.
const MEDIA_KEY =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9]\d{0,4}\.webp$/;

// A key names one encoding of one upload forever, so caches may keep it for a year.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves stored renditions at `GET /media/<key>` (outside `/api`), the default
 * MEDIA_PUBLIC_BASE_URL. With S3 the public base URL points at the bucket or CDN instead.
 */
export function registerMediaFiles(fastify: FastifyInstance, storage: MediaStorage): void {
  fastify.get('/media/*', async (request, reply) => {
    const key = (request.params as { '*': string })['*'];
    if (!MEDIA_KEY.test(key)) return reply.callNotFound();
    const stored = await storage.get(key);
    if (!stored) return reply.callNotFound();
    return reply
      .header('content-type', stored.contentType)
      .header('content-length', stored.bytes)
      .header('cache-control', IMMUTABLE)
      .header('x-content-type-options', 'nosniff')
      .send(stored.stream);
  });
}
