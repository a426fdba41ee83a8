import type { IncomingHttpHeaders } from 'node:http';

/** What the proxy knows about the client's request, as Fastify reports it behind `trustProxy`. */
export interface ClientRequest {
  /** `http` or `https`, from X-Forwarded-Proto when an outer proxy set it. */
  protocol: string;
  /** Host (and port) the client asked for, from X-Forwarded-Host when an outer proxy set it. */
  host: string;
  /** The peer that connected to us. */
  remoteAddress: string | undefined;
  headers: IncomingHttpHeaders;
}

/**
 * Headers commerce needs to build absolute URLs and secure cookies for the browser's origin rather
 * than ours: the client's scheme and host, and the chain of client addresses with ours appended.
 */
export function withForwardedHeaders(
  client: ClientRequest,
  headers: IncomingHttpHeaders,
): IncomingHttpHeaders {
  const chain = [client.headers['x-forwarded-for'], client.remoteAddress]
    .flat()
    .filter((address): address is string => Boolean(address));
  return {
    ...headers,
    'x-forwarded-proto': client.protocol,
    'x-forwarded-host': client.host,
    ...(chain.length > 0 ? { 'x-forwarded-for': chain.join(', ') } : {}),
  };
}
