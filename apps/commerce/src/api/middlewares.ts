import { defineMiddlewares } from '@medusajs/framework/http';
import { resolveUploadDir } from '../lib/data-dir';
import { serveUploads } from './static/serve-uploads';

export default defineMiddlewares({
  routes: [
    {
      // No `methods`: Medusa mounts it with app.use, so the handler sees paths relative to /static.
      matcher: '/static',
      middlewares: [serveUploads(resolveUploadDir(process.env))],
    },
  ],
});
