import net from 'node:net';

/**
 * A TCP port that is free on 127.0.0.1 right now (the kernel picks it).
 * Another process may still take it before you bind it, so bind soon.
 */
export async function findFreePort(): Promise<number> {
  const [port] = await findFreePorts(1);
  if (port === undefined) throw new Error('No free port found');
  return port;
}

/** `count` distinct free ports, none of them in `avoid`; all are held open until every one is known. */
export async function findFreePorts(
  count: number,
  avoid: readonly number[] = [],
): Promise<number[]> {
  const servers: net.Server[] = [];
  const ports: number[] = [];
  try {
    while (ports.length < count) {
      const server = await listen(0);
      servers.push(server);
      const port = (server.address() as net.AddressInfo).port;
      if (!avoid.includes(port)) ports.push(port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

function listen(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1' }, () => resolve(server));
  });
}
