import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort } from './free-port.js';
import { assertPortsFree, isPortFree } from './port-check.js';

const servers: net.Server[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

async function occupy(host: string): Promise<number> {
  const server = net.createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as net.AddressInfo).port;
}

describe(isPortFree.name, () => {
  it('is false while something listens on loopback and true once it is gone', async () => {
    const port = await occupy('127.0.0.1');

    expect(await isPortFree(port)).toBe(false);
    await new Promise((resolve) => servers.pop()?.close(resolve));
    expect(await isPortFree(port)).toBe(true);
  });

  it('is false while something listens on every address', async () => {
    const port = await occupy('0.0.0.0');

    expect(await isPortFree(port)).toBe(false);
  });
});

describe(assertPortsFree.name, () => {
  it('names the service, the port and the variable to change', async () => {
    const taken = await occupy('127.0.0.1');
    const free = await findFreePort();

    await expect(assertPortsFree({ pg: free, meili: taken })).rejects.toThrow(
      `Port ${taken} (Meilisearch) is already in use. Stop the other process or set MEILI_PORT to a free port.`,
    );
  });

  it('passes when every port is free', async () => {
    await expect(assertPortsFree({ api: await findFreePort() })).resolves.toBeUndefined();
  });
});
