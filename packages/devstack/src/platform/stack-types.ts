import type { CommerceSeed } from '../commerce/commerce-seed.js';
import type { PortName } from '../config/ports.js';
import type { ServiceExit } from '../process/supervisor.js';

/** Which services to start. `commerce` implies `pg`; `api` implies `pg`, `meili` and `commerce`. */
export interface StackServices {
  pg?: boolean;
  meili?: boolean;
  commerce?: boolean;
  api?: boolean;
}

/** How to start a stack; see startStack. */
export interface StackOptions {
  /** Absolute folder for data, keys, secrets and stamps (the platform uses `<repo>/.data`). */
  dataDir: string;
  services: StackServices;
  /** Ports to use instead of the variables (PG_PORT, MEILI_PORT, COMMERCE_PORT, API_PORT); 0 picks a free port. */
  ports?: Partial<Record<PortName, number>>;
  /** Database names on the server; default `commerce` and `noteshop`. */
  databaseNames?: { commerce: string; noteshop: string };
  /** Where service variables (DATABASE_URL, MEILI_HOST, REDIS_URL, STRIPE_*, …) are read; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Receives every output line, prefixed with its source; default: stdout. */
  log?: (line: string) => void;
  /** Aborting it interrupts a start in progress: whatever was started is stopped and startStack rejects. */
  signal?: AbortSignal;
}

/** A running stack: where each service is, the secrets it uses, and how to stop it. */
export interface Stack {
  dataDir: string;
  /** `server` is the server-level URL (for createFreshDatabase); the others name the two databases. */
  databaseUrls: { commerce: string; noteshop: string; server: string };
  meili: { host: string; masterKey: string };
  redisUrl: string | undefined;
  jwt: { publicKeyPem: string; privateKeyPem: string; issuer: 'noteshop' };
  secrets: { cookieSecret: string; adminPassword: string; webhookSecret: string };
  /** Present when commerce was started. */
  commerce?: { url: string; seed: CommerceSeed };
  /** Present when the api was started. */
  api?: { url: string };
  /** The complete environment the api needs (without API_PORT and STOREFRONT_DIST), e.g. to boot it in-process. */
  apiEnv(): Record<string, string>;
  /** Settles when a started service ends without being asked to (it never settles after stop()). */
  unexpectedExit: Promise<ServiceExit>;
  /** Stops every process the stack started, newest first; safe to call twice. */
  stop(): Promise<void>;
}
