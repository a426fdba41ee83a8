import { statSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { storefrontAnswer } from './storefront-route';

const isBuiltFile = (root: string) => (relativePath: string) => {
  try {
    return statSync(join(root, relativePath)).isFile();
  } catch {
    return false;
  }
};

/**
 * Serves the built storefront from `root` at `/`. Files are looked up per request, so a rebuild
 * shows without a restart. Anything the storefront does not answer goes to the not-found
 * handler, which replies in the api's error shape.
 */
export async function registerStorefront(fastify: FastifyInstance, root: string): Promise<void> {
  // `serve: false`: only the reply.sendFile decorator; routing is decided below.
  await fastify.register(fastifyStatic, { root, serve: false });
  const builtFile = isBuiltFile(root);
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const answer = storefrontAnswer(path, request.headers.accept, builtFile, root);
    switch (answer.kind) {
      case 'file':
        return reply
          .header('cache-control', answer.cacheControl)
          .sendFile(answer.relativePath, { cacheControl: false });
      case 'index-html':
        return reply
          .header('cache-control', answer.cacheControl)
          .sendFile('index.html', { cacheControl: false });
      case 'not-found':
        return reply.callNotFound();
    }
  });
}
