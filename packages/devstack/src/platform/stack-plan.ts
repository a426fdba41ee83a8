import path from 'node:path';
import { PORT_SPECS, resolvePorts, type PortName, type Ports } from '../config/ports.js';
import { readVariable } from '../config/service-variables.js';
import { DevstackError } from '../errors/devstack-error.js';
import { parseServerUrl } from '../postgres/database-url.js';
import type { StackOptions, StackServices } from './stack-types.js';

const DEFAULT_DATABASE_NAMES = { commerce: 'commerce', noteshop: 'noteshop' };

/** What a start will do, decided from the options and the service variables before anything runs. */
export interface StackPlan {
  dataDir: string;
  serviceEnv: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** The requested services plus the ones they need. */
  services: Required<StackServices>;
  databaseNames: { commerce: string; noteshop: string };
  /** Services the user runs themselves (from the service variables). */
  external: {
    databaseUrl: string | undefined;
    meiliHost: string | undefined;
    meiliKey: string | undefined;
    redisUrl: string | undefined;
  };
  /** The ports this start will bind, free ports already picked for 0. */
  ports: Partial<Ports>;
}

export async function planStack(options: StackOptions): Promise<StackPlan> {
  if (!path.isAbsolute(options.dataDir)) {
    throw new DevstackError(
      'devstack/config-invalid',
      `dataDir must be an absolute path (got ${options.dataDir}).`,
    );
  }
  const serviceEnv = options.env ?? process.env;
  const databaseUrl = readVariable(serviceEnv, 'DATABASE_URL');
  const external = {
    databaseUrl: databaseUrl === undefined ? undefined : parseServerUrl(databaseUrl),
    meiliHost: readVariable(serviceEnv, 'MEILI_HOST'),
    meiliKey: readVariable(serviceEnv, 'MEILI_MASTER_KEY'),
    redisUrl: readVariable(serviceEnv, 'REDIS_URL'),
  };
  const services = impliedServices(options.services);
  const toBind: PortName[] = [];
  if (services.pg && !external.databaseUrl) toBind.push('pg');
  if (services.meili && !external.meiliHost) toBind.push('meili');
  if (services.commerce) toBind.push('commerce');
  if (services.api) toBind.push('api');
  return {
    dataDir: options.dataDir,
    serviceEnv,
    log: options.log ?? ((line: string) => process.stdout.write(`${line}\n`)),
    services,
    databaseNames: options.databaseNames ?? DEFAULT_DATABASE_NAMES,
    external,
    ports: await resolvePorts(toBind, options.ports ?? {}, serviceEnv),
  };
}

/** The port a service uses in this plan, or, for one it does not start, its variable or default. */
export function portOf(plan: StackPlan, name: PortName): number {
  const planned = plan.ports[name];
  if (planned !== undefined) return planned;
  const configured = Number(readVariable(plan.serviceEnv, PORT_SPECS[name].variable));
  return Number.isInteger(configured) && configured > 0 ? configured : PORT_SPECS[name].defaultPort;
}

function impliedServices(requested: StackServices): Required<StackServices> {
  const api = requested.api ?? false;
  const commerce = (requested.commerce ?? false) || api;
  return {
    api,
    commerce,
    meili: (requested.meili ?? false) || api,
    pg: (requested.pg ?? false) || commerce,
  };
}
