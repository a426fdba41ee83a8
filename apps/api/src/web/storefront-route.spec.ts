import { describe, expect, it } from 'vitest';
import { fileUnderRoot, storefrontAnswer } from './storefront-route';

const root = '/srv/storefront/dist';
const built = new Set(['index.html', 'favicon.svg', 'assets/index-3f9a.js', 'locales/en.json']);
const answer = (path: string, accept?: string) =>
  storefrontAnswer(path, accept, (file) => built.has(file), root);
const browser = 'text/html,application/xhtml+xml,*/*;q=0.8';

describe(storefrontAnswer.name, () => {
  it('serves fingerprinted assets with a year-long immutable cache', () => {
    expect(answer('/assets/index-3f9a.js', '*/*')).toEqual({
      kind: 'file',
      relativePath: 'assets/index-3f9a.js',
      cacheControl: 'public, max-age=31536000, immutable',
    });
  });

  it('makes browsers revalidate index.html and other unversioned files', () => {
    expect(answer('/index.html', browser)).toMatchObject({
      kind: 'file',
      cacheControl: 'no-cache',
    });
    expect(answer('/favicon.svg', '*/*')).toMatchObject({ kind: 'file', cacheControl: 'no-cache' });
  });

  it('answers a client-side route with index.html when the browser navigates', () => {
    expect(answer('/p/some-handle', browser)).toEqual({
      kind: 'index-html',
      cacheControl: 'no-cache',
    });
    expect(answer('/', browser)).toEqual({ kind: 'index-html', cacheControl: 'no-cache' });
  });

  it('404s a missing asset instead of sending HTML in its place', () => {
    expect(answer('/assets/gone-1234.js', '*/*')).toEqual({ kind: 'not-found' });
    expect(answer('/p/some-handle', 'application/json')).toEqual({ kind: 'not-found' });
    expect(answer('/p/some-handle', undefined)).toEqual({ kind: 'not-found' });
  });

  it('never answers for the api or commerce, even to a browser', () => {
    for (const path of [
      '/api',
      '/api/nope',
      '/store/products',
      '/auth/customer/emailpass',
      '/hooks/payment',
    ]) {
      expect(answer(path, browser)).toEqual({ kind: 'not-found' });
    }
    expect(answer('/storefront-tour', browser)).toEqual({
      kind: 'index-html',
      cacheControl: 'no-cache',
    });
  });
});

describe(fileUnderRoot.name, () => {
  it('resolves a URL path to a path relative to the root', () => {
    expect(fileUnderRoot(root, '/locales/en.json')).toBe('locales/en.json');
    expect(fileUnderRoot(root, '/a%20b.png')).toBe('a b.png');
  });

  it('refuses paths that escape the root or are malformed', () => {
    expect(fileUnderRoot(root, '/../secrets.json')).toBeNull();
    expect(fileUnderRoot(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(fileUnderRoot(root, '/bad%E0%A4%A')).toBeNull();
    expect(fileUnderRoot(root, '/nul%00byte')).toBeNull();
    expect(fileUnderRoot(root, '/')).toBeNull();
  });
});
