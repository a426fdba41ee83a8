import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { DevstackError } from '../errors/devstack-error.js';
import { resolvePorts } from './ports.js';

describe(resolvePorts.name, () => {
  it('prefers the options, then the variable, then the default', async () => {
    const sut = await resolvePorts(
      ['pg', 'meili', 'api'],
      { pg: 6001 },
      { PG_PORT: '6002', MEILI_PORT: '6003' },
    );

    expect(sut).toEqual({ pg: 6001, meili: 6003, api: 3000 });
  });

  it('resolves only the services it is asked for', async () => {
    const sut = await resolvePorts(['meili'], {}, {});

    expect(sut).toEqual({ meili: 7700 });
  });

  it('picks distinct free ports for 0', async () => {
    const sut = await resolvePorts(
      ['pg', 'meili', 'commerce', 'api'],
      { pg: 0, meili: 0, commerce: 0, api: 0 },
      {},
    );

    const ports = Object.values(sut);
    expect(new Set(ports).size).toBe(4);
    for (const port of ports) expect(await canListen(port)).toBe(true);
  });

  it('names the variable when it is not a port', async () => {
    await expect(resolvePorts(['meili'], {}, { MEILI_PORT: 'abc' })).rejects.toThrow(
      'MEILI_PORT must be a port number (1-65535), got "abc".',
    );
    await expect(resolvePorts(['api'], {}, { API_PORT: '70000' })).rejects.toBeInstanceOf(
      DevstackError,
    );
  });

  it('refuses two services on one port', async () => {
    await expect(resolvePorts(['pg', 'meili'], {}, { PG_PORT: '7700' })).rejects.toThrow(
      'PG_PORT and MEILI_PORT are both 7700',
    );
  });
});

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
