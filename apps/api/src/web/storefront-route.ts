import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Paths owned by the api and by commerce; the storefront never answers them. */
export const RESERVED_PREFIXES = ['/api', '/store', '/auth', '/hooks'] as const;

export type StorefrontAnswer =
  | { kind: 'file'; relativePath: string; cacheControl: string }
  | { kind: 'index-html'; cacheControl: string }
  | { kind: 'not-found' };

const IMMUTABLE = 'public, max-age=31536000, immutable';
// Revalidate every time (ETag makes it cheap), so a deploy shows at once.
const REVALIDATE = 'no-cache';

const isReserved = (path: string) =>
  RESERVED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

const acceptsHtml = (accept: string | undefined) =>
  accept !== undefined && /\btext\/html\b/.test(accept);

// Vite fingerprints everything under /assets, so those files never change under one name.
const cacheControlFor = (relativePath: string) =>
  relativePath.startsWith(`assets${sep}`) || relativePath.startsWith('assets/')
    ? IMMUTABLE
    : REVALIDATE;

/** The file under `root` that `urlPath` names, or null when it is malformed or escapes `root`. */
export function fileUnderRoot(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = relative(root, resolve(root, `.${decoded}`));
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return null;
  return path;
}

/**
 * Decides how the storefront answers a GET: a built file when one exists, otherwise `index.html`
 * for a browser navigation (a client-side route such as `/p/some-handle`), otherwise a 404.
 * A missing script or image must 404 rather than get HTML, or the browser reports a confusing error.
 */
export function storefrontAnswer(
  urlPath: string,
  accept: string | undefined,
  builtFile: (relativePath: string) => boolean,
  root: string,
): StorefrontAnswer {
  if (isReserved(urlPath)) return { kind: 'not-found' };
  const file = fileUnderRoot(root, urlPath);
  if (file !== null && builtFile(file)) {
    return { kind: 'file', relativePath: file, cacheControl: cacheControlFor(file) };
  }
  return acceptsHtml(accept)
    ? { kind: 'index-html', cacheControl: REVALIDATE }
    : { kind: 'not-found' };
}
