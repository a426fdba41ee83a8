import net from 'node:net';
import { PORT_SPECS, type PortName, type Ports } from '../config/ports.js';
import { DevstackError } from '../errors/devstack-error.js';

/** Whether nothing listens on `port`, on IPv4 or IPv6, for any address a service of ours may bind. */
export async function isPortFree(port: number): Promise<boolean> {
  for (const host of ['0.0.0.0', '::']) {
    const result = await tryBind(port, host);
    if (result === 'in-use') return false;
  }
  return true;
}

/** Fails with a message naming the service and its variable for the first port that is taken. */
export async function assertPortsFree(ports: Partial<Ports>): Promise<void> {
  const entries = Object.entries(ports) as [PortName, number][];
  const free = await Promise.all(entries.map(([, port]) => isPortFree(port)));
  const takenIndex = free.indexOf(false);
  const taken = entries[takenIndex];
  if (taken) {
    const [name, port] = taken;
    const { label, variable } = PORT_SPECS[name];
    throw new DevstackError(
      'devstack/port-in-use',
      `Port ${port} (${label}) is already in use. Stop the other process or set ${variable} to a free port.`,
    );
  }
}

function tryBind(port: number, host: string): Promise<'free' | 'in-use' | 'unsupported'> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      // A machine without IPv6 cannot bind '::'; that is not a conflict.
      resolve(error.code === 'EADDRINUSE' ? 'in-use' : 'unsupported');
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve('free')));
  });
}
