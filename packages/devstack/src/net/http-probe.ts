import http from 'node:http';
import https from 'node:https';

/**
 * One HTTP GET with a short timeout; resolves with status and body text, rejects when nothing answers.
 * node:http rather than fetch: fetch refuses "bad ports" (1, 6000, …) that a local service may use.
 */
export function httpGet(
  url: string,
  headers: Record<string, string> = {},
  timeoutMs = 2_000,
): Promise<{ status: number; body: string }> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { headers, timeout: timeoutMs }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    request.on('timeout', () =>
      request.destroy(
        Object.assign(new Error(`No answer within ${timeoutMs} ms`), { code: 'timeout' }),
      ),
    );
    request.on('error', reject);
  });
}

/** The code of a failed request (ECONNREFUSED, ENOTFOUND, timeout, …), or its message. */
export function networkErrorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
