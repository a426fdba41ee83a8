import { vi } from 'vitest';

export type ApiAnswer = { status?: number; body: unknown };

/**
 * Replaces `fetch`, the browser's network boundary, with a router over path → answer.
 * Paths are matched without the query string; the handler sees the full URL. Unknown paths answer 404.
 */
export function stubFetch(routes: Record<string, (url: URL) => ApiAnswer>) {
  const fetchStub = vi.fn((input: RequestInfo | URL) => {
    const raw = input instanceof Request ? input.url : input.toString();
    const url = new URL(raw, 'http://storefront.test');
    const route = routes[url.pathname];
    const answer: ApiAnswer = route
      ? route(url)
      : {
          status: 404,
          body: { error: { code: 'test/no-route', message: `No stub for ${url.pathname}` } },
        };
    return Promise.resolve(
      new Response(JSON.stringify(answer.body), {
        status: answer.status ?? 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

/** The URLs fetched so far, as strings, for assertions on query parameters. */
export function requestedUrls(fetchStub: ReturnType<typeof stubFetch>): URL[] {
  return fetchStub.mock.calls.map(
    ([input]) =>
      new URL(input instanceof Request ? input.url : input.toString(), 'http://storefront.test'),
  );
}
