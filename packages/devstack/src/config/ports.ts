import { DevstackError } from '../errors/devstack-error.js';
import { findFreePorts } from '../net/free-port.js';
import { readVariable } from './service-variables.js';

export type PortName = 'pg' | 'meili' | 'commerce' | 'api';

interface PortSpec {
  variable: string;
  label: string;
  defaultPort: number;
}

export const PORT_SPECS: Record<PortName, PortSpec> = {
  pg: { variable: 'PG_PORT', label: 'PostgreSQL', defaultPort: 54320 },
  meili: { variable: 'MEILI_PORT', label: 'Meilisearch', defaultPort: 7700 },
  commerce: { variable: 'COMMERCE_PORT', label: 'commerce', defaultPort: 9000 },
  api: { variable: 'API_PORT', label: 'api', defaultPort: 3000 },
};

export type Ports = Record<PortName, number>;

/**
 * Each port comes from the options, else its variable, else its default; 0 picks a free port.
 * Only the names in `needed` are validated and allocated.
 */
export async function resolvePorts(
  needed: readonly PortName[],
  requested: Partial<Record<PortName, number>>,
  env: NodeJS.ProcessEnv,
): Promise<Partial<Ports>> {
  const ports: Partial<Ports> = {};
  const toAllocate: PortName[] = [];
  for (const name of needed) {
    const port = requested[name] ?? parsePortVariable(name, env);
    if (port === 0) toAllocate.push(name);
    else ports[name] = port;
  }
  const free = await findFreePorts(toAllocate.length, Object.values(ports));
  for (const [index, name] of toAllocate.entries()) ports[name] = free[index] ?? 0;
  assertDistinct(ports);
  return ports;
}

function parsePortVariable(name: PortName, env: NodeJS.ProcessEnv): number {
  const { variable, defaultPort } = PORT_SPECS[name];
  const raw = readVariable(env, variable);
  if (raw === undefined) return defaultPort;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new DevstackError(
      'devstack/config-invalid',
      `${variable} must be a port number (1-65535), got "${raw}".`,
    );
  }
  return port;
}

function assertDistinct(ports: Partial<Ports>): void {
  const byPort = new Map<number, PortName>();
  for (const [name, port] of Object.entries(ports) as [PortName, number][]) {
    const other = byPort.get(port);
    if (other) {
      throw new DevstackError(
        'devstack/config-invalid',
        `${PORT_SPECS[other].variable} and ${PORT_SPECS[name].variable} are both ${port}. Give each service its own port.`,
      );
    }
    byPort.set(port, name);
  }
}
