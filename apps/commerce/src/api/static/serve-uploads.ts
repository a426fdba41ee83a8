import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';

type UploadMiddleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => void;

/**
 * Serves file-local uploads under `/static`. Medusa itself serves `/static` only from
 * `<cwd>/static`, i.e. inside `.medusa/server`, which every build wipes; our uploads live in
 * `NOTESHOP_UPLOAD_DIR` instead. Mounted after Medusa's own static handler, so it only sees misses.
 */
export function serveUploads(uploadDir: string): UploadMiddleware {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let relativePath: string;
    try {
      // res.sendFile re-encodes the path, so hand it the decoded one.
      relativePath = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    if (relativePath === '/' || relativePath === '') return next();
    // `root` makes send refuse any path that climbs out of uploadDir (403) and dotfiles are denied.
    res.sendFile(
      relativePath,
      { root: uploadDir, dotfiles: 'deny', maxAge: '1d' },
      (error?: Error & { status?: number }) => {
        if (!error || res.headersSent) return;
        if (error.status === 404) return next();
        res.sendStatus(error.status ?? 500);
      },
    );
  };
}
